import {
  Alert,
  Button,
  Grid,
  Group,
  List,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BRIEFING_MAX, daysOf, VENUE_MAX } from '@empact/domain';
import { byLabel, countryName, formatDay, timeZoneName } from '../../lib/intl';
import { TimeField } from '../../lib/time-field';
import { RosterFields } from './roster-fields';
import { type BoardPlatform, type BoardSession, type BoardWeek } from './session-model';
import { EMPTY_ROSTER, useSessionForm } from './use-session-form';
import { formatTimeRange, viewerTimeZone } from './zoned-time';

interface SessionFormDialogProps {
  week: BoardWeek;
  platforms: readonly BoardPlatform[];
  schedule: readonly BoardSession[];
  /** The session to change; none to plan a new one. */
  session?: BoardSession;
  defaultDay: string;
  onClose: () => void;
  onSaved: (session: BoardSession) => void;
}

/** Plans a session or changes one, warning while the coordinator types about what the API would refuse. */
export function SessionFormDialog({
  week,
  platforms,
  schedule,
  session,
  defaultDay,
  onClose,
  onSaved,
}: SessionFormDialogProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const zone = week.timeZone;
  const viewerZone = viewerTimeZone();
  const {
    values,
    set,
    setRoster,
    setPlatform,
    people,
    times,
    profiles,
    warnings,
    fieldError,
    rosterError,
    prefilled,
    otherProblems,
    stale,
    saving,
    editing,
    submit,
  } = useSessionForm({ week, schedule, session, defaultDay, onSaved });

  const dayOptions = daysOf(week.firstDay, week.lastDay).map((day) => ({
    value: day,
    label: formatDay(day, lng),
  }));
  const platformOptions = platforms.map((platform) => ({ value: platform.code, label: platform.name }));
  const countryOptions = week.countries
    .map((entry) => ({ value: entry.country, label: countryName(entry.country, lng) }))
    .sort(byLabel(lng));
  const guideOptions = people
    .filter((person) => person.country === week.hostCountry && person.roles.includes('COORDINATOR'))
    .map((person) => ({ value: person.id, label: person.displayName }))
    .sort(byLabel(lng));

  const zoneLabel = `${timeZoneName(zone, lng, times?.startsAt)} (${zone})`;

  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1100px, 96vw)"
      title={editing ? t('board.form.editTitle') : t('board.form.createTitle')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('board.field.platform')}
                  data={platformOptions}
                  value={values.platform}
                  onChange={setPlatform}
                  searchable
                  required
                  nothingFoundMessage={t('board.form.nothingFound')}
                  error={fieldError('platform')}
                  data-autofocus
                />
                <TextInput
                  label={t('board.field.venue')}
                  description={t('board.form.venueHint')}
                  required
                  maxLength={VENUE_MAX}
                  value={values.venue}
                  onChange={(event) => set('venue', event.currentTarget.value)}
                  error={fieldError('venue')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label={t('board.field.day')}
                  data={dayOptions}
                  value={values.day}
                  onChange={(value) => value && set('day', value)}
                  allowDeselect={false}
                  required
                />
                <TimeField
                  label={t('board.field.startTime')}
                  required
                  value={values.startTime}
                  onChange={(value) => set('startTime', value)}
                  error={fieldError('startsAt')}
                />
                <TimeField
                  label={t('board.field.endTime')}
                  required
                  value={values.endTime}
                  onChange={(value) => set('endTime', value)}
                  error={fieldError('endsAt')}
                />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                <IconClock size={12} aria-hidden /> {t('board.form.timesIn', { zone: zoneLabel })}
                {times && viewerZone !== zone && (
                  <>
                    {' '}
                    {t('board.yourTime', {
                      time: formatTimeRange(times.startsAt, times.endsAt, viewerZone, lng),
                    })}
                  </>
                )}
              </Text>
              <MultiSelect
                label={t('board.field.countries')}
                data={countryOptions}
                value={values.countries}
                onChange={(countries) => set('countries', countries)}
                required
                searchable
                nothingFoundMessage={t('board.form.nothingFound')}
                error={fieldError('countries')}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('board.field.guide')}
                description={t('board.form.guideHint')}
                data={guideOptions}
                value={values.guideId}
                onChange={(value) => set('guideId', value)}
                clearable
                error={fieldError('guideId')}
              />
              <Textarea
                label={t('board.field.briefing')}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={BRIEFING_MAX}
                value={values.briefing}
                onChange={(event) => set('briefing', event.currentTarget.value)}
                error={fieldError('briefing')}
              />
              {values.countries.map((country) => (
                <RosterFields
                  key={country}
                  country={country}
                  roster={values.rosters[country] ?? EMPTY_ROSTER}
                  people={people}
                  profiles={profiles}
                  platform={values.platform}
                  errorAt={(field) => rosterError(country, field)}
                  prefilled={prefilled.includes(country)}
                  onChange={(key, value) => setRoster(country, key, value)}
                />
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            {/* Stays in sight below the dialog's sticky header while the form scrolls: the warnings answer what is being typed. */}
            <Stack
              gap="sm"
              component="section"
              aria-label={t('board.form.checks')}
              aria-live="polite"
              style={{ position: 'sticky', top: 64 }}
            >
              <Title order={3} size="h5">
                {t('board.form.checks')}
              </Title>
              {stale && (
                <Alert
                  color="orange"
                  icon={<IconAlertTriangle aria-hidden />}
                  title={t('board.stale.title')}
                  role="alert"
                >
                  {t('board.stale.formReloaded')}
                </Alert>
              )}
              {otherProblems.length > 0 && (
                <Alert
                  color="red"
                  icon={<IconAlertCircle aria-hidden />}
                  title={t('board.form.refused')}
                  role="alert"
                >
                  <Stack gap={4}>
                    {otherProblems.map((problem, index) => (
                      <div key={index}>
                        <Text size="sm">{problem.message}</Text>
                        {problem.conflicts.length > 1 && (
                          <List size="sm" mt={4}>
                            {problem.conflicts.slice(1).map((conflict, conflictIndex) => (
                              <List.Item key={conflictIndex}>
                                {t('board.form.serverConflict', {
                                  subject: conflict.subject,
                                  other: conflict.otherSession,
                                  time: formatTimeRange(
                                    new Date(conflict.overlapStartsAt),
                                    new Date(conflict.overlapEndsAt),
                                    zone,
                                    lng,
                                  ),
                                })}
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </div>
                    ))}
                  </Stack>
                </Alert>
              )}
              {warnings && warnings.time.length > 0 && (
                <Alert color="red" icon={<IconClock aria-hidden />} title={t('board.form.timeProblems')}>
                  <List size="sm">
                    {warnings.time.map((message) => (
                      <List.Item key={message}>{message}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {warnings && warnings.conflicts.length > 0 && (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('board.form.conflicts')}>
                  <List size="sm" spacing={4}>
                    {warnings.conflicts.map((message) => (
                      <List.Item key={message}>{message}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {warnings && warnings.missing.length > 0 && (
                <Alert
                  color="orange"
                  icon={<IconAlertTriangle aria-hidden />}
                  title={t('board.missingTitle')}
                >
                  <Text size="xs" mb={4}>
                    {t('board.form.missingHint')}
                  </Text>
                  <List size="sm">
                    {warnings.missing.map((message) => (
                      <List.Item key={message}>{message}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {warnings &&
                warnings.time.length === 0 &&
                warnings.conflicts.length === 0 &&
                values.countries.length > 0 && (
                  <Alert color="green" icon={<IconCircleCheck aria-hidden />}>
                    {t('board.form.noConflicts')}
                  </Alert>
                )}
              {values.countries.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('board.form.chooseCountries')}
                </Text>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {editing ? t('actions.save') : t('board.form.createSubmit')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
