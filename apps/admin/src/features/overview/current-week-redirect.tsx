import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { pickCurrentWeek, useActionWeeks } from './current-week';

/**
 * /board, /feed, /guidance, ...: the page of the week people mean by "the week" (a live one, else the next, else
 * the latest), so that navigation can link to a page without knowing the week.
 */
export function CurrentWeekRedirect({
  page,
}: {
  page: 'board' | 'feed' | 'referrals' | 'guidance' | 'debriefs' | 'report' | 'outcomes';
}) {
  const { t } = useTranslation();
  const [{ data }] = useActionWeeks();
  const week = data ? pickCurrentWeek(data.actionWeeks) : undefined;
  if (week) return <Navigate to={`/weeks/${week.id}/${page}`} replace />;
  if (!data)
    return (
      <Center h="50vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );
  return <Text c="dimmed">{t('overview.noWeeks')}</Text>;
}
