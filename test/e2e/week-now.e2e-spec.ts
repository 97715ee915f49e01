import { randomUUID } from 'node:crypto';
import { liveSession } from '../support/live-session';
import { rosterOf } from '../support/reference-week';
import { codeOf, startTestApp, type TestApp } from '../support/test-app';

/*
 * The home page's "now" (issue #18): what each role should do now in a week, scoped to its reach. A live joint
 * session of Finland and the Netherlands; Belgium has an overdue session (scheduled, its start passed, not started),
 * an ended session without a debrief and an IMMEDIATE referral; the Netherlands has a session later today with a
 * position empty.
 */
const NOW = `query ($w: ID!) { weekNow(weekId: $w) {
  weekId at
  mySessions { id phase status }
  live { id phase }
  toStart { id phase mayStart countries }
  toEnd { id }
  unstaffed { id gaps { country positions profileMissing } }
  debriefsOwed { sessionId country state }
  debriefsToReview { debriefId }
  openReferrals { immediate priority routine }
  urgentReferrals { id urgency country status }
} }`;

interface Now {
  weekId: string;
  mySessions: { id: string; phase: string; status: string }[];
  live: { id: string; phase: string }[];
  toStart: { id: string; phase: string; mayStart: string; countries: string[] }[];
  toEnd: { id: string }[];
  unstaffed: { id: string; gaps: { country: string; positions: string[]; profileMissing: boolean }[] }[];
  debriefsOwed: { sessionId: string; country: string; state: string }[];
  debriefsToReview: { debriefId: string }[];
  openReferrals: { immediate: number; priority: number; routine: number };
  urgentReferrals: { id: string; urgency: string; country: string; status: string }[];
}

