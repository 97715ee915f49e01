import { useState } from 'react';
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  GUIDANCE_BODY_MAX,
  GUIDANCE_CATEGORIES,
  GUIDANCE_SCOPES,
  GUIDANCE_TITLE_MAX,
  guidanceTargetProblem,
  LOCALES,
} from '@empact/domain';
import type { GuidanceCategory, GuidanceNoteFieldsFragment, GuidanceScope } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { byLabel, countryName, languageName } from '../../lib/intl';
import { sessionName } from '../schedule/session-model';
import { formatTimeRange, formatZonedDay } from '../schedule/zoned-time';
import { GuidanceNoteQuery, WriteGuidanceNoteMutation } from './guidance.documents';

const FIELDS = [
  'title',
  'body',
  'category',
  'scope',
  'scopeCountry',
  'scopePlatform',
  'scopeSessionId',
  'sourceLanguage',
];

export interface NoteFormWeek {
  id: string;
  timeZone: string;
  countries: readonly { country: string }[];
  platforms: readonly { code: string; name: string }[];
  sessions: readonly {
    id: string;
    venue?: string | null;
    startsAt: string;
    endsAt: string;
    platform: { name: string };
  }[];
}

interface NoteFormDialogProps {
  opened: boolean;
  week: NoteFormWeek;
  /** The note to change (a new revision), or null for a new note. */
  note: GuidanceNoteFieldsFragment | null;
  onClose: () => void;
  onSaved: (note: GuidanceNoteFieldsFragment) => void;
}

/** Writing a note, or a new revision of one; a translation made before the change turns outdated by itself. */
export function NoteFormDialog({ opened, week, note, onClose, onSaved }: NoteFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={note ? t('guidance.form.editTitle') : t('guidance.form.newTitle')}
    >
      {opened &&
        (note ? (
          <SourceNoteForm week={week} note={note} onClose={onClose} onSaved={onSaved} />
        ) : (
          <NoteForm week={week} note={null} onClose={onClose} onSaved={onSaved} />
        ))}
    </Modal>
  );
}

/** A new revision starts from the source as written, whatever language the note was being read in. */
function SourceNoteForm({
  note,
  ...rest
}: Omit<NoteFormDialogProps, 'opened' | 'note'> & { note: GuidanceNoteFieldsFragment }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: GuidanceNoteQuery,
    variables: { id: note.id, language: note.sourceLanguage },
    requestPolicy: 'network-only',
  });
  if (!data)
    return (
      <Center h={200}>
        <Loader aria-label={t('state.loading')} />
      </Center>
    );
  return <NoteForm note={data.guidanceNote} {...rest} />;
}

