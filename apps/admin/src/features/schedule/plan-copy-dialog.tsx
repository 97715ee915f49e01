import { useState } from 'react';
import { Alert, Button, Group, List, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { PlanCopyFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { formatDayRange } from '../../lib/intl';
import { CopyWeekPlanMutation, PlanCopyPreviewQuery, PlanCopySourcesQuery } from './plan-copy.documents';

interface PlanCopyDialogProps {
  /** The week in preparation that takes the copy. */
  weekId: string;
  onClose: () => void;
  /** The plan was copied: the board loads it again. */
  onCopied: () => void;
}

/** The sessions a refused copy lists (`extensions.sessions` of PLAN_COPY_REFUSED), by their messages. */
function refusedMessages(error: unknown): string[] {
  const graphQLErrors = (error as { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined)
    ?.graphQLErrors;
  const sessions = graphQLErrors?.[0]?.extensions?.sessions;
  if (!Array.isArray(sessions)) return [];
  return sessions
    .map((item) => (item as { message?: unknown }).message)
    .filter((message): message is string => typeof message === 'string');
}

/**
 * Copies the plan of an earlier week into this one: pick the week, see what would be copied, left out or refused,
 * confirm, and read what was done. Rosters and guides are not copied; the board then shows the sessions to staff.
 */
export function PlanCopyDialog({ weekId, onClose, onCopied }: PlanCopyDialogProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [fromWeekId, setFromWeekId] = useState<string | null>(null);
  const [done, setDone] = useState<PlanCopyFieldsFragment | null>(null);
  const [problem, setProblem] = useState<{ message: string; sessions: string[] } | null>(null);
  const [{ data: weeks, fetching: loadingWeeks }] = useQuery({ query: PlanCopySourcesQuery });
  const [{ data: previewData, fetching: previewing, error: previewError }] = useQuery({
    query: PlanCopyPreviewQuery,
    variables: { fromWeekId: fromWeekId ?? '', toWeekId: weekId },
    pause: !fromWeekId || !!done,
    requestPolicy: 'network-only',
  });
  const [{ fetching: copying }, copyWeekPlan] = useMutation(CopyWeekPlanMutation);

  const sources = (weeks?.actionWeeks ?? [])
    .filter((week) => week.id !== weekId)
    .map((week) => ({
      value: week.id,
      label: `${week.code} · ${week.title} (${formatDayRange(week.firstDay, week.lastDay, lng)})`,
    }));
  const preview = fromWeekId ? previewData?.planCopyPreview : undefined;
  const current = preview && preview.fromWeekId === fromWeekId ? preview : undefined;
  const dropped = current?.copies.filter((copy) => copy.droppedCountries.length > 0).length ?? 0;
  const mayCopy = !!current && current.refused.length === 0 && current.copied > 0 && !copying;

  const confirm = async () => {
    if (!fromWeekId) return;
    setProblem(null);
    const result = await copyWeekPlan({ fromWeekId, toWeekId: weekId });
    if (result.error || !result.data) {
      setProblem({
        message: serverErrors(result.error, t('errors.network'))[0]?.message ?? t('errors.network'),
        sessions: refusedMessages(result.error),
      });
      return;
    }
    setDone(result.data.copyWeekPlan);
    onCopied();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t('planCopy.title')}>
      {done ? (
        <Stack gap="sm">
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('planCopy.done', { count: done.copied })}
          </Alert>
          {done.skipped.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                {t('planCopy.skippedDone', { count: done.skipped.length })}
              </Text>
              <List size="sm">
                {done.skipped.map((item) => (
                  <List.Item key={item.sourceSessionId}>{item.message}</List.Item>
                ))}
              </List>
            </div>
          )}
          <Text size="sm">{t('planCopy.staffNext')}</Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('actions.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('planCopy.intro')}</Text>
          <Select
            label={t('planCopy.source')}
            placeholder={t('planCopy.sourcePlaceholder')}
            data={sources}
            value={fromWeekId}
            onChange={(value) => {
              setFromWeekId(value);
              setProblem(null);
            }}
            searchable
            required
            nothingFoundMessage={t('planCopy.noSources')}
            disabled={loadingWeeks}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <div aria-live="polite">
            {fromWeekId && previewing && !current && <Loader size="sm" aria-label={t('state.loading')} />}
            {previewError && !current && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {serverErrors(previewError, t('errors.network'))[0]?.message}
              </Alert>
            )}
            {current && (
              <Stack gap="sm">
                <Text size="sm" fw={500}>
                  {current.copied === 0 && current.refused.length === 0
                    ? t('planCopy.nothing')
                    : t('planCopy.willCopy', { count: current.copied })}
                </Text>
                {dropped > 0 && <Text size="sm">{t('planCopy.dropped', { count: dropped })}</Text>}
                {current.skipped.length > 0 && (
                  <Alert
                    color="orange"
                    icon={<IconAlertTriangle aria-hidden />}
                    title={t('planCopy.skippedTitle', { count: current.skipped.length })}
                  >
                    <List size="sm">
                      {current.skipped.map((item) => (
                        <List.Item key={item.sourceSessionId}>{item.message}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
                {current.refused.length > 0 && (
                  <Alert
                    color="red"
                    icon={<IconAlertCircle aria-hidden />}
                    title={t('planCopy.refusedTitle', { count: current.refused.length })}
                  >
                    <Text size="sm" mb={4}>
                      {t('planCopy.refusedHint')}
                    </Text>
                    <List size="sm">
                      {current.refused.map((item) => (
                        <List.Item key={item.sourceSessionId}>{item.message}</List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
              </Stack>
            )}
            {problem && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" mt="sm">
                <Text size="sm">{problem.message}</Text>
                {problem.sessions.length > 0 && (
                  <List size="sm" mt={4}>
                    {problem.sessions.map((message) => (
                      <List.Item key={message}>{message}</List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            )}
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={() => void confirm()} disabled={!mayCopy} loading={copying}>
              {t('planCopy.confirm', { count: current?.copied ?? 0 })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
