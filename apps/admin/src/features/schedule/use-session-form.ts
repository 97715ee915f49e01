import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import {
  mayStaffWithProfile,
  type PersonField,
  POSITION_FIELDS,
  type Position,
  repeatedPositions,
  type RosterPlan,
  rosterFromTeam,
  type SessionPlan,
  typedZonedInstant,
  zonedParts,
} from '@empact/domain';
import { useAccount } from '../../auth/use-session';
import type {
  PlanningPeopleQuery as PlanningPeople,
  PlanningProfilesQuery as PlanningProfiles,
} from '../../gql/graphql';
import { type MutationProblem, mutationProblems } from './mutation-errors';
import { byLabel, formatList } from '../../lib/intl';
import { planWarnings } from './plan-warnings';
import {
  AssignRosterMutation,
  PatrolSessionQuery,
  PlanningPeopleQuery,
  PlanningProfilesQuery,
  ReschedulePatrolSessionMutation,
  SchedulePatrolSessionMutation,
} from './schedule.documents';
import { type BoardSession, type BoardWeek, namesInSchedule, rosterPlanOf } from './session-model';

export type RosterValues = Omit<RosterPlan, 'country'>;
export type PlanningPerson = PlanningPeople['accounts'][number];
export type PlanningProfile = PlanningProfiles['policeProfiles'][number];