function NoteForm({ week, note, onClose, onSaved }: Omit<NoteFormDialogProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [title, setTitle] = useState(note?.title ?? '');
  const [body, setBody] = useState(note?.body ?? '');
  const [category, setCategory] = useState<GuidanceCategory>(note?.category ?? 'METHODOLOGY');
  const [scope, setScope] = useState<GuidanceScope>(note?.scope ?? 'WEEK');
  const [scopeCountry, setScopeCountry] = useState<string | null>(note?.scopeCountry ?? null);
  const [scopePlatform, setScopePlatform] = useState<string | null>(note?.scopePlatform ?? null);
  const [scopeSessionId, setScopeSessionId] = useState<string | null>(note?.scopeSessionId ?? null);
  const [sourceLanguage, setSourceLanguage] = useState(note?.sourceLanguage ?? 'en');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [result, write] = useMutation(WriteGuidanceNoteMutation);
  const guard = useFreeTextGuard(
    { title, body },
    week.countries.map((entry) => entry.country),
  );

  const target = {
    scope,
    scopeCountry: scope === 'COUNTRY' ? scopeCountry : null,
    scopePlatform: scope === 'PLATFORM' ? scopePlatform : null,
    scopeSessionId: scope === 'SESSION' ? scopeSessionId : null,
  };

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = t('guidance.form.required');
    if (!body.trim()) errors.body = t('guidance.form.required');
    const missing = guidanceTargetProblem(target);
    if (missing) errors[missing] = t('guidance.form.required');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || guard.blocked) return;
    const response = await write({
      input: {
        ...(note ? { id: note.id, version: note.version } : {}),
        weekId: week.id,
        category,
        ...target,
        sourceLanguage,
        // As typed (the API trims it after the check): the positions of a refusal fit what is on screen.
        title,
        body,
      },
    });
    if (guard.refused(response.error, { title, body })) {
      setProblem(null);
      return;
    }
    if (response.data) {
      notifications.show({
        color: 'green',
        message: note ? t('guidance.notify.revised') : t('guidance.notify.written'),
      });
      onSaved(response.data.writeGuidanceNote);
      return;
    }
    const split = splitFieldErrors(response.error, FIELDS, t('errors.network'));
    setFieldErrors(split.fieldErrors);
    const conflict = split.otherErrors.some((item) => item.code === 'CONFLICT');
    setProblem(conflict ? t('guidance.form.conflict') : (split.otherErrors[0]?.message ?? null));
  };

  return (
    <Stack gap="sm">
      {problem && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {problem}
        </Alert>
      )}
      <TextInput
        id="guidance-note-title"
        maxLength={GUIDANCE_TITLE_MAX}
        label={t('guidance.form.title')}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={fieldErrors.title ?? guard.errorOf('title')}
      />
      {guard.panel('title', 'guidance-note-title')}
      <Group grow align="flex-start">
        <Select
          label={t('guidance.form.category')}
          value={category}
          onChange={(value) => value && setCategory(value as GuidanceCategory)}
          allowDeselect={false}
          data={GUIDANCE_CATEGORIES.map((code) => ({ value: code, label: t(`guidance.category.${code}`) }))}
          error={fieldErrors.category}
        />
        <Select
          label={t('guidance.form.sourceLanguage')}
          value={sourceLanguage}
          onChange={(value) => value && setSourceLanguage(value)}
          allowDeselect={false}
          data={LOCALES.map((code) => ({ value: code, label: languageName(code, lng) }))}
          error={fieldErrors.sourceLanguage}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('guidance.form.scope')}
          value={scope}
          onChange={(value) => value && setScope(value as GuidanceScope)}
          allowDeselect={false}
          data={GUIDANCE_SCOPES.map((code) => ({ value: code, label: t(`guidance.scopeKind.${code}`) }))}
          error={fieldErrors.scope}
        />
        {scope === 'COUNTRY' && (
          <Select
            label={t('guidance.form.scopeCountry')}
            required
            value={scopeCountry}
            onChange={setScopeCountry}
            data={week.countries
              .map((entry) => ({ value: entry.country, label: countryName(entry.country, lng) }))
              .sort(byLabel(lng))}
            error={fieldErrors.scopeCountry}
          />
        )}
        {scope === 'PLATFORM' && (
          <Select
            label={t('guidance.form.scopePlatform')}
            required
            value={scopePlatform}
            onChange={setScopePlatform}
            data={week.platforms.map((platform) => ({ value: platform.code, label: platform.name }))}
            error={fieldErrors.scopePlatform}
          />
        )}
        {scope === 'SESSION' && (
          <Select
            label={t('guidance.form.scopeSession')}
            required
            searchable
            value={scopeSessionId}
            onChange={setScopeSessionId}
            data={[...week.sessions]
              .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
              .map((session) => ({
                value: session.id,
                label: `${formatZonedDay(new Date(session.startsAt), week.timeZone, lng)} ${formatTimeRange(
                  new Date(session.startsAt),
                  new Date(session.endsAt),
                  week.timeZone,
                  lng,
                )} · ${sessionName(session)}`,
              }))}
            error={fieldErrors.scopeSessionId}
          />
        )}
      </Group>
      <Textarea
        id="guidance-note-body"
        maxLength={GUIDANCE_BODY_MAX}
        label={t('guidance.form.body')}
        description={t('guidance.form.bodyHint')}
        required
        autosize
        minRows={8}
        maxRows={20}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={fieldErrors.body ?? guard.errorOf('body')}
      />
      {guard.panel('body', 'guidance-note-body')}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button loading={result.fetching} disabled={guard.blocked} onClick={() => void submit()}>
          {note ? t('guidance.form.saveRevision') : t('guidance.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