describe('weekNow: the home page’s “now”', () => {
  let t: TestApp;
  let coordinator: string;
  let weekId: string;
  let liveId: string;
  let overdueBe: string;
  let endedBe: string;
  let laterNl: string;
  let referralBe: string;
  const minutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  const ask = async (email: string, w = weekId) =>
    t.gql<{ weekNow: Now }>(NOW, { w }, { token: await t.login(email) });
  const must = async (email: string): Promise<Now> => {
    const res = await ask(email);
    expect(res.errors).toBeUndefined();
    return res.data!.weekNow;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    const live = await liveSession(t, ['FI', 'NL'], 'NOW-WEEK');
    weekId = live.weekId;
    liveId = live.sessionId;
    const schedule = async (countries: string[], from: number, to: number, missingOperatorTwo = false) => {
      const res = await t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
        {
          input: {
            weekId,
            platform: 'ROBLOX',
            venue: 'Community hub',
            startsAt: minutes(from),
            endsAt: minutes(to),
            countries,
            rosters: countries.map((c) => ({
              ...rosterOf(live.ids, c),
              ...(missingOperatorTwo ? { operatorTwoId: null } : {}),
            })),
          },
        },
        { token: coordinator },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.schedulePatrolSession;
    };
    overdueBe = (await schedule(['BE'], -30, 60)).id;
    laterNl = (await schedule(['NL'], 180, 240, true)).id;
    const ended = await schedule(['BE'], -300, -240);
    endedBe = ended.id;
    const started = await t.gql<{ startPatrolSession: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { version } }',
      { id: ended.id, v: ended.version },
      { token: coordinator },
    );
    const endedRes = await t.gql(
      'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
      { id: ended.id, v: started.data!.startPatrolSession.version },
      { token: coordinator },
    );
    expect(endedRes.errors).toBeUndefined();

    // An IMMEDIATE referral of Belgium, raised on an interaction of its ended session (its log is still open).
    const interactionId = randomUUID();
    const logged = await t.gql(
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id: interactionId,
          sessionId: endedBe,
          channel: 'DIRECT_MESSAGE',
          occurredAt: minutes(-270),
          durationMinutes: 10,
          youngPeople: 1,
          ageBand: 'AGE_13_15',
          topics: ['SELF_HARM_SUICIDE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'NEGATIVE',
          outcome: 'EMERGENCY_ESCALATION',
          notes: 'Jongere sprak over zelfbeschadiging; hulpdiensten ingeschakeld.',
          notesLanguage: 'nl',
        },
      },
      { token: await t.login('operator1.be@empact.test') },
    );
    expect(logged.errors).toBeUndefined();
    const raised = await t.gql<{ raiseReferral: { id: string } }>(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId,
          receivingUnit: 'EMERGENCY_SERVICES',
          urgency: 'IMMEDIATE',
          reasonCode: 'SELF_HARM_SUICIDE',
          details: 'Spoed: jongere in nood, hulpdiensten gebeld.',
        },
      },
      { token: await t.login('leader.be@empact.test') },
    );
    expect(raised.errors).toBeUndefined();
    referralBe = raised.data!.raiseReferral.id;
  });
  afterAll(() => t.close());

  it('gives an operator their own sessions, the live one first, and no referrals', async () => {
    const now = await must('operator1.nl@empact.test');
    expect(now.mySessions.map((s) => s.id)).toEqual([liveId, laterNl]);
    expect(now.mySessions.map((s) => s.phase)).toEqual(['LIVE', 'LATER']);
    expect(now.urgentReferrals).toEqual([]);
    expect(now.openReferrals).toEqual({ immediate: 0, priority: 0, routine: 0 });
    expect(now.debriefsOwed).toEqual([]);
  });

  it('gives Belgium’s team leader its overdue session to start, its debrief owed and its IMMEDIATE referral', async () => {
    const now = await must('leader.be@empact.test');
    expect(now.toStart).toEqual([{ id: overdueBe, phase: 'OVERDUE', mayStart: 'YES', countries: ['BE'] }]);
    expect(now.debriefsOwed).toEqual([{ sessionId: endedBe, country: 'BE', state: 'MISSING' }]);
    expect(now.urgentReferrals).toEqual([
      { id: referralBe, urgency: 'IMMEDIATE', country: 'BE', status: 'OPEN' },
    ]);
    expect(now.openReferrals.immediate).toBe(1);
    expect(now.live).toEqual([]);
  });

  it('never shows the Dutch team leader Belgium’s sessions, referrals or debriefs', async () => {
    const now = await must('leader.nl@empact.test');
    const seen = JSON.stringify(now);
    for (const id of [overdueBe, endedBe, referralBe]) expect(seen).not.toContain(id);
    expect(now.openReferrals).toEqual({ immediate: 0, priority: 0, routine: 0 });
    expect(now.live.map((s) => s.id)).toEqual([liveId]);
    // Its own session later today lacks Operator Two (and a police profile); only the Dutch gap is named.
    const gap = now.unstaffed.find((s) => s.id === laterNl);
    expect(gap?.gaps).toEqual([{ country: 'NL', positions: ['OPERATOR_TWO'], profileMissing: true }]);
    expect(now.unstaffed.flatMap((s) => s.gaps.map((g) => g.country)).every((c) => c === 'NL')).toBe(true);
  });

  it('gives a coordinator every live session, overdue start, staffing gap, urgent referral and owed debrief', async () => {
    const now = await must('coordinator.no@empact.test');
    expect(now.live.map((s) => s.id)).toEqual([liveId]);
    expect(now.toStart.map((s) => [s.id, s.phase])).toEqual([[overdueBe, 'OVERDUE']]);
    expect(now.unstaffed.map((s) => s.id)).toContain(laterNl);
    expect(now.urgentReferrals.map((r) => r.id)).toEqual([referralBe]);
    expect(now.debriefsOwed).toContainEqual({ sessionId: endedBe, country: 'BE', state: 'MISSING' });
    expect(now.toEnd).toEqual([]);
  });

  it('lists a submitted debrief for review until a coordinator comments on it', async () => {
    const leader = await t.login('leader.be@empact.test');
    const saved = await t.gql<{ saveDebrief: { id: string; version: number } }>(
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id version } }',
      {
        input: {
          sessionId: endedBe,
          language: 'nl',
          whatWorked: 'Veel vragen over ons werk.',
          wellbeingScore: 4,
          summaryEn: 'Many questions about police work.',
        },
      },
      { token: leader },
    );
    expect(saved.errors).toBeUndefined();
    const { id, version } = saved.data!.saveDebrief;
    await t.gql(
      'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
      { id, v: version },
      { token: leader },
    );
    expect((await must('coordinator.no@empact.test')).debriefsToReview).toEqual([{ debriefId: id }]);
    expect((await must('leader.be@empact.test')).debriefsOwed).toEqual([]);
    await t.gql(
      'mutation ($id: ID!) { commentDebrief(id: $id, body: "Thank you.") { id } }',
      { id },
      { token: coordinator },
    );
    expect((await must('coordinator.no@empact.test')).debriefsToReview).toEqual([]);
  });

  it('refuses liaisons and administrators, and answers NOT_FOUND for a week that does not exist', async () => {
    expect(codeOf(await ask('liaison@empact.test'))).toBe('FORBIDDEN');
    expect(codeOf(await ask('admin@empact.test'))).toBe('FORBIDDEN');
    expect(codeOf(await ask('leader.nl@empact.test', randomUUID()))).toBe('NOT_FOUND');
  });
});
