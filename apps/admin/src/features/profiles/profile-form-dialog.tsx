import { type FormEvent, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  forbiddenNameCharacter,
  POLICE_PROFILE_NAME_MAX,
  POLICE_PROFILE_SAFETY_NOTES_MAX,
  profileNameProblem,
} from '@empact/domain';
import type { ProfileRowFieldsFragment } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { countryName } from '../../lib/intl';
import { countryOptions, type Option } from '../accounts/options';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { RegisterProfileMutation, UpdateProfileMutation } from './profiles.documents';

const FIELDS = ['country', 'platform', 'displayName', 'safetyNotes'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

interface ProfileFormDialogProps {
  /** The profile to edit; none to register one. */
  profile?: ProfileRowFieldsFragment;
  /**
   * The country a new profile belongs to when the reader may not choose (a team leader's own); null lets them choose
   * (coordinators and administrators, who manage every country's profiles).
   */
  fixedCountry: string | null;
  platforms: Option[];
  onClose: () => void;
  /** Called when the API refused the change as made on an older version. */
  onStale: () => void;
}

/** Registers a blue police profile or edits one's name and safety notes. Never a password or any other credential. */
export function ProfileFormDialog({
  profile,
  fixedCountry,
  platforms,
  onClose,
  onStale,
}: ProfileFormDialogProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const editing = profile !== undefined;
  const [country, setCountry] = useState<string | null>(profile?.country ?? fixedCountry);
  const [platform, setPlatform] = useState<string | null>(profile?.platform ?? null);
  const [displayName, setDisplayName] = useState(profile?.displayName ?? '');
  const [safetyNotes, setSafetyNotes] = useState(profile?.safetyNotes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [registerResult, register] = useMutation(RegisterProfileMutation);
  const [updateResult, update] = useMutation(UpdateProfileMutation);
  const saving = registerResult.fetching || updateResult.fetching;
  const guard = useFreeTextGuard({ safetyNotes }, country ? [country] : undefined);

  const clear = (field: Field) => setErrors((current) => ({ ...current, [field]: undefined }));

  /** The API's rules, checked here first (from the same domain functions) so the reader hears of them at once. */
  const localProblems = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!editing && !country) problems.country = t('profiles.form.required');
    if (!editing && !platform) problems.platform = t('profiles.form.required');
    const character = forbiddenNameCharacter(displayName.trim());
    if (profileNameProblem(displayName) === 'REQUIRED') problems.displayName = t('profiles.form.required');
    else if (character) problems.displayName = t('profiles.form.nameCharacters', { character });
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems();
    if (Object.keys(problems).length > 0 || guard.blocked) {
      setErrors(problems);
      return;
    }
    const name = displayName.trim();
    const notes = safetyNotes.trim();
    const result = editing
      ? await update({
          input: {
            id: profile.id,
            version: profile.version,
            ...(name !== profile.displayName ? { displayName: name } : {}),
            safetyNotes: notes,
          },
        })
      : await register({
          input: { country, platform: platform ?? '', displayName: name, safetyNotes: notes },
        });
    if (!result.error) {
      notifications.show({
        color: 'green',
        message: editing ? t('profiles.notify.updated', { name }) : t('profiles.notify.registered', { name }),
      });
      onClose();
      return;
    }
    if (guard.refused(result.error, { safetyNotes })) return;
    const { fieldErrors, otherErrors } = splitFieldErrors(result.error, FIELDS, t('errors.network'));
    setErrors(fieldErrors);
    for (const other of otherErrors) {
      notifications.show({ color: 'red', title: t('profiles.notify.failed'), message: other.message });
      if (other.code === 'CONFLICT') {
        onStale();
        onClose();
      }
    }
  };

  const platformName = (code: string) => platforms.find((p) => p.value === code)?.label ?? code;

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        editing
          ? t('profiles.form.editTitle', { name: profile.displayName })
          : t('profiles.form.registerTitle')
      }
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {editing || fixedCountry ? (
            <Group gap="xl">
              <div>
                <Text size="sm" fw={500}>
                  {t('profiles.form.country')}
                </Text>
                <Text size="sm" data-testid="profile-country">
                  {countryName(profile?.country ?? fixedCountry ?? '', lng)}
                </Text>
              </div>
              {editing && (
                <div>
                  <Text size="sm" fw={500}>
                    {t('profiles.form.platform')}
                  </Text>
                  <Text size="sm">{platformName(profile.platform)}</Text>
                </div>
              )}
            </Group>
          ) : (
            <Select
              label={t('profiles.form.country')}
              data={countryOptions(lng)}
              value={country}
              onChange={(value) => {
                setCountry(value);
                clear('country');
              }}
              searchable
              required
              nothingFoundMessage={t('profiles.form.nothingFound')}
              error={errors.country}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          )}
          {!editing && (
            <Select
              label={t('profiles.form.platform')}
              data={platforms}
              value={platform}
              onChange={(value) => {
                setPlatform(value);
                clear('platform');
              }}
              searchable
              required
              nothingFoundMessage={t('profiles.form.nothingFound')}
              error={errors.platform}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <TextInput
            label={t('profiles.form.displayName')}
            description={t('profiles.form.displayNameHint')}
            required
            autoComplete="off"
            maxLength={POLICE_PROFILE_NAME_MAX}
            value={displayName}
            onChange={(event) => {
              setDisplayName(event.currentTarget.value);
              clear('displayName');
            }}
            error={errors.displayName}
            data-autofocus={editing || undefined}
          />
          <Textarea
            id="profile-safety-notes"
            label={t('profiles.form.safetyNotes')}
            description={t('profiles.form.safetyNotesHint')}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={POLICE_PROFILE_SAFETY_NOTES_MAX}
            value={safetyNotes}
            onChange={(event) => {
              setSafetyNotes(event.currentTarget.value);
              clear('safetyNotes');
            }}
            error={errors.safetyNotes ?? guard.errorOf('safetyNotes')}
          />
          {guard.panel('safetyNotes', 'profile-safety-notes')}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={guard.blocked}>
              {editing ? t('actions.save') : t('profiles.form.submitRegister')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
