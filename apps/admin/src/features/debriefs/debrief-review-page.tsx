import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { DebriefFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { countryName, formatInstant, languageName } from '../../lib/intl';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { DebriefComments } from './debrief-comments';
import { DEBRIEF_STATUS_COLOR, DEBRIEF_TEXT_FIELDS } from './debrief-fields';
import { CommentDebriefMutation, DebriefsQuery, OwedDebriefsQuery } from './debriefs.documents';
import { DEBRIEF_COMMENT_MAX } from '@empact/domain';

const DEBRIEFS_CONTEXT = { additionalTypenames: ['Debrief'] };

type SessionLabel = (sessionId: string) => string;

const REVIEW_ORDER: Record<DebriefFieldsFragment['status'], number> = {
  SUBMITTED: 0,
  REVISION_REQUESTED: 1,
  DRAFT: 2,
};

/** What there is to read comes first: submitted debriefs, the newest first, then those sent back for a revision. */
function submittedFirst(debriefs: readonly DebriefFieldsFragment[]): DebriefFieldsFragment[] {
  return [...debriefs].sort(
    (a, b) =>
      REVIEW_ORDER[a.status] - REVIEW_ORDER[b.status] ||
      (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''),
  );
}

/**
 * Coordinators: every submitted debrief to read and answer, first, and below them the debriefs that ended sessions
 * still wait for.
 */
export default function DebriefReviewPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const [{ data: owedData, error: owedError }] = useQuery({
    query: OwedDebriefsQuery,
    variables: { weekId },
    context: DEBRIEFS_CONTEXT,
  });
  const [{ data, error }] = useQuery({
    query: DebriefsQuery,
    variables: { filter: { weekId } },
    context: DEBRIEFS_CONTEXT,
  });
  const sessions = new Map((owedData?.schedule ?? []).map((session) => [session.id, session]));
  const sessionLabel: SessionLabel = (id) => {
    const session = sessions.get(id);
    return session
      ? `${session.platform.name} · ${session.venue} · ${formatInstant(session.startsAt, lng)}`
      : id;
  };
  const problem = error ?? owedError;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('debrief.review.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('debrief.review.subtitle')}
        </Text>
      </div>
      {problem && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(problem, t('errors.network'))[0]?.message}
        </Alert>
      )}
      <Title order={3} size="h4">
        {t('debrief.review.submitted')}
      </Title>
      {!data && !error && <Loader size="sm" aria-label={t('state.loading')} />}
      {data && data.debriefs.length === 0 && <Text c="dimmed">{t('debrief.review.noneSubmitted')}</Text>}
      <Stack gap="sm" role="list" aria-label={t('debrief.review.submitted')}>
        {submittedFirst(data?.debriefs ?? []).map((debrief) => (
          <ReviewCard key={debrief.id} debrief={debrief} sessionLabel={sessionLabel} />
        ))}
      </Stack>
      <Paper withBorder p="md" radius="md" role="region" aria-labelledby="owed-debriefs-title">
        <Group gap="xs" mb="xs">
          <Title order={3} size="h4" id="owed-debriefs-title">
            {t('debrief.review.owed')}
          </Title>
          {owedData && owedData.owedDebriefs.length > 0 && (
            <Badge variant="light" color="orange" aria-hidden>
              {owedData.owedDebriefs.length}
            </Badge>
          )}
        </Group>
        {!owedData ? (
          <Loader size="sm" aria-label={t('state.loading')} />
        ) : owedData.owedDebriefs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('debrief.review.noneOwed')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('debrief.review.session')}</Table.Th>
                <Table.Th>{t('common:field.country')}</Table.Th>
                <Table.Th>{t('debrief.review.endedAt')}</Table.Th>
                <Table.Th>{t('debrief.review.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {owedData.owedDebriefs.map((owed) => (
                <Table.Tr key={`${owed.sessionId}:${owed.country}`}>
                  <Table.Td>{sessionLabel(owed.sessionId)}</Table.Td>
                  <Table.Td>{countryName(owed.country, lng)}</Table.Td>
                  <Table.Td>{formatInstant(owed.sessionEndsAt, lng)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={owed.state === 'MISSING' ? 'red' : 'orange'}>
                      {t(`debrief.owedState.${owed.state}`, { defaultValue: owed.state })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}

function ReviewCard({
  debrief,
  sessionLabel,
}: {
  debrief: DebriefFieldsFragment;
  sessionLabel: SessionLabel;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [result, comment] = useMutation(CommentDebriefMutation);
  const guard = useFreeTextGuard({ body });
  const inputId = `debrief-comment-${debrief.id}`;

  const send = async (requestRevision: boolean) => {
    if (!body.trim() || guard.blocked) return;
    const response = await comment({ id: debrief.id, body: body.trim(), requestRevision });
    if (guard.refused(response.error, { body })) return;
    if (response.error) {
      notifications.show({
        color: 'red',
        message: serverErrors(response.error, t('errors.network'))[0]?.message,
      });
      return;
    }
    setBody('');
    notifications.show({
      color: 'green',
      message: requestRevision ? t('debrief.notify.revisionRequested') : t('debrief.notify.commented'),
    });
  };

  return (
    <Paper withBorder p="md" radius="md" role="listitem">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>
              {countryName(debrief.country, lng)} · {sessionLabel(debrief.sessionId)}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                debrief.author,
                languageName(debrief.language, lng),
                debrief.submittedAt ? formatInstant(debrief.submittedAt, lng) : null,
                debrief.wellbeingScore
                  ? t('debrief.review.wellbeing', { score: debrief.wellbeingScore })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Badge color={DEBRIEF_STATUS_COLOR[debrief.status]} variant="light">
            {t(`debrief.status.${debrief.status}`)}
          </Badge>
        </Group>
        <Text size="sm" lang="en" style={{ whiteSpace: 'pre-wrap' }}>
          {debrief.summaryEn}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
        >
          {open ? t('debrief.review.hideFull') : t('debrief.review.showFull')}
        </Button>
        <Collapse expanded={open}>
          <Stack gap="xs">
            {DEBRIEF_TEXT_FIELDS.filter((field) => debrief[field].trim()).map((field) => (
              <div key={field}>
                <Text size="xs" fw={600}>
                  {t(`debrief.field.${field}`)}
                </Text>
                <Text size="sm" lang={debrief.language} style={{ whiteSpace: 'pre-wrap' }}>
                  {debrief[field]}
                </Text>
              </div>
            ))}
          </Stack>
        </Collapse>
        <DebriefComments comments={debrief.comments} />
        <Textarea
          id={inputId}
          maxLength={DEBRIEF_COMMENT_MAX}
          label={t('debrief.review.comment')}
          autosize
          minRows={2}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={guard.errorOf('body')}
        />
        {guard.panel('body', inputId)}
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            disabled={!body.trim() || guard.blocked || debrief.status !== 'SUBMITTED'}
            loading={result.fetching}
            onClick={() => void send(true)}
          >
            {t('debrief.review.requestRevision')}
          </Button>
          <Button
            disabled={!body.trim() || guard.blocked}
            loading={result.fetching}
            onClick={() => void send(false)}
          >
            {t('debrief.review.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
