import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { can, type WeekStatusCode } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import { SetActionWeekTwoFactorMutation } from './two-factor.documents';

/**
 * The week setting that requires two-step sign-in of every team member of its countries: a switch for those who
 * manage weeks, a line for everyone else while it is on. Closed weeks require nothing.
 */
export function WeekTwoFactorSwitch({
  week,
}: {
  week: { id: string; status: WeekStatusCode; requireTwoFactor: boolean };
}) {
  const { t } = useTranslation();
  const account = useAccount();
  const [{ fetching }, setRequired] = useMutation(SetActionWeekTwoFactorMutation);
  if (week.status === 'CLOSED') return null;
  const manages = can(toActor(account), 'week.manage');
  if (!manages && !week.requireTwoFactor) return null;
  return (
    <Switch
      label={t('twoFactor.week.label')}
      description={t('twoFactor.week.hint')}
      checked={week.requireTwoFactor}
      disabled={!manages || fetching}
      onChange={(event) => {
        const required = event.currentTarget.checked;
        void setRequired({ id: week.id, required }).then((result) => {
          if (result.error)
            notifications.show({
              color: 'red',
              message: serverErrors(result.error, t('errors.network'))[0]?.message,
            });
        });
      }}
    />
  );
}
