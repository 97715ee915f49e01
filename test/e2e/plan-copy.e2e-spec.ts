import { addDays, localDate, zonedInstant } from '@empact/domain';
import { randomUUID } from 'node:crypto';
import { liveSession, type LiveSession } from '../support/live-session';
import { rosterOf } from '../support/reference-week';
import { codeOf, startTestApp, type TestApp } from '../support/test-app';

const OSLO = 'Europe/Oslo';
const COPY = `mutation ($from: ID!, $to: ID!) {
  copyWeekPlan(fromWeekId: $from, toWeekId: $to) {
    fromWeekId toWeekId copied
    copies { sourceSessionId countries droppedCountries startsAt endsAt }
    skipped { sourceSessionId reason message countries }
    refused { sourceSessionId }
  }
}`;
const PREVIEW = `query ($from: ID!, $to: ID!) {
  planCopyPreview(fromWeekId: $from, toWeekId: $to) {
    copied
    copies { sourceSessionId }
    skipped { sourceSessionId reason }
    refused { sourceSessionId reason message startsAt }
  }
}`;
const PLAN = `query ($weekId: ID!) {
  schedule(weekId: $weekId) {
    id status countries startsAt endsAt venue briefing platform { code } guide { id }
    rosters { country operatorOne { id } operatorTwo { id } teamLeader { id } profile { id } }
    missingPositions { country positions }
    interactionCount
  }
}`;

interface PlanSession {
  id: string;
  status: string;
  countries: string[];
  startsAt: string;
  endsAt: string;
  venue: string;
  briefing: string;
  platform: { code: string };
  guide: { id: string } | null;
  rosters: unknown[];
  missingPositions: { country: string; positions: string[] }[];
  interactionCount: number;
}

/** Day and wall-clock time of an instant in Oslo, as a person reads it on the board. */
const wallClock = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: OSLO,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

