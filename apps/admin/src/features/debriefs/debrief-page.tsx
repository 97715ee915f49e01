import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  can,
  DEBRIEF_SUMMARY_EN_MAX,
  DEBRIEF_TEXT_MAX,
  DEBRIEF_WELLBEING_TEXT_MAX,
  debriefSubmitProblems,
} from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { DebriefFieldsFragment } from '../../gql/graphql';
import { serverErrors, splitFieldErrors } from '../../graphql/errors';
import { countryName, formatInstant, languageName } from '../../lib/intl';
import { formatTimeRange, formatZonedDay } from '../schedule/zoned-time';
import { findingsIn } from '../personal-data/free-text-findings';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { DebriefComments } from './debrief-comments';
import { DEBRIEF_STATUS_COLOR, DEBRIEF_TEXT_FIELDS, type DebriefTextField } from './debrief-fields';
import {
  DebriefSessionQuery,
  DebriefsQuery,
  DebriefWeekQuery,
  SaveDebriefMutation,
  SubmitDebriefMutation,
} from './debriefs.documents';

/** A draft saves itself this long after the typing stops. */
const AUTOSAVE_MS = 1500;
const DEBRIEFS_CONTEXT = { additionalTypenames: ['Debrief'] };

interface Draft {
  language: string;
  texts: Record<DebriefTextField, string>;
  wellbeingScore: number | null;
  summaryEn: string;
}

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'held';

/** The debrief's guarded free texts by their names in the schema. */
const textsOf = (draft: Draft): Record<string, string> => ({ ...draft.texts, summaryEn: draft.summaryEn });

function draftOf(debrief: DebriefFieldsFragment | undefined, language: string): Draft {
  return {
    language: debrief?.language ?? language,
    texts: Object.fromEntries(DEBRIEF_TEXT_FIELDS.map((field) => [field, debrief?.[field] ?? ''])) as Record<
      DebriefTextField,
      string
    >,
    wellbeingScore: debrief?.wellbeingScore ?? null,
    summaryEn: debrief?.summaryEn ?? '',
  };
}

/** /sessions/:sessionId/debrief: the team leader's debrief of an ended session, in the team's language. */
export default function DebriefPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { sessionId = '' } = useParams();
  const actor = toActor(useAccount());
  const country = actor.country ?? '';
  const [{ data: sessionData, error: sessionError }] = useQuery({
    query: DebriefSessionQuery,
    variables: { sessionId },
  });
  const session = sessionData?.patrolSession;
  const [{ data: weekData }] = useQuery({
    query: DebriefWeekQuery,
    variables: { weekId: session?.weekId ?? '' },
    pause: !session,
  });
  const [{ data: debriefData, error: debriefError }, reload] = useQuery({
    query: DebriefsQuery,
    variables: { filter: { weekId: session?.weekId ?? '', sessionId, country } },
    pause: !session,
    context: DEBRIEFS_CONTEXT,
  });

  if (sessionError && !session)
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
        {serverErrors(sessionError, t('errors.network'))[0]?.message}
      </Alert>
    );
  if (!session || !weekData || (!debriefData && !debriefError))
    return (
      <Center h="50vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );

  const week = weekData.actionWeek;
  const languages = week.countries.find((entry) => entry.country === country)?.languages ?? [];
  const debrief = debriefData?.debriefs.find((entry) => entry.country === country);
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const mayWrite =
    can(actor, 'debrief.write', { country }) &&
    session.countries.includes(country) &&
    session.status === 'ENDED';

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
        ← {session.platform.name} · {session.venue}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('debrief.title', { country: countryName(country, lng) })}</Title>
          <Text size="sm" c="dimmed">
            {session.platform.name} · {session.venue} · {formatZonedDay(startsAt, week.timeZone, lng)}{' '}
            {formatTimeRange(startsAt, endsAt, week.timeZone, lng)}
          </Text>
        </div>
        {debrief && (
          <Badge color={DEBRIEF_STATUS_COLOR[debrief.status]} variant="light" size="lg">
            {t(`debrief.status.${debrief.status}`)}
          </Badge>
        )}
      </Group>
      {!mayWrite ? (
        <Alert color="gray">
          {session.status === 'ENDED' ? t('debrief.notYours') : t('debrief.notEnded')}
        </Alert>
      ) : (
        <DebriefForm
          key={debrief ? `${debrief.id}` : 'new'}
          sessionId={session.id}
          debrief={debrief}
          languages={languages}
          countries={week.countries.map((entry) => entry.country)}
          defaultLanguage={languages.includes(lng) ? lng : (languages[0] ?? 'en')}
          onReload={() => reload({ requestPolicy: 'network-only' })}
        />
      )}
    </Stack>
  );
}

