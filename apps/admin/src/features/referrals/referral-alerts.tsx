import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useClient, useSubscription } from 'urql';
import type { ReferralRaisedSubscription as ReferralAlert } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { countryName, formatInstant } from '../../lib/intl';
import { ReferralsQuery, ReferralRaisedSubscription, SetReferralStatusMutation } from './referrals.documents';

type Alerted = ReferralAlert['referralRaised'];

const STORAGE_KEY = 'empact.referralAlerts';

/** Alerts not yet acknowledged survive a reload of the tab (not of the browser: they are about this shift). */
function stored(): Alerted[] {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as Alerted[]) : [];
  } catch {
    return [];
  }
}

function remember(alerts: readonly Alerted[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(alerts));
  } catch {
    // Storage unavailable: the alerts then last as long as the page.
  }
}

/**
 * A referral links to the interaction it came from as `/sessions/<id>#interaction-<id>`. The session's log loads
 * after the page, so the browser's own jump to the anchor finds nothing: wait for the card (up to ten seconds) and
 * bring it into view.
 */
function useScrollToInteraction() {
  const { hash, pathname } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#interaction-')) return;
    const id = decodeURIComponent(hash.slice(1));
    const reveal = () => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView({ block: 'center' });
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [hash, pathname]);
}

/**
 * IMMEDIATE referrals, as they are raised, for coordinators and the country's team leader: a banner on every page
 * that stays until someone acknowledges the referral (which moves it to ACKNOWLEDGED) or opens the queue.
 */
export function ReferralAlerts() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const client = useClient();
  const [alerts, setAlerts] = useState<Alerted[]>(stored);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data }] = useSubscription({ query: ReferralRaisedSubscription });
  // Mounted on every page for those who read referrals, which are who follow a referral's link to its interaction.
  useScrollToInteraction();

  useEffect(() => {
    const alert = data?.referralRaised;
    if (!alert) return;
    setAlerts((current) => (current.some((item) => item.id === alert.id) ? current : [alert, ...current]));
  }, [data]);

  useEffect(() => remember(alerts), [alerts]);

  const dismiss = (id: string) => setAlerts((current) => current.filter((item) => item.id !== id));

  const acknowledge = async (alert: Alerted) => {
    setBusy(alert.id);
    setProblem(null);
    try {
      // The alert carries no version: read it from the list (no details, so no audited read).
      const list = await client
        .query(
          ReferralsQuery,
          { filter: { weekId: alert.weekId, status: 'OPEN' } },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (list.error) {
        setProblem(serverErrors(list.error, t('errors.network'))[0]?.message ?? null);
        return;
      }
      const open = list.data?.referrals.find((referral) => referral.id === alert.id);
      // Someone else acknowledged it already: nothing left to do here.
      if (!open) return dismiss(alert.id);
      const result = await client
        .mutation(SetReferralStatusMutation, {
          id: open.id,
          version: open.version,
          status: 'ACKNOWLEDGED',
          note: null,
        })
        .toPromise();
      if (result.error) setProblem(serverErrors(result.error, t('errors.network'))[0]?.message ?? null);
      else dismiss(alert.id);
    } finally {
      setBusy(null);
    }
  };

  if (alerts.length === 0) return null;
  return (
    <Stack gap="xs" mb="md" aria-live="assertive">
      {alerts.map((alert) => (
        <Alert
          key={alert.id}
          color="red"
          variant="filled"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('alerts.title', { country: countryName(alert.country, lng) })}
          role="alert"
        >
          <Text size="sm">
            {t('alerts.body', {
              reason: t(`taxonomy:topic.${alert.reasonCode}`),
              unit: t(`taxonomy:receivingUnit.${alert.receivingUnit}`),
              time: formatInstant(alert.createdAt, lng),
            })}
          </Text>
          {problem && busy === null && (
            <Text size="sm" fw={600} mt={4}>
              {problem}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <Button
              size="compact-sm"
              color="white"
              variant="white"
              c="red"
              loading={busy === alert.id}
              onClick={() => void acknowledge(alert)}
            >
              {t('alerts.acknowledge')}
            </Button>
            <Button
              size="compact-sm"
              variant="outline"
              color="white"
              component={Link}
              to={`/weeks/${alert.weekId}/referrals`}
              onClick={() => dismiss(alert.id)}
            >
              {t('alerts.openQueue')}
            </Button>
            <Button
              size="compact-sm"
              variant="outline"
              color="white"
              component={Link}
              to={`/sessions/${alert.sessionId}`}
            >
              {t('alerts.openSession')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
