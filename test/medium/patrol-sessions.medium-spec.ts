import { startOfLocalDay } from '@empact/domain';
import { ActionWeekService } from '../../apps/api/src/action-weeks/action-week.service';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import type { PatrolSessionObject } from '../../apps/api/src/patrol-sessions/dto/patrol-session.object';
import { AssignRosterInput } from '../../apps/api/src/patrol-sessions/dto/assign-roster.input';
import { RosterInput } from '../../apps/api/src/patrol-sessions/dto/roster.input';
import { SchedulePatrolSessionInput } from '../../apps/api/src/patrol-sessions/dto/schedule-patrol-session.input';
import { NO_DETAILS } from '../../apps/api/src/patrol-sessions/patrol-session.details';
import { PatrolSessionService } from '../../apps/api/src/patrol-sessions/patrol-session.service';
import { PoliceProfileService } from '../../apps/api/src/police-profiles/police-profile.service';
import { startServiceTest, ServiceTest } from '../support/service-test';

const HOUR = 3600_000;
const WITH_ROSTERS = { ...NO_DETAILS, rosters: true };

describe(PatrolSessionService.name, () => {
  let s: ServiceTest;
  let sessions: PatrolSessionService;
  let coordinator: AuthenticatedActor;
  let leaderNo: AuthenticatedActor;
  let leaderBe: AuthenticatedActor;
  let operatorNo: AuthenticatedActor;
  let week: { id: string; firstDay: string; timeZone: string };
  const ids: Record<string, string> = {};
  const profiles: Record<string, string> = {};

  beforeAll(async () => {
    s = await startServiceTest();
    sessions = s.get(PatrolSessionService);
    coordinator = await s.actor('coordinator.no@empact.test');
    leaderNo = await s.actor('leader.no@empact.test');
    leaderBe = await s.actor('leader.be@empact.test');
    operatorNo = await s.actor('operator1.no@empact.test');
    for (const cc of ['no', 'be']) {
      for (const who of ['leader', 'operator1', 'operator2'])
        ids[`${who}.${cc}`] = (await s.actor(`${who}.${cc}@empact.test`)).id;
      const [profile] = await s.as(coordinator, () =>
        s.get(PoliceProfileService).list(coordinator, { country: cc.toUpperCase(), platform: 'TWITCH' }),
      );
      profiles[cc] = profile.id;
    }
    [week] = await s.as(coordinator, () => s.get(ActionWeekService).list(coordinator));
  });
  afterAll(() => s.close());

  /** An evening of the demo week (day 0 is its Monday), when the demo has no sessions: from 17:00 for `hours`. */
  const evening = (day: number, hours = 2, fromHour = 17) => {
    const monday = startOfLocalDay(week.firstDay, week.timeZone).getTime();
    return {
      startsAt: new Date(monday + (day * 24 + fromHour) * HOUR),
      endsAt: new Date(monday + (day * 24 + fromHour + hours) * HOUR),
    };
  };
  const roster = (cc: string, overrides: Partial<RosterInput> = {}): RosterInput =>
    Object.assign(new RosterInput(), {
      country: cc.toUpperCase(),
      operatorOneId: ids[`operator1.${cc}`],
      operatorTwoId: ids[`operator2.${cc}`],
      teamLeaderId: ids[`leader.${cc}`],
      profileId: profiles[cc],
      ...overrides,
    });
  const plan = (countries: string[], when: { startsAt: Date; endsAt: Date }, rosters: RosterInput[] = []) =>
    Object.assign(new SchedulePatrolSessionInput(), {
      weekId: week.id,
      platform: 'TWITCH',
      venue: 'Evening stream chat',
      countries,
      rosters,
      ...when,
    });
  const schedule = (input: SchedulePatrolSessionInput) =>
    s.as(coordinator, () => sessions.scheduleSession(coordinator, input));
  const evenings = (day: number) =>
    s
      .as(coordinator, () => sessions.schedule(coordinator, week.id, {}, NO_DETAILS))
      .then((all) =>
        all.filter(
          (session) =>
            session.startsAt >= evening(day, 0, 16).startsAt &&
            session.startsAt < evening(day, 0, 24).startsAt,
        ),
      );
  const reread = (session: PatrolSessionObject) =>
    s.as(coordinator, () => sessions.get(coordinator, session.id, WITH_ROSTERS));

  it('schedules a session, and refuses one that double-books a team or its guide, naming the other session, writing nothing', async () => {
    const first = await schedule(
      Object.assign(plan(['NO'], evening(0), [roster('no')]), { guideId: coordinator.id }),
    );
    expect(first).toMatchObject({ status: 'SCHEDULED', countries: ['NO'], version: 1 });

    // Norway's team is on the first session from 17:00 to 19:00: another joint session at 18:00 would take it twice.
    const overlapping = schedule(plan(['NO', 'BE'], evening(0, 2, 18)));
    await expect(overlapping).rejects.toMatchObject({
      code: 'SCHEDULE_CONFLICT',
      extensions: {
        conflicts: [expect.objectContaining({ kind: 'COUNTRY', subjectId: 'NO', otherSessionId: first.id })],
      },
    });
    // Belgium alone is free then, but not the guide: a coordinator guides one session at a time.
    const guided = schedule(
      Object.assign(plan(['BE'], evening(0, 1, 18), [roster('be')]), { guideId: coordinator.id }),
    );
    await expect(guided).rejects.toMatchObject({
      code: 'SCHEDULE_CONFLICT',
      extensions: {
        conflicts: [
          expect.objectContaining({
            kind: 'GUIDE',
            subjectId: coordinator.id,
            subject: coordinator.displayName,
          }),
        ],
      },
    });
    expect((await evenings(0)).map((session) => session.id)).toEqual([first.id]);

    // Right after it, the team is free again.
    const after = await schedule(
      Object.assign(plan(['NO', 'BE'], evening(0, 1, 19)), { guideId: coordinator.id }),
    );
    expect((await evenings(0)).map((session) => session.id)).toEqual([first.id, after.id]);
  });

  it('keeps a roster to its own country: people, profile and the country itself, and another team leader out', async () => {
    const session = await schedule(plan(['NO', 'BE'], evening(1)));
    const assign = (actor: AuthenticatedActor, r: RosterInput) =>
      s.as(actor, () =>
        sessions.assignRoster(
          actor,
          Object.assign(new AssignRosterInput(), { ...r, sessionId: session.id, version: session.version }),
        ),
      );

    await expect(
      assign(leaderNo, roster('no', { operatorTwoId: ids['operator1.be'] })),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'roster.personOfAnotherCountry',
    });
    await expect(
      assign(leaderNo, roster('no', { operatorTwoId: ids['operator1.no'] })),
    ).rejects.toMatchObject({
      messageKey: 'roster.samePersonTwiceAt',
    });
    await expect(assign(leaderNo, roster('no', { profileId: profiles.be }))).rejects.toMatchObject({
      messageKey: 'roster.profileOfAnotherCountry',
    });
    await expect(
      assign(
        coordinator,
        roster('no', {
          country: 'FI',
          operatorOneId: null,
          operatorTwoId: null,
          teamLeaderId: null,
          profileId: null,
        }),
      ),
    ).rejects.toMatchObject({
      messageKey: 'roster.countryNotTakingPart',
    });
    // Belgium's team leader cannot touch Norway's roster: it answers as if there were none. An operator may not assign.
    await expect(assign(leaderBe, roster('no'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assign(operatorNo, roster('no'))).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const unchanged = await reread(session);
    expect(unchanged.version).toBe(session.version);
    expect(unchanged.rosters).toEqual([]);

    const assigned = await assign(leaderNo, roster('no'));
    expect(assigned.version).toBe(session.version + 1);
    expect(
      (await reread(session)).rosters?.map((r) => [
        r.country,
        r.operatorOne?.id,
        r.teamLeader?.id,
        r.profile?.id,
      ]),
    ).toEqual([['NO', ids['operator1.no'], ids['leader.no'], profiles.no]]);
    // A stale version is a conflict, not a second write.
    await expect(assign(leaderNo, roster('no'))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("is started and ended by its country's team leader, refused to another country's and to an operator", async () => {
    const session = await schedule(plan(['NO'], evening(2), [roster('no')]));
    const start = (actor: AuthenticatedActor, version = session.version, overrideReason?: string) =>
      s.as(actor, () => sessions.start(actor, session.id, version, overrideReason));

    await expect(start(leaderBe)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(start(operatorNo)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      s.as(leaderNo, () => sessions.end(leaderNo, session.id, session.version)),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'schedule.notLive',
    });
    expect(await reread(session)).toMatchObject({
      status: 'SCHEDULED',
      version: session.version,
      startedAt: null,
    });

    const live = await start(leaderNo);
    expect(live).toMatchObject({ status: 'LIVE', version: session.version + 1, startOverrideReason: null });
    expect(live.startedAt).toBeInstanceOf(Date);
    await expect(start(leaderNo, live.version)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'schedule.notScheduled',
    });

    await expect(
      s.as(leaderBe, () => sessions.end(leaderBe, session.id, live.version)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ended = await s.as(leaderNo, () => sessions.end(leaderNo, session.id, live.version));
    expect(ended).toMatchObject({ status: 'ENDED', version: live.version + 1 });
    expect(ended.endedAt).toBeInstanceOf(Date);
  });

  it('starts a session with empty positions only with a reason, given by a coordinator', async () => {
    const session = await schedule(plan(['NO', 'BE'], evening(3), [roster('no')]));

    await expect(
      s.as(leaderNo, () => sessions.start(leaderNo, session.id, session.version)),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'schedule.positionsMissing',
    });
    await expect(
      s.as(leaderNo, () => sessions.start(leaderNo, session.id, session.version, 'Belgium joins later')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'schedule.overrideNotAllowed',
    });
    expect(await reread(session)).toMatchObject({ status: 'SCHEDULED', version: session.version });

    const live = await s.as(coordinator, () =>
      sessions.start(coordinator, session.id, session.version, 'Belgium joins later'),
    );
    expect(live).toMatchObject({ status: 'LIVE', startOverrideReason: 'Belgium joins later' });
    // Once it has started, it no longer moves.
    await expect(
      s.as(coordinator, () => sessions.cancel(coordinator, session.id, live.version, 'Called off')),
    ).rejects.toMatchObject({
      messageKey: 'schedule.notScheduled',
    });
  });
});
