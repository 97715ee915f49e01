import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Collapse,
  Divider,
  Drawer,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconHistory,
  IconLanguage,
  IconPencil,
  IconPin,
  IconPinnedOff,
  IconWorld,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type Actor, can, LOCALES } from '@empact/domain';
import type { GuidanceNoteFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { formatInstant, languageName } from '../../lib/intl';
import {
  ConfirmGuidanceReadMutation,
  GuidanceNoteQuery,
  GuidanceRevisionsQuery,
  PinGuidanceNoteMutation,
  PublishGuidanceNoteMutation,
} from './guidance.documents';
import { scopeLabel, type ScopeContext } from './guidance-labels';
import { TranslationBadges } from './translation-badges';

interface NoteReaderProps {
  noteId: string | null;
  language: string;
  onLanguageChange: (language: string) => void;
  actor: Actor;
  context: ScopeContext | undefined;
  onClose: () => void;
  onEdit: (note: GuidanceNoteFieldsFragment) => void;
  onTranslate: (note: GuidanceNoteFieldsFragment) => void;
  onChanged: () => void;
  /** Off while a dialog opened from the reader is on top, so that Escape closes only that one. */
  closeOnEscape?: boolean; /** Narrower where it opens beside a page that stays in use (the session's log). */
  size?: 'md' | 'xl';
}

/** One note as its reader sees it, in the language asked for where a finished translation exists. */
export function NoteReader({ noteId, onClose, closeOnEscape = true, size = 'xl', ...rest }: NoteReaderProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={!!noteId}
      onClose={onClose}
      closeOnEscape={closeOnEscape}
      position="right"
      size={size}
      title={
        <Title order={3} size="h4">
          {t('guidance.reader.title')}
        </Title>
      }
    >
      {noteId && <NoteReaderBody key={noteId} noteId={noteId} {...rest} />}
    </Drawer>
  );
}

