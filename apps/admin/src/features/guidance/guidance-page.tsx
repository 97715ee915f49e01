import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconPin, IconPlus, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { can, GUIDANCE_CATEGORIES, GUIDANCE_SCOPES, isLocale, LOCALES } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { GuidanceCategory, GuidanceNoteFieldsFragment, GuidanceScope } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { loadGuidanceReadsWords } from '../../i18n/lazy-sections';
import { formatInstant, languageName } from '../../lib/intl';
import { GuidanceNotesQuery, GuidanceWeekQuery } from './guidance.documents';
import { scopeLabel } from './guidance-labels';
import { GuidanceReaders } from './guidance-readers';
import { NoteFormDialog } from './note-form-dialog';
import { NoteReader } from './note-reader';
import { TranslationBadges } from './translation-badges';
import { TranslationEditor } from './translation-editor';

await loadGuidanceReadsWords();

// A note written into an empty library must still refresh it.
const NOTES_CONTEXT = { additionalTypenames: ['GuidanceNote'] };

type Published = 'all' | 'published' | 'unpublished';

/**
 * Kripos's guidance for the week. Teams read the notes meant for them in their own language where a finished
 * translation exists and confirm them; coordinators write, publish and pin; coordinators and team leaders
 * translate; coordinators see who has not yet read what their next session needs.
 */
