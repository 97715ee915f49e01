import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Collapse,
  Group,
  Kbd,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconChevronDown, IconChevronRight, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import {
  AGE_BANDS,
  CHANNELS,
  DURATION_MINUTES_MAX,
  DURATION_MINUTES_MIN,
  INITIATORS,
  NOTES_MAX,
  OUTCOMES,
  SUMMARY_EN_MAX,
  TONES,
  YOUNG_PEOPLE_MAX,
  YOUNG_PEOPLE_MIN,
} from '@empact/domain';
import { useAccount } from '../../auth/use-session';
import type { InteractionFieldsFragment, LogInteractionInput } from '../../gql/graphql';
import { languageName } from '../../lib/intl';
import { newInteractionId } from './client-id';
import { draftContent, emptyDraft, type InteractionDraft } from './interaction-draft';
import { logFailure, type LogFailure, type NotesFinding } from './log-errors';
import { LogInteractionMutation, UpdateInteractionMutation } from './logging.documents';
import { useFreeTextFindings } from '../personal-data/free-text-findings';
import { NotesFindings } from './notes-findings';
import { outbox } from './outbox';
import { TopicChips, type TopicChipsHandle } from './topic-chips';

type Refusal = Extract<LogFailure, { kind: 'refused' }>;

interface QuickLogFormProps {
  sessionId: string;
  /** The working languages of the logger's country for the week. */
  languages: readonly string[];
  defaultLanguage: string;
  /** An entry being edited instead of a new one. */
  editing: InteractionFieldsFragment | null;
  onDoneEditing: () => void;
  /** An entry reached the API (new or changed). */
  onSaved: () => void;
  /** Content to start a new entry from (one the API refused after it waited offline). */
  prefill: { draft: InteractionDraft; key: string } | null;
}

function draftOf(entry: InteractionFieldsFragment): InteractionDraft {
  return {
    topics: [...entry.topics],
    ageBand: entry.ageBand,
    outcome: entry.outcome,
    channel: entry.channel,
    initiatedBy: entry.initiatedBy,
    tone: entry.tone,
    youngPeople: entry.youngPeople,
    durationMinutes: entry.durationMinutes,
    notes: entry.notes ?? '',
    notesLanguage: entry.notesLanguage,
    summaryEn: entry.summaryEn ?? '',
  };
}

/** The fields folded under "More details" (each has a default). */
const MORE_FIELDS = [
  'notesLanguage',
  'youngPeople',
  'durationMinutes',
  'channel',
  'initiatedBy',
  'tone',
  'summaryEn',
];

const FIELDS_WITH_ERRORS = [
  'topics',
  'ageBand',
  'outcome',
  'notes',
  'notesLanguage',
  'youngPeople',
  'durationMinutes',
  'summaryEn',
  'channel',
  'initiatedBy',
  'tone',
];

/**
 * The quick log: built for the keyboard. Topics first (arrows and Space), then age band and outcome (arrows),
 * then the notes; everything else has a default. Ctrl+Enter sends from anywhere in the form, and focus goes back
 * to the topics for the next entry.
 */