function NoteReaderBody({
  noteId,
  language,
  onLanguageChange,
  actor,
  context,
  onEdit,
  onTranslate,
  onChanged,
}: Omit<NoteReaderProps, 'noteId' | 'onClose'> & { noteId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [showRevisions, setShowRevisions] = useState(false);
  const [{ data, error }] = useQuery({ query: GuidanceNoteQuery, variables: { id: noteId, language } });
  const [{ data: revisionsData }] = useQuery({
    query: GuidanceRevisionsQuery,
    variables: { id: noteId },
    pause: !showRevisions,
  });
  const [confirmResult, confirmRead] = useMutation(ConfirmGuidanceReadMutation);
  const [publishResult, publish] = useMutation(PublishGuidanceNoteMutation);
  const [pinResult, pin] = useMutation(PinGuidanceNoteMutation);

  if (error && !data)
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
        {serverErrors(error, t('errors.network'))[0]?.message}
      </Alert>
    );
  const note = data?.guidanceNote;
  if (!note)
    return (
      <Center h={200}>
        <Loader aria-label={t('state.loading')} />
      </Center>
    );

  const writer = can(actor, 'guidance.write');
  const translator = can(actor, 'guidance.translate');
  // Team members confirm what they read; a coordinator writing the note has nothing to confirm.
  const mayConfirm = note.published && !writer && !!actor.country;
  const sourceShown = note.language !== language && language !== note.sourceLanguage;

  const report = (problem: Parameters<typeof serverErrors>[0], success: string) => {
    if (problem)
      notifications.show({ color: 'red', message: serverErrors(problem, t('errors.network'))[0]?.message });
    else {
      notifications.show({ color: 'green', message: success });
      onChanged();
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('guidance.readIn')}
          leftSection={<IconWorld size={16} aria-hidden />}
          value={language}
          onChange={(value) => value && onLanguageChange(value)}
          data={LOCALES.map((code) => ({ value: code, label: languageName(code, code) }))}
          allowDeselect={false}
          w={200}
        />
        <Group gap={6}>
          {note.pinned && (
            <Badge color="grape" variant="light" leftSection={<IconPin size={12} aria-hidden />}>
              {t('guidance.pinned')}
            </Badge>
          )}
          <Badge color={note.published ? 'green' : 'gray'} variant="light">
            {note.published ? t('guidance.published') : t('guidance.unpublished')}
          </Badge>
        </Group>
      </Group>

      <div>
        <Title order={3} lang={note.language}>
          {note.title}
        </Title>
        <Text size="sm" c="dimmed">
          {[
            t(`guidance.category.${note.category}`),
            scopeLabel(note, context, t, lng),
            t('guidance.revision', { revision: note.revision }),
            formatInstant(note.updatedAt, lng),
          ].join(' · ')}
        </Text>
        <Text size="sm" role="status" aria-label={t('guidance.shownInLabel')}>
          {t('guidance.shownIn', { language: languageName(note.language, lng) })}
        </Text>
      </div>

      {sourceShown && (
        <Alert color="yellow" icon={<IconLanguage aria-hidden />}>
          {t('guidance.sourceShown', {
            language: languageName(language, lng),
            source: languageName(note.sourceLanguage, lng),
          })}
        </Alert>
      )}
      {!sourceShown && note.translationStatus === 'OUTDATED' && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
          {t('guidance.outdatedShown', { source: languageName(note.sourceLanguage, lng) })}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Typography>
          {/* The API renders the Markdown to HTML with nothing that can run. */}
          <div lang={note.language} dangerouslySetInnerHTML={{ __html: note.bodyHtml }} />
        </Typography>
      </Paper>

      {mayConfirm &&
        (note.readByMe ? (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('guidance.confirmed')}
          </Alert>
        ) : (
          <Button
            color="green"
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            loading={confirmResult.fetching}
            onClick={() =>
              void confirmRead({ noteId: note.id, language: note.language }).then((result) =>
                report(result.error, t('guidance.notify.confirmed')),
              )
            }
          >
            {t('guidance.confirm')}
          </Button>
        ))}

      {(writer || translator) && (
        <>
          <Divider />
          <TranslationBadges sourceLanguage={note.sourceLanguage} translations={note.translations} />
          <Group gap="xs">
            {writer && (
              <Button
                variant={note.published ? 'default' : 'filled'}
                loading={publishResult.fetching}
                onClick={() =>
                  void publish({ id: note.id, value: !note.published }).then((result) =>
                    report(
                      result.error,
                      note.published ? t('guidance.notify.unpublished') : t('guidance.notify.published'),
                    ),
                  )
                }
              >
                {note.published ? t('guidance.unpublish') : t('guidance.publish')}
              </Button>
            )}
            {writer && (
              <Button
                variant="default"
                leftSection={
                  note.pinned ? <IconPinnedOff size={16} aria-hidden /> : <IconPin size={16} aria-hidden />
                }
                loading={pinResult.fetching}
                onClick={() =>
                  void pin({ id: note.id, value: !note.pinned }).then((result) =>
                    report(
                      result.error,
                      note.pinned ? t('guidance.notify.unpinned') : t('guidance.notify.pinned'),
                    ),
                  )
                }
              >
                {note.pinned ? t('guidance.unpin') : t('guidance.pin')}
              </Button>
            )}
            {writer && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => onEdit(note)}
              >
                {t('guidance.edit')}
              </Button>
            )}
            {translator && (
              <Button
                variant="default"
                leftSection={<IconLanguage size={16} aria-hidden />}
                onClick={() => onTranslate(note)}
              >
                {t('guidance.translate')}
              </Button>
            )}
            <Button
              variant="subtle"
              leftSection={<IconHistory size={16} aria-hidden />}
              onClick={() => setShowRevisions((shown) => !shown)}
              aria-expanded={showRevisions}
            >
              {t('guidance.revisions.toggle')}
            </Button>
          </Group>
          <Collapse expanded={showRevisions}>
            <Stack gap="xs" role="list" aria-label={t('guidance.revisions.label')}>
              {!revisionsData && showRevisions && <Loader size="sm" aria-label={t('state.loading')} />}
              {revisionsData?.guidanceRevisions.map((revision) => (
                <Paper key={revision.revision} withBorder p="sm" radius="sm" role="listitem">
                  <Text size="sm" fw={600}>
                    {t('guidance.revision', { revision: revision.revision })} · {revision.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('guidance.revisions.by', {
                      name: revision.writtenBy,
                      time: formatInstant(revision.writtenAt, lng),
                      language: languageName(revision.sourceLanguage, lng),
                    })}
                  </Text>
                </Paper>
              ))}
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
