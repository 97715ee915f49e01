import { type FormEvent, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Fieldset,
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
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { type RosterPlan, type SessionPlan } from '@empact/domain';
import { useAccount } from '../../auth/use-session';
import { byLabel, countryName, daysBetween, formatDay, timeZoneName } from '../../lib/intl';
import { type MutationProblem, mutationProblems } from './mutation-errors';
import { planWarnings } from './plan-warnings';
import {
  AssignRosterMutation,
  PatrolSessionQuery,
  PlanningPeopleQuery,
  PlanningProfilesQuery,
  ReschedulePatrolSessionMutation,
  SchedulePatrolSessionMutation,
} from './schedule.documents';
import {
  type BoardPlatform,
  type BoardSession,
  type BoardWeek,
  namesInSchedule,
  rosterPlanOf,
} from './session-model';
import { formatTimeRange, viewerTimeZone, zonedInstant, zonedParts } from './zoned-time';

type RosterValues = Omit<RosterPlan, 'country'>;

interface Values {
  platform: string | null;
  venue: string;
  day: string;
  startTime: string;
  endTime: string;
  countries: string[];
  guideId: string | null;
  briefing: string;
  rosters: Record<string, RosterValues>;
}

const EMPTY_ROSTER: RosterValues = {
  operatorOneId: null,
  operatorTwoId: null,
  teamLeaderId: null,
  profileId: null,
};
const ROSTER_FIELDS = ['operatorOneId', 'operatorTwoId', 'teamLeaderId'] as const;
const ROSTER_POSITION = {
  operatorOneId: 'OPERATOR_ONE',
  operatorTwoId: 'OPERATOR_TWO',
  teamLeaderId: 'TEAM_LEADER',
} as const;
// Fields of the API's inputs that have their own place in the form.
const FORM_FIELDS = ['platform', 'venue', 'startsAt', 'endsAt', 'countries', 'guideId', 'briefing'] as const;
// An account created meanwhile shows up among the choices.
const PEOPLE_CONTEXT = { additionalTypenames: ['Account'] };

function initialValues(
  week: BoardWeek,
  session: BoardSession | undefined,
  defaultDay: string,
  guideId: string | null,
): Values {
  if (!session) {
    return {
      platform: null,
      venue: '',
      day: defaultDay,
      startTime: '09:00',
      endTime: '12:00',
      countries: [],
      guideId,
      briefing: '',
      rosters: {},
    };
  }
  const start = zonedParts(new Date(session.startsAt), week.timeZone);
  const end = zonedParts(new Date(session.endsAt), week.timeZone);
  return {
    platform: session.platform.code,
    venue: session.venue ?? '',
    day: start.day,
    startTime: start.time,
    endTime: end.time,
    countries: [...session.countries],
    guideId: session.guide?.id ?? null,
    briefing: session.briefing ?? '',
    rosters: Object.fromEntries(
      session.rosters.map((roster) => {
        const { country: _country, ...plan } = rosterPlanOf(roster);
        return [roster.country, plan];
      }),
    ),
  };
}

/** The times typed, as instants in the week's zone; null while one is incomplete. */
function interval(values: Values, timeZone: string): { startsAt: Date; endsAt: Date } | null {
  const startsAt = zonedInstant(values.day, values.startTime, timeZone);
  const endsAt = zonedInstant(values.day, values.endTime, timeZone);
  if (!startsAt || !endsAt) return null;
  return { startsAt, endsAt };
}

function sameRoster(a: RosterValues | undefined, b: RosterValues | undefined): boolean {
  const left = a ?? EMPTY_ROSTER;
  const right = b ?? EMPTY_ROSTER;
  return (
    left.operatorOneId === right.operatorOneId &&
    left.operatorTwoId === right.operatorTwoId &&
    left.teamLeaderId === right.teamLeaderId &&
    left.profileId === right.profileId
  );
}

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
  const account = useAccount();
  const client = useClient();
  const zone = week.timeZone;
  const viewerZone = viewerTimeZone();
  const [base, setBase] = useState<BoardSession | undefined>(session);
  const editing = base !== undefined;
  const ownGuideId =
    account.country === week.hostCountry && account.roles.includes('COORDINATOR') ? account.id : null;
  const [values, setValues] = useState<Values>(() => initialValues(week, session, defaultDay, ownGuideId));
  const [problems, setProblems] = useState<MutationProblem[]>([]);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [, schedulePatrolSession] = useMutation(SchedulePatrolSessionMutation);
  const [, reschedulePatrolSession] = useMutation(ReschedulePatrolSessionMutation);
  const [, assignRoster] = useMutation(AssignRosterMutation);

  const [{ data: peopleData }] = useQuery({
    query: PlanningPeopleQuery,
    variables: { filter: { includeDisabled: false } },
    context: PEOPLE_CONTEXT,
  });
  const [{ data: profileData }] = useQuery({
    query: PlanningProfilesQuery,
    variables: { filter: { platform: values.platform } },
    pause: !values.platform,
  });
  const people = useMemo(() => peopleData?.accounts ?? [], [peopleData]);
  const profiles = useMemo(
    () =>
      (profileData?.policeProfiles ?? []).filter(
        (profile) => profile.platform === values.platform && profile.status === 'ACTIVE',
      ),
    [profileData, values.platform],
  );

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setProblems([]);
  };
  const setRoster = (country: string, key: keyof RosterValues, value: string | null) => {
    setValues((current) => ({
      ...current,
      rosters: {
        ...current.rosters,
        [country]: { ...(current.rosters[country] ?? EMPTY_ROSTER), [key]: value },
      },
    }));
    setProblems([]);
  };
  const setPlatform = (platform: string | null) => {
    // A profile belongs to one platform: another platform needs other profiles.
    setValues((current) => ({
      ...current,
      platform,
      rosters: Object.fromEntries(
        Object.entries(current.rosters).map(([country, roster]) => [country, { ...roster, profileId: null }]),
      ),
    }));
    setProblems([]);
  };

  const times = interval(values, zone);
  const candidate: SessionPlan | null = times
    ? {
        id: base?.id,
        status: base?.status ?? 'SCHEDULED',
        ...times,
        countries: values.countries,
        guideId: values.guideId,
        rosters: values.countries.map((country) => ({
          country,
          ...(values.rosters[country] ?? EMPTY_ROSTER),
        })),
      }
    : null;

  const names = useMemo(() => {
    const map = namesInSchedule(schedule);
    for (const person of people) map.set(person.id, person.displayName);
    for (const profile of profiles) map.set(profile.id, profile.displayName);
    return map;
  }, [schedule, people, profiles]);

  const warnings = candidate ? planWarnings(candidate, { week, schedule, names, t, locale: lng }) : null;

  const dayOptions = daysBetween(week.firstDay, week.lastDay).map((day) => ({
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

  const fieldError = (field: string) =>
    problems.find((problem) => problem.code === 'BAD_USER_INPUT' && problem.field === field)?.message;
  const otherProblems = problems.filter(
    (problem) =>
      !(
        problem.code === 'BAD_USER_INPUT' &&
        problem.field &&
        (FORM_FIELDS as readonly string[]).includes(problem.field)
      ),
  );

  /** Someone else changed the session meanwhile: show theirs, so nothing is overwritten unseen. */
  const reload = async () => {
    if (!base) return;
    const result = await client
      .query(PatrolSessionQuery, { id: base.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const fresh = result.data?.patrolSession;
    if (fresh) {
      setBase(fresh);
      setValues(initialValues(week, fresh, defaultDay, ownGuideId));
    }
    setStale(true);
  };

  const fail = async (found: MutationProblem[]) => {
    if (found.some((problem) => problem.code === 'CONFLICT')) {
      setProblems([]);
      await reload();
      return;
    }
    setProblems(found);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!times || !values.platform) {
      setProblems([
        {
          code: 'BAD_USER_INPUT',
          field: !values.platform ? 'platform' : 'startsAt',
          message: t('board.form.required'),
          conflicts: [],
        },
      ]);
      return;
    }
    setStale(false);
    setSaving(true);
    try {
      const common = {
        platform: values.platform,
        venue: values.venue.trim(),
        startsAt: times.startsAt.toISOString(),
        endsAt: times.endsAt.toISOString(),
        countries: values.countries,
        guideId: values.guideId,
        briefing: values.briefing.trim(),
      };
      if (!base) {
        const result = await schedulePatrolSession({
          input: {
            ...common,
            weekId: week.id,
            rosters: values.countries
              .filter((country) => !sameRoster(values.rosters[country], EMPTY_ROSTER))
              .map((country) => ({ country, ...values.rosters[country] })),
          },
        });
        if (result.error || !result.data)
          return await fail(mutationProblems(result.error, t('errors.network')));
        notifications.show({ color: 'green', message: t('board.notify.scheduled') });
        onSaved(result.data.schedulePatrolSession);
        return;
      }
      const moved = await reschedulePatrolSession({
        input: { ...common, id: base.id, version: base.version },
      });
      if (moved.error || !moved.data) return await fail(mutationProblems(moved.error, t('errors.network')));
      let saved = moved.data.reschedulePatrolSession;
      setBase(saved);
      const before = Object.fromEntries(
        saved.rosters.map((roster) => [roster.country, rosterPlanOf(roster)]),
      );
      for (const country of values.countries) {
        const wanted = values.rosters[country] ?? EMPTY_ROSTER;
        if (sameRoster(wanted, before[country])) continue;
        const assigned = await assignRoster({
          input: { sessionId: saved.id, version: saved.version, country, ...wanted },
        });
        if (assigned.error || !assigned.data)
          return await fail(mutationProblems(assigned.error, t('errors.network')));
        saved = assigned.data.assignRoster;
        setBase(saved);
      }
      notifications.show({ color: 'green', message: t('board.notify.rescheduled') });
      onSaved(saved);
    } finally {
      setSaving(false);
    }
  };

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
                  maxLength={200}
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
                <TextInput
                  type="time"
                  label={t('board.field.startTime')}
                  required
                  value={values.startTime}
                  onChange={(event) => set('startTime', event.currentTarget.value)}
                  error={fieldError('startsAt')}
                />
                <TextInput
                  type="time"
                  label={t('board.field.endTime')}
                  required
                  value={values.endTime}
                  onChange={(event) => set('endTime', event.currentTarget.value)}
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
                value={values.briefing}
                onChange={(event) => set('briefing', event.currentTarget.value)}
                error={fieldError('briefing')}
              />
              {values.countries.map((country) => {
                const roster = values.rosters[country] ?? EMPTY_ROSTER;
                const team = people
                  .filter(
                    (person) =>
                      person.country === country &&
                      person.roles.some((role) => role === 'OPERATOR' || role === 'TEAM_LEADER'),
                  )
                  .map((person) => ({ value: person.id, label: person.displayName }))
                  .sort(byLabel(lng));
                const profileOptions = profiles
                  .filter((profile) => profile.country === country)
                  .map((profile) => ({ value: profile.id, label: profile.displayName }));
                return (
                  <Fieldset
                    key={country}
                    legend={t('board.form.rosterOf', { country: countryName(country, lng) })}
                    p="sm"
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      {ROSTER_FIELDS.map((key) => (
                        <Select
                          key={key}
                          label={t(`common:position.${ROSTER_POSITION[key]}`)}
                          data={team}
                          value={roster[key]}
                          onChange={(value) => setRoster(country, key, value)}
                          clearable
                          searchable
                          nothingFoundMessage={t('board.form.nothingFound')}
                        />
                      ))}
                      <Select
                        label={t('board.field.profile')}
                        description={values.platform ? undefined : t('board.form.profileNeedsPlatform')}
                        data={profileOptions}
                        value={roster.profileId}
                        onChange={(value) => setRoster(country, 'profileId', value)}
                        disabled={!values.platform}
                        clearable
                        nothingFoundMessage={t('board.form.nothingFound')}
                      />
                    </SimpleGrid>
                  </Fieldset>
                );
              })}
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
