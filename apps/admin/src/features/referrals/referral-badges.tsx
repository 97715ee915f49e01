import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus, Urgency } from '../../gql/graphql';

const URGENCY_COLOR: Record<Urgency, string> = { IMMEDIATE: 'red', PRIORITY: 'orange', ROUTINE: 'gray' };
const STATUS_COLOR: Record<ReferralStatus, string> = {
  OPEN: 'red',
  ACKNOWLEDGED: 'yellow',
  HANDED_OVER: 'blue',
  CLOSED: 'gray',
};

/**
 * An urgency in words as well as colour (never colour alone): IMMEDIATE also carries a warning sign. `labelled`
 * prefixes the word "Urgency" where the badge stands outside a column that names it (the live feed).
 */
export function UrgencyBadge({ urgency, labelled = false }: { urgency: Urgency; labelled?: boolean }) {
  const { t } = useTranslation();
  const word = t(`taxonomy:urgency.${urgency}`);
  return (
    <Badge
      color={URGENCY_COLOR[urgency]}
      variant={urgency === 'IMMEDIATE' ? 'filled' : 'light'}
      leftSection={urgency === 'IMMEDIATE' ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
      data-urgency={urgency}
    >
      {labelled ? t('referral.urgencyLabel', { urgency: word }) : word}
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
