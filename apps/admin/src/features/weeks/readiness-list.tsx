import { Anchor, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { can } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { ReadinessCode } from '../../gql/graphql';
import { countryName, formatInstant } from '../../lib/intl';

export interface ReadinessEntry {
  code: ReadinessCode;
  country?: string | null;
  platform?: string | null;
  sessionId?: string | null;
  sessionStartsAt?: string | null;
  count: number;
}

/** Where a coordinator fixes an item: the accounts, the profiles, the board, the guidance of the week. */
function linkOf(entry: ReadinessEntry, weekId: string, mayManageAccounts: boolean): string | null {
  switch (entry.code) {
    case 'TEAM_INCOMPLETE':
      return mayManageAccounts ? `/accounts?country=${entry.country ?? ''}` : null;
    case 'PROFILE_MISSING':
      return `/profiles?country=${entry.country ?? ''}&platform=${entry.platform ?? ''}`;
    case 'NO_SESSIONS':
    case 'SESSION_UNSTAFFED':
      return `/weeks/${weekId}/board`;
    case 'GUIDANCE_NOT_PUBLISHED':
      return `/weeks/${weekId}/guidance`;
  }
}

/** One item of the checklist in words. */
export function useReadinessText(platformName: (code: string) => string) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (entry: ReadinessEntry) =>
    t(`weekSetup.readiness.item.${entry.code}`, {
      count: entry.count,
      country: entry.country ? countryName(entry.country, lng) : '',
      platform: entry.platform ? platformName(entry.platform) : '',
      starts: entry.sessionStartsAt ? formatInstant(entry.sessionStartsAt, lng) : '',
    });
}

/** The checklist of what is missing before go live, each item with a link to where it is fixed. */
export function ReadinessList({
  items,
  weekId,
  platformName,
  links = true,
}: {
  items: readonly ReadinessEntry[];
  weekId: string;
  platformName: (code: string) => string;
  links?: boolean;
}) {
  const { t } = useTranslation();
  const account = useAccount();
  const text = useReadinessText(platformName);
  const mayManageAccounts = can(toActor(account), 'account.manage');
  if (items.length === 0)
    return (
      <Text size="sm" c="green" fw={500}>
        <IconCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
        {t('weekSetup.readiness.ready')}
      </Text>
    );
  return (
    <List
      spacing="xs"
      size="sm"
      aria-label={t('weekSetup.readiness.listLabel')}
      icon={
        <ThemeIcon color="orange.8" size={20} radius="xl" aria-hidden>
          <IconAlertTriangle size={12} />
        </ThemeIcon>
      }
    >
      {items.map((entry, index) => {
        const href = links ? linkOf(entry, weekId, mayManageAccounts) : null;
        return (
          <List.Item
            key={`${entry.code}-${entry.country ?? ''}-${entry.platform ?? ''}-${entry.sessionId ?? ''}-${index}`}
          >
            {text(entry)}
            {href && (
              <>
                {' '}
                <Anchor component={Link} to={href} size="sm">
                  {t(`weekSetup.readiness.fix.${entry.code}`)}
                </Anchor>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
