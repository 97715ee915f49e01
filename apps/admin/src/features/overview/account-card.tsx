import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALE_ENDONYMS } from '@empact/domain';
import { useAccount } from '../../auth/use-session';
import { countryName, formatInstant } from '../../lib/intl';

export function AccountCard() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const lng = i18n.language;

  const rows: [string, React.ReactNode][] = [
    [t('common:field.email'), account.email],
    [
      t('common:field.roles'),
      <Group gap={4} key="roles">
        {account.roles.map((role) => (
          <Badge key={role} size="sm" variant="light">
            {t(`common:role.${role}`)}
          </Badge>
        ))}
      </Group>,
    ],
    [t('common:field.country'), account.country ? countryName(account.country, lng) : t('common:none')],
    [
      t('common:field.language'),
      isLocale(account.language) ? LOCALE_ENDONYMS[account.language] : account.language,
    ],
    [
      t('account.lastLogin'),
      account.lastLoginAt ? formatInstant(account.lastLoginAt, lng) : t('account.never'),
    ],
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-account-title">
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('account.myAccount')}
          </Text>
          <Title order={3} size="h4" id="my-account-title">
            {account.displayName}
          </Title>
        </div>
        <Stack gap={8} component="dl" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </Stack>
        <Anchor component={Link} to="/security" size="sm">
          {t('twoFactor.settings.manage')}
        </Anchor>
      </Stack>
    </Card>
  );
}