export interface SessionFormValues {
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

export const EMPTY_ROSTER: RosterValues = {
  operatorOneId: null,
  operatorTwoId: null,
  teamLeaderId: null,
  profileId: null,
};
// Fields of the API's inputs that have their own place in the form.
const FORM_FIELDS = ['platform', 'venue', 'startsAt', 'endsAt', 'countries', 'guideId', 'briefing'] as const;
// An account created meanwhile shows up among the choices.
const PEOPLE_CONTEXT = { additionalTypenames: ['Account'] };

function initialValues(
  week: BoardWeek,
  session: BoardSession | undefined,
  defaultDay: string,
  guideId: string | null,
): SessionFormValues {
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
function interval(values: SessionFormValues, timeZone: string): { startsAt: Date; endsAt: Date } | null {
  const startsAt = typedZonedInstant(values.day, values.startTime, timeZone);
  const endsAt = typedZonedInstant(values.day, values.endTime, timeZone);
  if (!startsAt || !endsAt) return null;
  return { startsAt, endsAt };
}

/** A country's team as the staffing fields offer it: its operators and team leaders, by name. */
export function teamOf(
  people: readonly PlanningPerson[],
  country: string,
  locale: string,
): (PlanningPerson & { label: string })[] {
  return people
    .filter(
      (person) =>
        person.country === country &&
        person.roles.some((role) => role === 'OPERATOR' || role === 'TEAM_LEADER'),
    )
    .map((person) => ({ ...person, label: person.displayName }))
    .sort(byLabel(locale));
}

const hasSomeone = (roster: RosterValues | undefined) =>
  !!roster && (!!roster.operatorOneId || !!roster.operatorTwoId || !!roster.teamLeaderId);

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

export interface SessionFormOptions {
  week: BoardWeek;
  schedule: readonly BoardSession[];
  /** The session to change; none to plan a new one. */
  session?: BoardSession;
  defaultDay: string;
  onSaved: (session: BoardSession) => void;
}

/**
 * The state of the session form: the values typed, the choices of people and profiles, the warnings the domain
 * rules give while the coordinator types, and the submit that schedules or reschedules and assigns the rosters.
 */
export function useSessionForm({ week, schedule, session, defaultDay, onSaved }: SessionFormOptions) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const account = useAccount();
  const client = useClient();
  const zone = week.timeZone;
  const [base, setBase] = useState<BoardSession | undefined>(session);
  const ownGuideId =
    account.country === week.hostCountry && account.roles.includes('COORDINATOR') ? account.id : null;
  const [values, setValues] = useState<SessionFormValues>(() =>
    initialValues(week, session, defaultDay, ownGuideId),
  );
  const [problems, setProblems] = useState<MutationProblem[]>([]);
  // Positions the coordinator chose or emptied, per country: the team never fills them again.
  const [touched, setTouched] = useState<Record<string, PersonField[]>>({});
  // Countries whose roster was filled from their team, for the hint beside it.
  const [prefilled, setPrefilled] = useState<string[]>([]);
  // Countries whose roster has been looked at for filling: those of a session with people on its roster already are.
  const considered = useRef(
    new Set(session?.rosters.filter((r) => hasSomeone(rosterPlanOf(r))).map((r) => r.country) ?? []),
  );
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
  const people: readonly PlanningPerson[] = useMemo(() => peopleData?.accounts ?? [], [peopleData]);
  const profiles: readonly PlanningProfile[] = useMemo(
    () =>
      (profileData?.policeProfiles ?? []).filter(
        (profile) => profile.platform === values.platform && mayStaffWithProfile(profile.status),
      ),
    [profileData, values.platform],
  );

  // A country added to the session (or one without anybody on its roster) is staffed from its team at once: the team
  // leader in the leader's position, the operators in Operator One's and Two's. Never over a choice.
  useEffect(() => {
    if (!peopleData) return;
    const fresh = values.countries.filter((country) => !considered.current.has(country));
    if (fresh.length === 0) return;
    for (const country of fresh) considered.current.add(country);
    const changes: Record<string, RosterValues> = {};
    for (const country of fresh) {
      const before = values.rosters[country] ?? EMPTY_ROSTER;
      const after = rosterFromTeam(before, teamOf(people, country, lng), touched[country] ?? []);
      if (!sameRoster(before, after)) changes[country] = after;
    }
    const filled = Object.keys(changes);
    if (filled.length === 0) return;
    setValues((current) => ({ ...current, rosters: { ...current.rosters, ...changes } }));
    setPrefilled((current) => [...new Set([...current, ...filled])]);
    // Runs when the countries or the people change; the rest is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [peopleData, people, values.countries]);

  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setProblems([]);
  };
  const setRoster = (country: string, key: keyof RosterValues, value: string | null) => {
    if (key !== 'profileId')
      setTouched((current) => ({
        ...current,
        [country]: [...new Set([...(current[country] ?? []), key])],
      }));
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

  const fieldError = (field: string) =>
    problems.find((problem) => problem.code === 'BAD_USER_INPUT' && problem.field === field)?.message;
  const positionName = (position: Position) => t(`common:position.${position}`);
  /**
   * What is wrong at one field of a country's roster: the same person in two of its positions (seen while typing,
   * from the domain's rule), else the API's refusal of the roster when it named this field.
   */
  const rosterError = (country: string, field: keyof RosterValues): string | undefined => {
    const roster = values.rosters[country] ?? EMPTY_ROSTER;
    const repeated = repeatedPositions(roster);
    const position = (Object.keys(POSITION_FIELDS) as Position[]).find((p) => POSITION_FIELDS[p] === field);
    if (position && repeated.includes(position)) {
      const others = repeated.filter(
        (other) => other !== position && roster[POSITION_FIELDS[other]] === roster[field],
      );
      return t('board.form.samePerson', {
        positions: formatList(others.map(positionName), lng, { type: 'conjunction' }),
      });
    }
    return problems.find((problem) =>
      problem.rosterFields.some((ref) => ref.country === country && ref.field === field),
    )?.message;
  };
  const repeatedAnywhere = values.countries.some(
    (country) => repeatedPositions(values.rosters[country] ?? EMPTY_ROSTER).length > 0,
  );
  const otherProblems = problems.filter(
    (problem) =>
      !(
        problem.code === 'BAD_USER_INPUT' &&
        problem.field &&
        (FORM_FIELDS as readonly string[]).includes(problem.field)
      ) &&
      // Shown at the roster's fields instead, while they are on the form.
      !(
        problem.rosterFields.length > 0 &&
        problem.rosterFields.every((ref) => values.countries.includes(ref.country))
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
          rosterFields: [],
        },
      ]);
      return;
    }
    // The fields say who is named twice; the API would refuse it all the same.
    if (repeatedAnywhere) return;
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

  return {
    values,
    set,
    setRoster,
    setPlatform,
    people,
    profiles,
    times,
    warnings,
    fieldError,
    rosterError,
    prefilled,
    otherProblems,
    stale,
    saving,
    editing: base !== undefined,
    submit,
  };
}
