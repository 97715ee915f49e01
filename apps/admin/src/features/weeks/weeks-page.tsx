import { useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { serverErrors, splitFieldErrors } from '../../graphql/errors';
import { loadWeekSetupWords } from '../../i18n/lazy-sections';
import { countryName, formatDayRange } from '../../lib/intl';
import { WeekStatusBadge } from '../overview/week-status-badge';
import { emptyWeek, WEEK_FORM_FIELDS, WeekForm, type WeekFormErrors, type WeekFormValues } from './week-form';
import { setupInputOf } from './week-values';
import { CreateWeekMutation, SetupWeeksQuery } from './weeks.documents';

await loadWeekSetupWords();

const QUERY_CONTEXT = { additionalTypenames: ['ActionWeek'] };

/** Coordinators' and administrators' list of the weeks, with a form for a new one. */
export default function WeeksPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: SetupWeeksQuery, context: QUERY_CONTEXT });
  const [creating, setCreating] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<WeekFormErrors>({});
  const [createResult, create] = useMutation(CreateWeekMutation);
  const weeks = data?.actionWeeks ?? [];

  const open = () => {
    setErrors({});
    setFormKey((key) => key + 1);
    setCreating(true);
  };

  const submit = async (values: WeekFormValues) => {
    const result = await create({ input: { code: values.code.trim(), ...setupInputOf(values) } });
    if (result.data) {
      notifications.show({ color: 'green', message: t('weekSetup.notify.created', { code: values.code }) });
      setCreating(false);
      void navigate(`/weeks/${result.data.createActionWeek.id}/setup`);
      return;
    }
    const { fieldErrors, otherErrors } = splitFieldErrors(
      result.error,
      WEEK_FORM_FIELDS,
      t('errors.network'),
    );
    setErrors(fieldErrors);
    for (const other of otherErrors)
      notifications.show({ color: 'red', title: t('weekSetup.notify.saveFailed'), message: other.message });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('weekSetup.list.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
          {t('weekSetup.list.create')}
        </Button>
      </Group>

      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {fetching && !data && <Loader size="sm" aria-label={t('state.loading')} />}

      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={t('weekSetup.list.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('weekSetup.field.code')}</Table.Th>
              <Table.Th>{t('weekSetup.field.title')}</Table.Th>
              <Table.Th>{t('weekSetup.field.hostCountry')}</Table.Th>
              <Table.Th>{t('weekSetup.list.days')}</Table.Th>
              <Table.Th>{t('weekSetup.list.countries')}</Table.Th>
              <Table.Th>{t('weekSetup.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data && weeks.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" ta="center" py="md">
                    {t('weekSetup.list.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {weeks.map((week) => (
              <Table.Tr key={week.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component={Link}
                    to={`/weeks/${week.id}/setup`}
                    aria-label={t('weekSetup.list.open', { code: week.code })}
                  >
                    {week.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>{week.title}</Table.Td>
                <Table.Td>{countryName(week.hostCountry, lng)}</Table.Td>
                <Table.Td>{formatDayRange(week.firstDay, week.lastDay, lng)}</Table.Td>
                <Table.Td>{week.countries.length}</Table.Td>
                <Table.Td>
                  <WeekStatusBadge status={week.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('weekSetup.form.createTitle')}
        size="xl"
      >
        <WeekForm
          key={formKey}
          initial={emptyWeek()}
          submitLabel={t('weekSetup.form.createSubmit')}
          saving={createResult.fetching}
          serverErrors={errors}
          onSubmit={(values) => void submit(values)}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </Stack>
  );
}
