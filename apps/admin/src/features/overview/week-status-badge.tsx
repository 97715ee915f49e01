import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WeekStatus } from '../../gql/graphql';

const COLOR: Record<WeekStatus, string> = { PLANNING: 'blue', LIVE: 'green', CLOSED: 'gray' };

export function WeekStatusBadge({ status }: { status: WeekStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[status]}
      variant={status === 'LIVE' ? 'filled' : 'light'}
      size="sm"
      style={{ flexShrink: 0 }}
    >
      {t(`week.status.${status}`)}
    </Badge>
  );
}