describe('copying an earlier week’s plan (issue #17)', () => {
  let t: TestApp;
  let coordinator: string;
  let live: LiveSession;
  const today = localDate(new Date(), OSLO);
  const source: { weekId: string; scheduled: string; icelandic: string; cancelled: string } = {
    weekId: '',
    scheduled: '',
    icelandic: '',
    cancelled: '',
  };

  const gql = <T>(query: string, variables: Record<string, unknown>, token = coordinator, language = 'en') =>
    t.gql<T>(query, variables, { token, language });
  const must = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await gql<T>(query, variables);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const plan = async (weekId: string) => (await must<{ schedule: PlanSession[] }>(PLAN, { weekId })).schedule;
  const sessionCount = async (weekId: string) =>
    Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM patrol_session WHERE week_id = $1', [weekId]))[0]
        .n,
    );
  /** A week in preparation of Norway, Finland and Belgium (no Netherlands, no Iceland), `offset` days after the source. */
  const targetWeek = async (offset: number, days = 7, countries = ['NO', 'FI', 'BE']) => {
    const languages: Record<string, string[]> = { NO: ['nb'], FI: ['fi', 'sv'], BE: ['nl', 'fr', 'de'] };
    const firstDay = addDays(today, -3 + offset);
    const data = await must<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      {
        input: {
          code: `COPY-${randomUUID().slice(0, 8).toUpperCase()}`,
          title: 'A later week',
          hostCountry: 'NO',
          firstDay,
          lastDay: addDays(firstDay, days - 1),
          timeZone: OSLO,
          countries: countries.map((country) => ({ country, languages: languages[country] })),
        },
      },
    );
    return data.createActionWeek.id;
  };
  const schedule = async (input: Record<string, unknown>) =>
    (
      await must<{ schedulePatrolSession: { id: string; version: number } }>(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
        { input: { weekId: source.weekId, platform: 'MINECRAFT', ...input } },
      )
    ).schedulePatrolSession;
  const at = (day: string, time: string) => zonedInstant(day, time, OSLO).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    // A live week (from three days ago to three days ahead) with a live joint session of Finland, Belgium and the
    // Netherlands, fully staffed, in which a Finnish operator logs a conversation.
    live = await liveSession(t);
    source.weekId = live.weekId;
    const finn = await t.login('operator1.fi@empact.test');
    const logged = await t.gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id: randomUUID(),
          sessionId: live.sessionId,
          channel: 'PUBLIC_CHAT',
          occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
          durationMinutes: 12,
          youngPeople: 3,
          ageBand: 'AGE_13_15',
          topics: ['ONLINE_SAFETY_ADVICE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'POSITIVE',
          outcome: 'ADVICE_GIVEN',
          notes: 'Kolme nuorta kysyi, miten pelitili suojataan.',
          notesLanguage: 'fi',
        },
      },
      { token: finn },
    );
    expect(logged.errors).toBeUndefined();
    const ids = live.ids;
    // Tomorrow: Norway and Finland, staffed and guided by the coordinator; Iceland alone; a cancelled one.
    source.scheduled = (
      await schedule({
        venue: 'Kripos world',
        briefing: 'Keep to the public spawn; introduce yourselves as police.',
        startsAt: at(addDays(today, 1), '10:00'),
        endsAt: at(addDays(today, 1), '12:30'),
        countries: ['NO', 'FI'],
        guideId: ids['coordinator.no@empact.test'],
        rosters: [rosterOf(ids, 'NO'), rosterOf(ids, 'FI')],
      })
    ).id;
    source.icelandic = (
      await schedule({
        venue: 'Reykjavík realm',
        startsAt: at(addDays(today, 2), '09:00'),
        endsAt: at(addDays(today, 2), '11:00'),
        countries: ['IS'],
        rosters: [rosterOf(ids, 'IS')],
      })
    ).id;
    const cancelled = await schedule({
      venue: 'Called off',
      startsAt: at(addDays(today, 1), '14:00'),
      endsAt: at(addDays(today, 1), '15:00'),
      countries: ['NO'],
    });
    source.cancelled = cancelled.id;
    await must(
      'mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "No longer needed") { id } }',
      { id: cancelled.id, v: cancelled.version },
    );
  });
  afterAll(() => t.close());

  it('previews the copy without writing anything', async () => {
    const target = await targetWeek(14);
    const res = await gql<{ planCopyPreview: { copied: number; skipped: { sourceSessionId: string }[] } }>(
      PREVIEW,
      { from: source.weekId, to: target },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.planCopyPreview).toMatchObject({
      copied: 2,
      skipped: [{ sourceSessionId: source.icelandic, reason: 'NO_COUNTRY_IN_WEEK' }],
      refused: [],
    });
    expect(await sessionCount(target)).toBe(0);
  });

  it('copies the plan (times, platforms, venues, countries) and not the rosters, guides or interactions', async () => {
    const target = await targetWeek(14);
    const res = await gql<{
      copyWeekPlan: {
        copied: number;
        copies: { sourceSessionId: string; countries: string[]; droppedCountries: string[] }[];
        skipped: { sourceSessionId: string; reason: string; message: string }[];
      };
    }>(COPY, { from: source.weekId, to: target });
    expect(res.errors).toBeUndefined();
    const result = res.data!.copyWeekPlan;
    expect(result.copied).toBe(2);
    expect(result.copies.map((c) => [c.sourceSessionId, c.countries, c.droppedCountries])).toEqual([
      [live.sessionId, ['BE', 'FI'], ['NL']],
      [source.scheduled, ['FI', 'NO'], []],
    ]);
    // Iceland takes no part in the later week: its session is left out, and the answer says why.
    expect(result.skipped).toEqual([
      {
        sourceSessionId: source.icelandic,
        reason: 'NO_COUNTRY_IN_WEEK',
        countries: ['IS'],
        // In the coordinator's own language (Norwegian).
        message:
          '«Minecraft · Reykjavík realm» er utelatt: Ingen av landene i økta (Island) deltar i denne uka.',
      },
    ]);

    const before = await plan(source.weekId);
    const after = await plan(target);
    expect(after).toHaveLength(2);
    const pairs = [
      [before.find((s) => s.id === live.sessionId)!, after[0]],
      [before.find((s) => s.id === source.scheduled)!, after[1]],
    ] as const;
    for (const [original, copy] of pairs) {
      // Fourteen days later at the same local times, on the same platform and venue, with the same briefing.
      const shifted = (iso: string) => {
        const [day, time] = wallClock(iso).split(', ');
        return `${addDays(day, 14)}, ${time}`;
      };
      expect(wallClock(copy.startsAt)).toBe(shifted(original.startsAt));
      expect(wallClock(copy.endsAt)).toBe(shifted(original.endsAt));
      expect(copy).toMatchObject({
        status: 'SCHEDULED',
        venue: original.venue,
        briefing: original.briefing,
        platform: original.platform,
        guide: null,
        rosters: [],
        interactionCount: 0,
      });
      expect(copy.missingPositions.map((m) => m.positions)).toEqual(
        copy.countries.map(() => ['OPERATOR_ONE', 'OPERATOR_TWO', 'TEAM_LEADER']),
      );
    }
    // The source was staffed, guided and logged into: none of it came along.
    expect(before.find((s) => s.id === live.sessionId)!.interactionCount).toBe(1);
    expect(before.find((s) => s.id === source.scheduled)!.guide).not.toBeNull();
    const ids = after.map((s) => s.id);
    const counts = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM roster WHERE session_id = ANY($1::uuid[]))::int AS rosters,
              (SELECT count(*) FROM interaction WHERE session_id = ANY($1::uuid[]))::int AS interactions,
              (SELECT count(*) FROM referral r JOIN interaction i ON i.id = r.interaction_id
                WHERE i.session_id = ANY($1::uuid[]))::int AS referrals,
              (SELECT count(*) FROM debrief WHERE session_id = ANY($1::uuid[]))::int AS debriefs`,
      [ids],
    );
    expect(counts).toEqual([{ rosters: 0, interactions: 0, referrals: 0, debriefs: 0 }]);
    // The source keeps its plan as it was.
    expect(before.find((s) => s.id === source.cancelled)!.status).toBe('CANCELLED');
    expect(await sessionCount(source.weekId)).toBe(4);

    const [audit] = await t.dataSource.query(
      `SELECT action, target_id AS "targetId", outcome, details FROM audit_entry
        WHERE action = 'copyWeekPlan' AND target_id = $1`,
      [target],
    );
    expect(audit).toMatchObject({
      outcome: 'SUCCESS',
      details: { fromWeekId: source.weekId, copied: 2, skipped: [source.icelandic] },
    });
  });

  it('refuses the whole copy when sessions would clash with the week’s plan, listing them, and writes nothing', async () => {
    const target = await targetWeek(14);
    expect((await gql(COPY, { from: source.weekId, to: target })).errors).toBeUndefined();
    // The same plan again: every copy would put its countries in two sessions at once.
    const again = await gql(COPY, { from: source.weekId, to: target }, coordinator, 'nb');
    expect(codeOf(again)).toBe('PLAN_COPY_REFUSED');
    const error = again.errors![0];
    expect(error.message).toMatch(/ingenting ble kopiert/);
    const sessions = error.extensions.sessions as {
      sourceSessionId: string;
      reason: string;
      message: string;
    }[];
    expect(sessions.map((s) => [s.sourceSessionId, s.reason])).toEqual([
      [live.sessionId, 'CONFLICT'],
      [source.scheduled, 'CONFLICT'],
    ]);
    expect(sessions[1].message).toMatch(/^«Minecraft · Kripos world»: Laget fra /);
    expect(await sessionCount(target)).toBe(2);
  });

  it('refuses the whole copy when sessions would fall outside the week’s days, and writes nothing', async () => {
    // Three days from the source's first day on: the sessions of today and tomorrow would fall after its last day.
    const target = await targetWeek(14, 3);
    const preview = await gql<{ planCopyPreview: { copied: number; refused: { reason: string }[] } }>(
      PREVIEW,
      {
        from: source.weekId,
        to: target,
      },
    );
    expect(preview.data!.planCopyPreview.refused.map((r) => r.reason)).toEqual([
      'OUTSIDE_WEEK',
      'OUTSIDE_WEEK',
    ]);
    const res = await gql(COPY, { from: source.weekId, to: target });
    expect(codeOf(res)).toBe('PLAN_COPY_REFUSED');
    expect(res.errors![0].extensions.sessions).toHaveLength(2);
    expect(await sessionCount(target)).toBe(0);
    // The refusal's audit entry is written beside the answer, not before it: wait for it a little.
    let refusal: { outcome: string } | undefined;
    for (let i = 0; i < 20 && !refusal; i += 1) {
      [refusal] = await t.dataSource.query(
        `SELECT outcome FROM audit_entry WHERE action = 'copyWeekPlan' AND outcome <> 'SUCCESS'`,
      );
      if (!refusal) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(refusal).toEqual({ outcome: 'PLAN_COPY_REFUSED' });
  });

  it('copies only into a week in preparation: a live or closed week is refused', async () => {
    const liveTarget = await targetWeek(14);
    await must('mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }', {
      id: liveTarget,
    });
    const intoLive = await gql(COPY, { from: source.weekId, to: liveTarget });
    expect(codeOf(intoLive)).toBe('WEEK_NOT_IN_PLANNING');
    expect(intoLive.errors![0].extensions.field).toBe('toWeekId');
    expect(intoLive.errors![0].message).toBe(
      'En plan kan bare kopieres inn i en uke som er under planlegging. Status for denne uka: Pågår.',
    );
    await must('mutation ($id: ID!) { setActionWeekStatus(id: $id, status: CLOSED) { id } }', {
      id: liveTarget,
    });
    expect(codeOf(await gql(COPY, { from: source.weekId, to: liveTarget }))).toBe('WEEK_NOT_IN_PLANNING');
    // Nor into the week itself.
    const fresh = await targetWeek(14);
    expect(codeOf(await gql(COPY, { from: fresh, to: fresh }))).toBe('BAD_USER_INPUT');
    expect(await sessionCount(liveTarget)).toBe(0);
  });

  it('is for coordinators: a team leader and a liaison are refused, and a week that is not there is NOT_FOUND', async () => {
    const target = await targetWeek(14);
    const leader = await t.login('leader.fi@empact.test');
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await gql(COPY, { from: source.weekId, to: target }, leader))).toBe('FORBIDDEN');
    expect(codeOf(await gql(PREVIEW, { from: source.weekId, to: target }, leader))).toBe('FORBIDDEN');
    expect(codeOf(await gql(COPY, { from: source.weekId, to: target }, liaison))).toBe('FORBIDDEN');
    // A week Finland takes no part in answers the Finnish team leader as one that does not exist: the same refusal.
    const belgian = await targetWeek(14, 7, ['NO', 'BE']);
    const other = await gql(COPY, { from: source.weekId, to: belgian }, leader);
    const missing = await gql(COPY, { from: source.weekId, to: randomUUID() }, leader);
    expect([codeOf(other), other.errors![0].message]).toEqual([codeOf(missing), missing.errors![0].message]);
    // For a coordinator, who reaches every week, an id that names none is NOT_FOUND, as source or as target.
    expect(codeOf(await gql(COPY, { from: randomUUID(), to: target }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(COPY, { from: source.weekId, to: randomUUID() }))).toBe('NOT_FOUND');
    expect(await sessionCount(target)).toBe(0);
    expect(await sessionCount(belgian)).toBe(0);
  });
});
