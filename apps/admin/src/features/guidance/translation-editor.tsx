import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Code,
  Grid,
  Group,
  Loader,
  Modal,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Typography,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { TranslationWorkStatus } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { languageName } from '../../lib/intl';
import {
  GuidanceNoteQuery,
  GuidanceTranslationTextQuery,
  TranslateGuidanceNoteMutation,
} from './guidance.documents';
import { STATUS_COLOR } from './translation-badges';
import { GUIDANCE_BODY_MAX, GUIDANCE_TITLE_MAX } from '@empact/domain';

interface TranslationEditorProps {
  note: { id: string; sourceLanguage: string } | null;
  /** The languages this person may translate into (a team leader: their team's). */
  languages: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

/** The source on one side, the translation into one language on the other. */
export function TranslationEditor({ note, languages, onClose, onSaved }: TranslationEditorProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!note}
      onClose={onClose}
      size="100%"
      title={t('guidance.translator.title')}
      closeButtonProps={{ 'aria-label': t('guidance.translator.close') }}
    >
      {note && (
        <EditorBody
          key={note.id}
          noteId={note.id}
          sourceLanguage={note.sourceLanguage}
          languages={languages}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function EditorBody({
  noteId,
  sourceLanguage,
  languages,
  onSaved,
}: Omit<TranslationEditorProps, 'note' | 'onClose'> & { noteId: string; sourceLanguage: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // Asked in its own language, a note comes back as written.
  const [{ data: sourceData }] = useQuery({
    query: GuidanceNoteQuery,
    variables: { id: noteId, language: sourceLanguage },
  });
  const source = sourceData?.guidanceNote;
  const options = source ? languages.filter((code) => code !== source.sourceLanguage) : [];
  const [language, setLanguage] = useState<string | null>(null);
  const chosen = language ?? options[0] ?? null;
  // The translator's own saved text for the chosen language, drafts included.
  const [{ data: targetData, fetching: targetFetching }, reloadTarget] = useQuery({
    query: GuidanceTranslationTextQuery,
    variables: { id: noteId, language: chosen ?? '' },
    pause: !chosen,
    requestPolicy: 'network-only',
  });
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [result, translate] = useMutation(TranslateGuidanceNoteMutation);
  const guard = useFreeTextGuard({ title, body });

  // A saved translation (current or draft) comes back as its translator left it: start from it. Otherwise the
  // fields start empty. Until the answer for the chosen language has arrived, the fields wait.
  const saved = targetData?.guidanceNote.translation;
  const answered = !!targetData && (!saved || saved.language === chosen);
  const loadedFor = answered ? `${chosen}:${targetData.guidanceNote.version}:${saved?.status ?? ''}` : null;
  useEffect(() => {
    if (!loadedFor) return;
    setTitle(saved?.title ?? '');
    setBody(saved?.body ?? '');
    setFieldErrors({});
    // Only when another language or another saved version arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedFor]);

  if (!source)
    return (
      <Center h={200}>
        <Loader aria-label={t('state.loading')} />
      </Center>
    );

  const state = source.translations.find((entry) => entry.language === chosen);
  const status = state?.status ?? 'MISSING';

  const save = async (work: TranslationWorkStatus) => {
    if (!chosen) return;
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = t('guidance.form.required');
    if (!body.trim()) errors.body = t('guidance.form.required');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || guard.blocked) return;
    const response = await translate({
      // The title as typed (the API trims it after the check): a refusal's positions fit what is on screen.
      input: { noteId, language: chosen, title, body, status: work },
    });
    if (guard.refused(response.error, { title, body })) return;
    if (response.data) {
      notifications.show({
        color: 'green',
        message:
          work === 'CURRENT' ? t('guidance.translator.savedCurrent') : t('guidance.translator.savedDraft'),
      });
      reloadTarget({ requestPolicy: 'network-only' });
      onSaved();
      return;
    }
    const split = splitFieldErrors(response.error, ['title', 'body', 'language'], t('errors.network'));
    setFieldErrors(split.fieldErrors);
    if (split.otherErrors[0]) notifications.show({ color: 'red', message: split.otherErrors[0].message });
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" role="region" aria-label={t('guidance.translator.source')}>
          <Group justify="space-between">
            <Title order={4}>{t('guidance.translator.source')}</Title>
            <Badge variant="filled" color="blue">
              {languageName(source.sourceLanguage, lng)} ·{' '}
              {t('guidance.revision', { revision: source.revision })}
            </Badge>
          </Group>
          <Text fw={600} lang={source.sourceLanguage}>
            {source.title}
          </Text>
          <Tabs defaultValue="rendered">
            <Tabs.List>
              <Tabs.Tab value="rendered">{t('guidance.translator.rendered')}</Tabs.Tab>
              <Tabs.Tab value="raw">{t('guidance.translator.raw')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="rendered" pt="xs">
              <Paper withBorder p="sm" radius="sm">
                <ScrollArea.Autosize mah={480}>
                  <Typography>
                    {/* Rendered by the API, with nothing that can run. */}
                    <div lang={source.sourceLanguage} dangerouslySetInnerHTML={{ __html: source.bodyHtml }} />
                  </Typography>
                </ScrollArea.Autosize>
              </Paper>
            </Tabs.Panel>
            <Tabs.Panel value="raw" pt="xs">
              <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto' }}>
                {source.body}
              </Code>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" role="region" aria-label={t('guidance.translator.translation')}>
          <Group justify="space-between" align="flex-end">
            <Select
              label={t('guidance.translator.language')}
              value={chosen}
              onChange={(value) => value && setLanguage(value)}
              allowDeselect={false}
              data={options.map((code) => ({ value: code, label: languageName(code, lng) }))}
              w={220}
            />
            <Badge color={STATUS_COLOR[status]} variant="light" role="status">
              {t(`guidance.status.${status}`)}
            </Badge>
          </Group>
          {status === 'OUTDATED' && typeof state?.sourceRevision === 'number' && (
            <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
              {t('guidance.translator.outdated', { made: state.sourceRevision, current: source.revision })}
            </Alert>
          )}
          {targetFetching && !answered ? (
            <Loader size="sm" aria-label={t('state.loading')} />
          ) : (
            <>
              <TextInput
                id="guidance-translation-title"
                maxLength={GUIDANCE_TITLE_MAX}
                label={t('guidance.translator.titleField')}
                required
                lang={chosen ?? undefined}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                error={fieldErrors.title ?? guard.errorOf('title')}
              />
              {guard.panel('title', 'guidance-translation-title')}
              <Textarea
                id="guidance-translation-body"
                maxLength={GUIDANCE_BODY_MAX}
                label={t('guidance.translator.bodyField')}
                required
                lang={chosen ?? undefined}
                autosize
                minRows={10}
                maxRows={24}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                error={fieldErrors.body ?? guard.errorOf('body')}
              />
              {guard.panel('body', 'guidance-translation-body')}
            </>
          )}
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              loading={result.fetching}
              disabled={guard.blocked}
              onClick={() => void save('DRAFT')}
            >
              {t('guidance.translator.saveDraft')}
            </Button>
            <Button loading={result.fetching} disabled={guard.blocked} onClick={() => void save('CURRENT')}>
              {t('guidance.translator.saveCurrent')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
