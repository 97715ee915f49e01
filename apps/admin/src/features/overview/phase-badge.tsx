import { Badge } from '@mantine/core';
import { IconAlarm, IconPlayerPlayFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionPhase } from '@empact/domain';

const PHASE_COLOR: Record<SessionPhase, string> = {
  LIVE: 'green',
  OVERDUE: 'red',
  NEXT: 'blue',
  LATER: 'gray',
  ENDED: 'gray',
  CANCELLED: 'gray',
};

/** Where a session stands now, in words as well as colour: an overdue start carries an alarm sign. */
export function PhaseBadge({ phase, size = 'sm' }: { phase: SessionPhase; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const strong = phase === 'LIVE' || phase === 'OVERDUE';
  return (
    <Badge
      size={size}
      color={PHASE_COLOR[phase]}
      variant={strong ? 'filled' : 'light'}
      data-phase={phase}
      leftSection={
        phase === 'OVERDUE' ? (
          <IconAlarm size={12} aria-hidden />
        ) : phase === 'LIVE' ? (
          <IconPlayerPlayFilled size={10} aria-hidden />
        ) : undefined
      }
    >
      {t(`now.phase.${phase}`)}
    </Badge>
  );
}