function DebriefForm({
  sessionId,
  debrief,
  languages,
  countries,
  defaultLanguage,
  onReload,
}: {
  sessionId: string;
  debrief: DebriefFieldsFragment | undefined;
  languages: readonly string[];
  countries: readonly string[];
  defaultLanguage: string;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [draft, setDraft] = useState<Draft>(() => draftOf(debrief, defaultLanguage));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [, saveDebrief] = useMutation(SaveDebriefMutation);
  const [submitResult, submitDebrief] = useMutation(SubmitDebriefMutation);
  // Submitting locks the debrief: it asks first.
  const [askSubmit, setAskSubmit] = useState(false);
  // What the server has: the version to send next and the debrief as last saved.
  const saved = useRef<{ id: string | null; version: number | null }>({
    id: debrief?.id ?? null,
    version: debrief?.version ?? null,
  });
  const [current, setCurrent] = useState(debrief);
  const timer = useRef<number | null>(null);
  const editable = !current || current.status !== 'SUBMITTED';
  const guard = useFreeTextGuard(textsOf(draft), countries);
  const refusedForPersonalData = guard.refused;

  const reloading = useRef(false);
  // The debrief as stored arrived again: after a conflict it replaces what was typed here.
  useEffect(() => {
    if (!debrief) return;
    if (reloading.current) {
      reloading.current = false;
      saved.current = { id: debrief.id, version: debrief.version };
      setCurrent(debrief);
      setDraft(draftOf(debrief, debrief.language));
    } else if (saved.current.version !== null && debrief.version > saved.current.version) {
      saved.current = { id: debrief.id, version: debrief.version };
      setCurrent(debrief);
    }
  }, [debrief]);

  const save = useCallback(
    async (values: Draft): Promise<DebriefFieldsFragment | null> => {
      setSaveState('saving');
      const result = await saveDebrief({
        input: {
          sessionId,
          ...(saved.current.version !== null ? { version: saved.current.version } : {}),
          language: values.language,
          ...values.texts,
          wellbeingScore: values.wellbeingScore,
          summaryEn: values.summaryEn,
        },
      });
      if (result.data) {
        const stored = result.data.saveDebrief;
        saved.current = { id: stored.id, version: stored.version };
        setCurrent(stored);
        setSaveState('saved');
        setFieldErrors({});
        return stored;
      }
      if (refusedForPersonalData(result.error, textsOf(values))) {
        setSaveState('failed');
        return null;
      }
      const split = splitFieldErrors(
        result.error,
        ['language', ...DEBRIEF_TEXT_FIELDS, 'wellbeingScore', 'summaryEn'],
        t('errors.network'),
      );
      if (split.otherErrors.some((item) => item.code === 'CONFLICT')) {
        notifications.show({
          color: 'orange',
          title: t('debrief.conflictTitle'),
          message: t('debrief.conflict'),
        });
        reloading.current = true;
        setSaveState('idle');
        onReload();
        return null;
      }
      setFieldErrors(split.fieldErrors);
      setSaveState('failed');
      if (split.otherErrors[0]) notifications.show({ color: 'red', message: split.otherErrors[0].message });
      return null;
    },
    [saveDebrief, sessionId, t, onReload, refusedForPersonalData],
  );

  const change = (next: Draft) => {
    setDraft(next);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    // What looks like an identifier is not sent, not even as a draft: the form waits until it is gone.
    if (findingsIn(textsOf(next), countries).length > 0) {
      setSaveState('held');
      return;
    }
    setSaveState('pending');
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void save(next);
    }, AUTOSAVE_MS);
  };
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const submit = async () => {
    const problems = debriefSubmitProblems(draft);
    if (problems.length > 0) {
      setFieldErrors(Object.fromEntries(problems.map((field) => [field, t(`debrief.required.${field}`)])));
      return;
    }
    if (guard.blocked) return;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const stored = saveState === 'saved' && saved.current.id ? current : await save(draft);
    if (!stored || saved.current.id === null || saved.current.version === null) return;
    const result = await submitDebrief({ id: saved.current.id, version: saved.current.version });
    if (result.data) {
      saved.current = { id: result.data.submitDebrief.id, version: result.data.submitDebrief.version };
      setCurrent(result.data.submitDebrief);
      notifications.show({ color: 'green', message: t('debrief.notify.submitted') });
      return;
    }
    const split = splitFieldErrors(
      result.error,
      ['language', ...DEBRIEF_TEXT_FIELDS, 'wellbeingScore', 'summaryEn'],
      t('errors.network'),
    );
    setFieldErrors(split.fieldErrors);
    if (split.otherErrors.some((item) => item.code === 'CONFLICT')) {
      notifications.show({
        color: 'orange',
        title: t('debrief.conflictTitle'),
        message: t('debrief.conflict'),
      });
      reloading.current = true;
      onReload();
    } else if (split.otherErrors[0])
      notifications.show({ color: 'red', message: split.otherErrors[0].message });
  };

  const stateText = {
    idle: current
      ? t('debrief.save.savedAt', { time: formatInstant(current.updatedAt, lng) })
      : t('debrief.save.new'),
    pending: t('debrief.save.pending'),
    saving: t('debrief.save.saving'),
    saved: t('debrief.save.saved'),
    failed: t('debrief.save.failed'),
    held: t('freeText.notSaved'),
  }[saveState];

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {current?.status === 'REVISION_REQUESTED' && (
              <Alert color="orange" icon={<IconAlertCircle aria-hidden />}>
                {t('debrief.revisionRequested')}
              </Alert>
            )}
            {current?.status === 'SUBMITTED' && (
              <Alert color="green" icon={<IconCheck aria-hidden />}>
                {t('debrief.submittedAt', {
                  time: formatInstant(current.submittedAt ?? current.updatedAt, lng),
                })}
              </Alert>
            )}
            <Group justify="space-between" align="flex-end">
              <Select
                label={t('debrief.field.language')}
                description={t('debrief.field.languageHint')}
                value={draft.language}
                onChange={(value) => value && change({ ...draft, language: value })}
                allowDeselect={false}
                disabled={!editable}
                data={languages.map((code) => ({ value: code, label: languageName(code, lng) }))}
                error={fieldErrors.language}
                w={260}
              />
              <Text
                size="sm"
                c={saveState === 'failed' || saveState === 'held' ? 'red' : 'dimmed'}
                role="status"
                aria-live="polite"
              >
                {stateText}
              </Text>
            </Group>
            {DEBRIEF_TEXT_FIELDS.filter((field) => field !== 'wellbeingText').map((field) => (
              <Stack key={field} gap={6}>
                <Textarea
                  id={`debrief-${field}`}
                  maxLength={DEBRIEF_TEXT_MAX}
                  label={t(`debrief.field.${field}`)}
                  description={t(`debrief.hint.${field}`)}
                  lang={draft.language}
                  autosize
                  minRows={3}
                  maxRows={12}
                  readOnly={!editable}
                  value={draft.texts[field]}
                  onChange={(event) =>
                    change({ ...draft, texts: { ...draft.texts, [field]: event.currentTarget.value } })
                  }
                  error={fieldErrors[field] ?? guard.errorOf(field)}
                />
                {guard.panel(field, `debrief-${field}`)}
              </Stack>
            ))}
            <Stack gap={4}>
              <Text size="sm" fw={500} id="wellbeing-label">
                {t('debrief.field.wellbeingScore')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('debrief.hint.wellbeingScore')}
              </Text>
              <SegmentedControl
                aria-labelledby="wellbeing-label"
                disabled={!editable}
                value={draft.wellbeingScore ? String(draft.wellbeingScore) : ''}
                onChange={(value) => change({ ...draft, wellbeingScore: Number(value) })}
                data={[1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: String(score) }))}
                w={300}
              />
              {fieldErrors.wellbeingScore && (
                <Text size="xs" c="red">
                  {fieldErrors.wellbeingScore}
                </Text>
              )}
            </Stack>
            <Textarea
              id="debrief-wellbeingText"
              maxLength={DEBRIEF_WELLBEING_TEXT_MAX}
              label={t('debrief.field.wellbeingText')}
              description={t('debrief.hint.wellbeingText')}
              lang={draft.language}
              autosize
              minRows={2}
              readOnly={!editable}
              value={draft.texts.wellbeingText}
              onChange={(event) =>
                change({ ...draft, texts: { ...draft.texts, wellbeingText: event.currentTarget.value } })
              }
              error={fieldErrors.wellbeingText ?? guard.errorOf('wellbeingText')}
            />
            {guard.panel('wellbeingText', 'debrief-wellbeingText')}
            <Textarea
              id="debrief-summaryEn"
              maxLength={DEBRIEF_SUMMARY_EN_MAX}
              label={t('debrief.field.summaryEn')}
              description={t('debrief.hint.summaryEn')}
              lang="en"
              required
              autosize
              minRows={3}
              readOnly={!editable}
              value={draft.summaryEn}
              onChange={(event) => change({ ...draft, summaryEn: event.currentTarget.value })}
              error={fieldErrors.summaryEn ?? guard.errorOf('summaryEn')}
            />
            {guard.panel('summaryEn', 'debrief-summaryEn')}
            {editable && (
              <Group justify="flex-end">
                {askSubmit && (
                  <Text size="sm" role="status">
                    {t('debrief.submitAsk')}
                  </Text>
                )}
                {askSubmit && (
                  <Button variant="default" onClick={() => setAskSubmit(false)}>
                    {t('actions.cancel')}
                  </Button>
                )}
                <Button
                  leftSection={<IconSend size={16} aria-hidden />}
                  loading={submitResult.fetching}
                  disabled={guard.blocked}
                  onClick={() => {
                    if (!askSubmit) setAskSubmit(true);
                    else {
                      setAskSubmit(false);
                      void submit();
                    }
                  }}
                >
                  {t('debrief.submit')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        {current && current.comments.length > 0 ? (
          <DebriefComments comments={current.comments} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('debrief.comments.none')}
          </Text>
        )}
      </Grid.Col>
    </Grid>
  );
}