export default function GuidancePage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const actor = toActor(useAccount());
  const writer = can(actor, 'guidance.write');
  const translator = can(actor, 'guidance.translate');
  const [category, setCategory] = useState<GuidanceCategory | null>(null);
  const [scope, setScope] = useState<GuidanceScope | null>(null);
  const [published, setPublished] = useState<Published>('all');
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  const language = chosenLanguage ?? (isLocale(lng) ? lng : 'en');
  const [form, setForm] = useState<{ note: GuidanceNoteFieldsFragment | null } | null>(null);
  const [translating, setTranslating] = useState<GuidanceNoteFieldsFragment | null>(null);
  const tab = writer && params.get('tab') === 'readers' ? 'readers' : 'library';
  const openNoteId = params.get('note');

  const [{ data: weekData }] = useQuery({ query: GuidanceWeekQuery, variables: { weekId } });
  const [{ data, error, fetching }, refetch] = useQuery({
    query: GuidanceNotesQuery,
    variables: { filter: { weekId, category, scope, language, includeUnpublished: writer } },
    context: NOTES_CONTEXT,
  });

  const week = weekData?.actionWeek;
  const context = useMemo(
    () => (weekData ? { platforms: weekData.platforms, sessions: weekData.schedule } : undefined),
    [weekData],
  );
  const notes = (data?.guidanceNotes ?? []).filter(
    (note) => published === 'all' || note.published === (published === 'published'),
  );
  const titles = useMemo(
    () => new Map((data?.guidanceNotes ?? []).map((note) => [note.id, note.title])),
    [data],
  );
  // A team leader carries notes into the team's own languages; coordinators into any.
  const translateInto = writer
    ? LOCALES
    : (week?.countries.find((entry) => entry.country === actor.country)?.languages ?? []);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  const library = (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('guidance.filter.label')}>
        <Select
          label={t('guidance.filter.category')}
          placeholder={t('guidance.filter.allCategories')}
          clearable
          value={category}
          onChange={(value) => setCategory(value as GuidanceCategory | null)}
          data={GUIDANCE_CATEGORIES.map((code) => ({ value: code, label: t(`guidance.category.${code}`) }))}
          w={220}
        />
        <Select
          label={t('guidance.filter.scope')}
          placeholder={t('guidance.filter.allScopes')}
          clearable
          value={scope}
          onChange={(value) => setScope(value as GuidanceScope | null)}
          data={GUIDANCE_SCOPES.map((code) => ({ value: code, label: t(`guidance.scopeKind.${code}`) }))}
          w={200}
        />
        {writer && (
          <SegmentedControl
            aria-label={t('guidance.filter.published')}
            value={published}
            onChange={(value) => setPublished(value as Published)}
            data={[
              { value: 'all', label: t('guidance.filter.all') },
              { value: 'published', label: t('guidance.published') },
              { value: 'unpublished', label: t('guidance.unpublished') },
            ]}
          />
        )}
        <Select
          label={t('guidance.readIn')}
          leftSection={<IconWorld size={16} aria-hidden />}
          value={language}
          onChange={(value) => value && setLanguage(value)}
          allowDeselect={false}
          data={LOCALES.map((code) => ({ value: code, label: languageName(code, code) }))}
          w={200}
        />
      </Group>
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {!data && fetching && (
        <Center h="30vh">
          <Loader aria-label={t('state.loading')} />
        </Center>
      )}
      {data && notes.length === 0 && <Text c="dimmed">{t('guidance.empty')}</Text>}
      <Stack gap="xs" role="list" aria-label={t('guidance.listLabel')}>
        {notes.map((note) => (
          <Paper key={note.id} withBorder p="sm" radius="md" role="listitem">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} miw={0}>
                <UnstyledButton onClick={() => setParam('note', note.id)} lang={note.language}>
                  <Group gap={6} wrap="nowrap">
                    {note.pinned && <IconPin size={16} aria-label={t('guidance.pinned')} />}
                    <Text fw={600}>{note.title}</Text>
                  </Group>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  {[
                    t(`guidance.category.${note.category}`),
                    scopeLabel(note, context, t, lng),
                    t('guidance.revision', { revision: note.revision }),
                    formatInstant(note.updatedAt, lng),
                  ].join(' · ')}
                </Text>
                {(writer || translator) && (
                  <TranslationBadges sourceLanguage={note.sourceLanguage} translations={note.translations} />
                )}
              </Stack>
              <Group gap={4} wrap="nowrap">
                {note.language !== language && (
                  <Badge variant="outline" color="gray">
                    {languageName(note.language, lng)}
                  </Badge>
                )}
                {writer && typeof note.readCount === 'number' && note.published && (
                  <Badge
                    color="gray"
                    variant="outline"
                    leftSection={<IconCircleCheck size={12} aria-hidden />}
                  >
                    {t('guidanceReads.readCount', { count: note.readCount })}
                  </Badge>
                )}
                {writer && (
                  <Badge color={note.published ? 'green' : 'gray'} variant="light">
                    {note.published ? t('guidance.published') : t('guidance.unpublished')}
                  </Badge>
                )}
                {!writer && note.readByMe && (
                  <Badge
                    color="green"
                    variant="light"
                    leftSection={<IconCircleCheck size={12} aria-hidden />}
                  >
                    {t('guidance.confirmedBadge')}
                  </Badge>
                )}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="xs">
            <Title order={2}>{t('guidance.title')}</Title>
            {week && (
              <Text ff="monospace" c="dimmed">
                {week.code}
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('guidance.subtitle')}
          </Text>
        </div>
        {writer && week && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ note: null })}>
            {t('guidance.write')}
          </Button>
        )}
      </Group>
      {writer ? (
        <Tabs value={tab} onChange={(value) => setParam('tab', value === 'readers' ? 'readers' : null)}>
          <Tabs.List>
            <Tabs.Tab value="library">{t('guidance.tabs.library')}</Tabs.Tab>
            <Tabs.Tab value="readers">{t('guidance.tabs.readers')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="library" pt="md">
            {library}
          </Tabs.Panel>
          <Tabs.Panel value="readers" pt="md">
            {tab === 'readers' && (
              <GuidanceReaders weekId={weekId} titles={titles} sessions={weekData?.schedule ?? []} />
            )}
          </Tabs.Panel>
        </Tabs>
      ) : (
        library
      )}
      <NoteReader
        noteId={openNoteId}
        language={language}
        onLanguageChange={setLanguage}
        actor={actor}
        context={context}
        onClose={() => setParam('note', null)}
        onEdit={(note) => setForm({ note })}
        onTranslate={(note) => setTranslating(note)}
        onChanged={refresh}
        closeOnEscape={!translating && !form}
      />
      {week && weekData && (
        <NoteFormDialog
          opened={!!form}
          week={{ ...week, platforms: weekData.platforms, sessions: weekData.schedule }}
          note={form?.note ?? null}
          onClose={() => setForm(null)}
          onSaved={(note) => {
            setForm(null);
            refresh();
            setParam('note', note.id);
          }}
        />
      )}
      <TranslationEditor
        note={translating}
        languages={translateInto}
        onClose={() => setTranslating(null)}
        onSaved={refresh}
      />
    </Stack>
  );
}
