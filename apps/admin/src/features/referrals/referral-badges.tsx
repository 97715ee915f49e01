import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus, Urgency } from '../../gql/graphql';

const URGENCY_COLOR: Record<Urgency, string> = { IMMEDIATE: 'red', PRIORITY: 'orange', ROUTINE: 'gray' };
const STATUS_COLOR: Record<ReferralStatus, string> = {
  OPEN: 'red',
  ACKNOWLEDGED: 'yellow',
  HANDED_OVER: 'blue',
  CLOSED: 'gray',
};

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge color={URGENCY_COLOR[urgency]} variant={urgency === 'IMMEDIATE' ? 'filled' : 'light'}>
      {t(`taxonomy:urgency.${urgency}`)}
    </Badge>
  );
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="outline">
      {t(`taxonomy:referralStatus.${status}`)}
    </Badge>
  );
}