export function QuickLogForm({
  sessionId,
  languages,
  defaultLanguage,
  editing,
  onDoneEditing,
  onSaved,
  prefill,
}: QuickLogFormProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const client = useClient();
  const account = useAccount();
  const [draft, setDraft] = useState<InteractionDraft>(() => emptyDraft(defaultLanguage));
  const [sending, setSending] = useState(false);
  const [topicError, setTopicError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const topicsRef = useRef<TopicChipsHandle>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  // The API's check, run as the officer types: what it would refuse is marked before anything is sent or queued.
  const typing = useFreeTextFindings({ notes: draft.notes, summaryEn: draft.summaryEn });

  useEffect(() => {
    setDraft(editing ? draftOf(editing) : emptyDraft(defaultLanguage));
    setRefusal(null);
    setTopicError(null);
    topicsRef.current?.focus();
  }, [editing, defaultLanguage]);

  useEffect(() => {
    if (!prefill) return;
    setDraft(prefill.draft);
    topicsRef.current?.focus();
  }, [prefill]);

  const set = <K extends keyof InteractionDraft>(key: K, value: InteractionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key === 'topics') setTopicError(null);
    // Once the text changes, the API's positions no longer fit: the findings while typing take over.
    if ((key === 'notes' || key === 'summaryEn') && refusal?.findings.length) setRefusal(null);
  };

  const nextEntry = () => {
    // The channel and the notes language usually stay the same through a session.
    setDraft((current) => ({ ...emptyDraft(current.notesLanguage), channel: current.channel }));
    setRefusal(null);
    topicsRef.current?.focus();
  };

  const refuse = (failure: Refusal) => {
    setRefusal(failure);
    if (failure.findings.some((finding) => finding.field === 'notes')) notesRef.current?.focus();
    else if (failure.findings.some((finding) => finding.field === 'summaryEn')) summaryRef.current?.focus();
  };

  const submit = async () => {
    if (sending) return;
    if (typing.length > 0) {
      (typing[0].field === 'summaryEn' ? summaryRef : notesRef).current?.focus();
      return;
    }
    if (draft.topics.length === 0) {
      setTopicError(t('log.topicRequired'));
      topicsRef.current?.focus();
      return;
    }
    const content = draftContent(draft);
    setSending(true);
    setRefusal(null);
    try {
      if (editing) {
        const result = await client
          .mutation(UpdateInteractionMutation, {
            input: {
              id: editing.id,
              version: editing.version,
              occurredAt: editing.occurredAt,
              platform: editing.platform,
              ...content,
            },
          })
          .toPromise();
        if (result.data) {
          notifications.show({ color: 'green', message: t('log.notify.updated') });
          onSaved();
          onDoneEditing();
        } else if (result.error) {
          const failure = logFailure(result.error);
          if (failure.kind === 'network')
            refuse({
              kind: 'refused',
              code: undefined,
              message: t('errors.network'),
              field: undefined,
              findings: [],
            });
          else refuse(failure);
        }
        return;
      }

      // The id is fixed now, when the user sends: whatever happens next, this entry is this id.
      const input: LogInteractionInput = {
        id: newInteractionId(),
        sessionId,
        occurredAt: new Date().toISOString(),
        ...content,
      };
      const result = await client.mutation(LogInteractionMutation, { input }).toPromise();
      if (result.data) {
        notifications.show({ color: 'green', message: t('log.notify.logged') });
        onSaved();
        nextEntry();
      } else if (result.error) {
        const failure = logFailure(result.error);
        if (failure.kind === 'network') {
          await outbox.put({
            id: input.id,
            accountId: account.id,
            input,
            queuedAt: new Date().toISOString(),
          });
          notifications.show({
            color: 'orange',
            title: t('log.notify.queuedTitle'),
            message: t('log.notify.queued'),
          });
          nextEntry();
        } else {
          refuse(failure);
        }
      }
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void submit();
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const selectFinding = (finding: NotesFinding) => {
    const element = finding.field === 'notes' ? notesRef.current : summaryRef.current;
    element?.focus();
    element?.setSelectionRange(finding.start, finding.end);
  };

  const fieldError = (field: string) =>
    refusal && refusal.code === 'BAD_USER_INPUT' && refusal.field === field ? refusal.message : null;
  const findings = refusal && refusal.findings.length > 0 ? refusal.findings : typing;
  const findingsMessage = refusal && refusal.findings.length > 0 ? refusal.message : t('freeText.typing');
  const notesFindings = findings.filter((finding) => finding.field === 'notes');
  const summaryFindings = findings.filter((finding) => finding.field === 'summaryEn');
  // The fields with a default fold away, so that the form fits a laptop's screen; they open for an edit or a problem.
  const moreShown =
    moreOpen ||
    !!editing ||
    summaryFindings.length > 0 ||
    MORE_FIELDS.some((field) => fieldError(field) !== null);
  const MoreIcon = moreShown ? IconChevronDown : IconChevronRight;
  const otherRefusal =
    refusal &&
    refusal.findings.length === 0 &&
    !(refusal.code === 'BAD_USER_INPUT' && refusal.field && FIELDS_WITH_ERRORS.includes(refusal.field));

  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        aria-label={editing ? t('log.editTitle') : t('log.formTitle')}
        noValidate
      >
        <Stack gap="xs">
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h4">
              {editing ? t('log.editTitle') : t('log.formTitle')}
            </Title>
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('log.sendShortcut')}
            </Text>
          </Group>

          <TopicChips
            ref={topicsRef}
            value={draft.topics}
            onChange={(value) => set('topics', value)}
            error={topicError ?? fieldError('topics')}
          />

          <Radio.Group
            label={t('log.field.ageBand')}
            value={draft.ageBand}
            onChange={(value) => set('ageBand', value as InteractionDraft['ageBand'])}
            error={fieldError('ageBand')}
          >
            <Group gap="sm" mt={4}>
              {AGE_BANDS.map((code) => (
                <Radio key={code} value={code} label={t(`taxonomy:ageBand.${code}`)} />
              ))}
            </Group>
          </Radio.Group>

          <Radio.Group
            label={t('log.field.outcome')}
            value={draft.outcome}
            onChange={(value) => set('outcome', value as InteractionDraft['outcome'])}
            error={fieldError('outcome')}
          >
            <Group gap="sm" mt={4}>
              {OUTCOMES.map((code) => (
                <Radio key={code} value={code} label={t(`taxonomy:outcome.${code}`)} />
              ))}
            </Group>
          </Radio.Group>

          <Textarea
            ref={notesRef}
            label={t('log.field.notes')}
            description={t('log.notesHint')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={NOTES_MAX}
            value={draft.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={fieldError('notes') ?? (notesFindings.length > 0 ? t('log.personalData.inNotes') : null)}
            lang={draft.notesLanguage}
          />
          {notesFindings.length > 0 && (
            <NotesFindings
              text={draft.notes}
              findings={notesFindings}
              message={findingsMessage}
              onSelect={selectFinding}
            />
          )}

          <Group gap="xs" wrap="nowrap" align="center">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<MoreIcon size={16} aria-hidden />}
              aria-expanded={moreShown}
              aria-controls="log-more-details"
              onClick={() => setMoreOpen((open) => !open)}
            >
              {t('log.moreDetails')}
            </Button>
            {!moreShown && (
              <Text size="xs" c="dimmed" truncate>
                {[
                  t(`taxonomy:channel.${draft.channel}`),
                  t(`taxonomy:initiatedBy.${draft.initiatedBy}`),
                  t(`taxonomy:tone.${draft.tone}`),
                  t('log.card.youngPeople', { count: draft.youngPeople }),
                  t('log.card.minutes', { count: draft.durationMinutes }),
                  languageName(draft.notesLanguage, lng),
                ].join(' · ')}
              </Text>
            )}
          </Group>
          <Collapse expanded={moreShown} id="log-more-details">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <NativeSelect
                  label={t('log.field.notesLanguage')}
                  value={draft.notesLanguage}
                  onChange={(event) => set('notesLanguage', event.currentTarget.value)}
                  data={languages.map((tag) => ({ value: tag, label: languageName(tag, lng) }))}
                  error={fieldError('notesLanguage')}
                />
                <NumberInput
                  label={t('log.field.youngPeople')}
                  min={YOUNG_PEOPLE_MIN}
                  max={YOUNG_PEOPLE_MAX}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.youngPeople}
                  onChange={(value) =>
                    set('youngPeople', typeof value === 'number' ? value : Number(value) || YOUNG_PEOPLE_MIN)
                  }
                  error={fieldError('youngPeople')}
                />
                <NumberInput
                  label={t('log.field.duration')}
                  min={DURATION_MINUTES_MIN}
                  max={DURATION_MINUTES_MAX}
                  step={5}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.durationMinutes}
                  onChange={(value) =>
                    set(
                      'durationMinutes',
                      typeof value === 'number' ? value : Number(value) || DURATION_MINUTES_MIN,
                    )
                  }
                  error={fieldError('durationMinutes')}
                />
              </SimpleGrid>

              <Radio.Group
                label={t('log.field.channel')}
                value={draft.channel}
                onChange={(value) => set('channel', value as InteractionDraft['channel'])}
                error={fieldError('channel')}
              >
                <Group gap="sm" mt={4}>
                  {CHANNELS.map((code) => (
                    <Radio key={code} value={code} label={t(`taxonomy:channel.${code}`)} />
                  ))}
                </Group>
              </Radio.Group>

              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Radio.Group
                  label={t('log.field.initiatedBy')}
                  value={draft.initiatedBy}
                  onChange={(value) => set('initiatedBy', value as InteractionDraft['initiatedBy'])}
                  error={fieldError('initiatedBy')}
                >
                  <Group gap="sm" mt={4}>
                    {INITIATORS.map((code) => (
                      <Radio key={code} value={code} label={t(`taxonomy:initiatedBy.${code}`)} />
                    ))}
                  </Group>
                </Radio.Group>
                <Radio.Group
                  label={t('log.field.tone')}
                  value={draft.tone}
                  onChange={(value) => set('tone', value as InteractionDraft['tone'])}
                  error={fieldError('tone')}
                >
                  <Group gap="sm" mt={4}>
                    {TONES.map((code) => (
                      <Radio key={code} value={code} label={t(`taxonomy:tone.${code}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              </SimpleGrid>

              <Textarea
                ref={summaryRef}
                label={t('log.field.summaryEn')}
                description={t('log.summaryHint')}
                autosize
                minRows={1}
                maxRows={4}
                maxLength={SUMMARY_EN_MAX}
                lang="en"
                value={draft.summaryEn}
                onChange={(event) => set('summaryEn', event.currentTarget.value)}
                error={
                  fieldError('summaryEn') ??
                  (summaryFindings.length > 0 ? t('log.personalData.inSummary') : null)
                }
              />
              {summaryFindings.length > 0 && (
                <NotesFindings
                  text={draft.summaryEn}
                  findings={summaryFindings}
                  message={findingsMessage}
                  onSelect={selectFinding}
                />
              )}
            </Stack>
          </Collapse>

          {otherRefusal && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {refusal.message}
            </Alert>
          )}

          {/* Kept in view at the bottom of the screen: on a laptop the send button never needs scrolling to. */}
          <Group
            justify="flex-end"
            gap="xs"
            pos="sticky"
            bottom={0}
            py="xs"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-default-border)' }}
            data-testid="log-send-bar"
          >
            {editing && (
              <Button variant="default" onClick={onDoneEditing}>
                {t('actions.cancel')}
              </Button>
            )}
            <Button type="submit" loading={sending} leftSection={<IconSend size={16} aria-hidden />}>
              {editing ? t('actions.save') : t('log.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
