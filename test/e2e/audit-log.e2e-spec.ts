import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { liveSession, type LiveSession } from '../support/live-session';
import { codeOf, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

/*
 * The audit log viewer (issue #17): administrators and the data-protection officer read the audit log, filtered by
 * week, person, action, record, time and outcome, newest first, a page at a time, and export it as CSV; everyone else
 * is refused. Reading it is itself audited.
 */

const DPO_EMAIL = 'privacy.officer@empact.test';
const PAGE = `query ($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    edges { cursor node { id at action targetType targetId outcome weekId weekCode details
      actor { id displayName email roles country } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  id: string;
  at: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  weekId: string | null;
  weekCode: string | null;
  details: string | null;
  actor: { id: string; displayName: string; email: string; roles: string[]; country: string | null } | null;
}
interface Page {
  auditLog: {
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
type Filter = Record<string, unknown>;

describe('audit log viewer', () => {
  let t: TestApp;
  let live: LiveSession;
  let admin: string;
  let dpo: string;
  let coordinator: string;
  let leader: string;
  let referralId: string;
  let otherReferralId: string;
  let startedAt: string;

  const page = (token: string, f: Filter = {}, first?: number, after?: string) =>
    t.gql<Page>(PAGE, { f, first, after }, { token });
  const entries = async (token: string, f: Filter, first = 200): Promise<Entry[]> => {
    const res = await page(token, f, first);
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    const created = await t.gql(
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id roles country } }',
      {
        input: {
          email: DPO_EMAIL,
          displayName: 'Dana Protection',
          roles: ['DATA_PROTECTION_OFFICER'],
          language: 'en',
          password: DEMO_PASSWORD,
        },
      },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    dpo = await t.login(DPO_EMAIL);
    // Everything so far (the demo, the officer's account and sign-in) lies before this instant; the week after it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    startedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    coordinator = await t.login('coordinator.no@empact.test');
    leader = await t.login('leader.fi@empact.test');
    live = await liveSession(t, ['FI', 'BE'], 'AUDIT-WEEK');

    const finn = await t.login('operator1.fi@empact.test');
    const raise = async () => {
      const interactionId = randomUUID();
      const logged = await t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        {
          input: {
            id: interactionId,
            sessionId: live.sessionId,
            channel: 'DIRECT_MESSAGE',
            occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
            durationMinutes: 10,
            youngPeople: 1,
            ageBand: 'AGE_13_15',
            topics: ['BULLYING'],
            initiatedBy: 'YOUNG_PERSON',
            tone: 'NEGATIVE',
            outcome: 'REFERRED',
            notes: 'Nuori kertoi kiusaamisesta pelipalvelimella.',
            notesLanguage: 'fi',
          },
        },
        { token: finn },
      );
      expect(logged.errors).toBeUndefined();
      const raised = await t.gql<{ raiseReferral: { id: string } }>(
        'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
        {
          input: {
            interactionId,
            receivingUnit: 'CHILD_PROTECTION_SERVICES',
            urgency: 'PRIORITY',
            reasonCode: 'BULLYING',
            details: 'School game server, channel #yleinen.',
          },
        },
        { token: leader },
      );
      expect(raised.errors).toBeUndefined();
      return raised.data!.raiseReferral.id;
    };
    referralId = await raise();
    otherReferralId = await raise();
    const read = (token: string, id: string) =>
      t.gql('query ($id: ID!) { referral(id: $id) { id details } }', { id }, { token });
    for (const [token, id] of [
      [coordinator, referralId],
      [leader, referralId],
      [coordinator, otherReferralId],
    ] as const)
      expect((await read(token, id)).errors).toBeUndefined();
    // A liaison asks for the exact figures and is refused (audited); a coordinator asks and gets them (audited).
    const liaison = await t.login('liaison@empact.test');
    const exact = 'query ($w: ID!) { outcomes(weekId: $w, unsuppressed: true) { suppressed } }';
    expect(codeOf(await t.gql(exact, { w: live.weekId }, { token: liaison }))).toBe('FORBIDDEN');
    expect((await t.gql(exact, { w: live.weekId }, { token: coordinator })).errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lets an administrator make a data-protection officer without a country, who must sign in in two steps', async () => {
    const me = await t.gql<{
      me: { roles: string[]; country: string | null };
      myTwoFactor: { required: boolean; enabled: boolean };
    }>('{ me { roles country } myTwoFactor { required enabled } }', {}, { token: dpo });
    expect(me.data).toEqual({
      me: { roles: ['DATA_PROTECTION_OFFICER'], country: null },
      myTwoFactor: { required: true, enabled: true },
    });
  });

  it('answers the data-protection officer and administrators, and refuses every other role', async () => {
    expect((await page(dpo)).errors).toBeUndefined();
    expect((await page(admin)).errors).toBeUndefined();
    for (const email of [
      'coordinator.no@empact.test',
      'leader.fi@empact.test',
      'operator1.fi@empact.test',
      'liaison@empact.test',
    ]) {
      const res = await page(await t.login(email));
      expect([email, codeOf(res)]).toEqual([email, 'FORBIDDEN']);
      const csv = await t.download('/exports/audit-log.csv', await t.login(email));
      expect([email, csv.status]).toEqual([email, 403]);
    }
    expect(codeOf(await t.gql(PAGE, {}))).toBe('UNAUTHENTICATED');
  });

  it('lists who read a referral: the coordinator and the team leader, with name, e-mail, roles and country', async () => {
    const reads = await entries(dpo, {
      actions: ['readReferralDetails'],
      targetType: 'Referral',
      targetId: referralId,
    });
    expect(reads.map((e) => e.actor?.email).sort()).toEqual([
      'coordinator.no@empact.test',
      'leader.fi@empact.test',
    ]);
    const byLeader = reads.find((e) => e.actor?.email === 'leader.fi@empact.test')!;
    expect(byLeader).toMatchObject({
      action: 'readReferralDetails',
      targetType: 'Referral',
      targetId: referralId,
      outcome: 'SUCCESS',
      weekId: live.weekId,
      weekCode: 'AUDIT-WEEK',
      actor: { roles: ['TEAM_LEADER'], country: 'FI' },
    });
    expect(byLeader.actor?.displayName).toBeTruthy();
  });

  it('gives each filter only the entries that match it', async () => {
    const coordinatorId = (
      await entries(dpo, { targetId: referralId, actions: ['readReferralDetails'] })
    ).find((e) => e.actor?.email === 'coordinator.no@empact.test')!.actor!.id;
    const checks: [string, Filter, (e: Entry) => boolean][] = [
      ['week', { weekId: live.weekId }, (e) => e.weekId === live.weekId],
      ['person', { actorId: coordinatorId }, (e) => e.actor?.id === coordinatorId],
      ['one action', { actions: ['raiseReferral'] }, (e) => e.action === 'raiseReferral'],
      [
        'several actions',
        { actions: ['readUnsuppressedOutcomes', 'exportUnsuppressedOutcomes'] },
        (e) => ['readUnsuppressedOutcomes', 'exportUnsuppressedOutcomes'].includes(e.action),
      ],
      [
        'record',
        { targetType: 'Referral', targetId: otherReferralId },
        (e) => e.targetId === otherReferralId,
      ],
      ['refusals', { outcome: 'REFUSED' }, (e) => e.outcome !== 'SUCCESS'],
      ['successes', { outcome: 'SUCCESS' }, (e) => e.outcome === 'SUCCESS'],
      ['time', { from: startedAt }, (e) => Date.parse(e.at) >= Date.parse(startedAt)],
      ['before', { to: startedAt }, (e) => Date.parse(e.at) < Date.parse(startedAt)],
    ];
    for (const [name, filter, matches] of checks) {
      const found = await entries(dpo, filter);
      expect([name, found.length > 0]).toEqual([name, true]);
      expect([name, found.filter((e) => !matches(e)).map((e) => e.id)]).toEqual([name, []]);
    }
    // The week filter finds entries about records of the week, not only about the week itself.
    const ofWeek = await entries(dpo, { weekId: live.weekId });
    for (const kind of ['ActionWeek', 'PatrolSession', 'Interaction', 'Referral'])
      expect([kind, ofWeek.some((e) => e.targetType === kind)]).toEqual([kind, true]);
    // Refusals: the liaison's request for the exact figures is there, with its code; the coordinator's read too.
    const exact = await entries(dpo, {
      actions: ['readUnsuppressedOutcomes', 'exportUnsuppressedOutcomes'],
      weekId: live.weekId,
    });
    expect(exact.map((e) => [e.actor?.email, e.outcome]).sort()).toEqual([
      ['coordinator.no@empact.test', 'SUCCESS'],
      ['liaison@empact.test', 'FORBIDDEN'],
    ]);
    // The time range is half open, and the newest entry comes first.
    const all = await entries(dpo, {}, 50);
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('pages without duplicates or gaps, newest first', async () => {
    const whole = await entries(admin, { weekId: live.weekId }, 200);
    expect(whole.length).toBeGreaterThan(7);
    const paged: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 100; i += 1) {
      const res = await page(admin, { weekId: live.weekId }, 3, after);
      expect(res.errors).toBeUndefined();
      paged.push(...res.data!.auditLog.edges.map((e) => e.node.id));
      if (!res.data!.auditLog.pageInfo.hasNextPage) break;
      after = res.data!.auditLog.pageInfo.endCursor!;
    }
    expect(paged).toEqual(whole.map((e) => e.id));
  });

  it('audits its own reads, with the filter asked and no free text', async () => {
    await entries(dpo, { targetId: referralId });
    const own = await entries(admin, { actions: ['readAuditLog'], actorId: await idOf(dpo) }, 5);
    expect(own[0].actor?.email).toBe(DPO_EMAIL);
    expect(JSON.parse(own[0].details!)).toEqual({ filter: { targetId: referralId }, page: 'first' });
  });

  it('never holds the text of a note or a referral in an entry’s details', async () => {
    const ofWeek = await entries(admin, { weekId: live.weekId });
    const texts = ofWeek.map((e) => e.details ?? '').join('\n');
    expect(texts).not.toMatch(/kiusaamisesta|yleinen|School game server/);
  });

  it('refuses a filter it cannot answer, with the field and a translated message', async () => {
    const backwards = await page(dpo, { from: '2026-11-25T00:00:00Z', to: '2026-11-20T00:00:00Z' });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].message).not.toMatch(/auditLog\./);
    expect(codeOf(await page(dpo, { targetId: 'the boy from school' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await page(dpo, { actions: ['drop table'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await page(dpo, {}, 201))).toBe('BAD_USER_INPUT');
    expect(codeOf(await page(dpo, {}, 5, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
  });

  it('exports the same entries as CSV, with headers in the reader’s language, and audits the export', async () => {
    const filter = { actions: ['readReferralDetails'], targetType: 'Referral', targetId: referralId };
    const listed = await entries(dpo, filter);
    const query = new URLSearchParams({
      actions: filter.actions.join(','),
      targetType: filter.targetType,
      targetId: filter.targetId,
      language: 'nb',
    });
    const csv = await t.download(`/exports/audit-log.csv?${query}`, dpo);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows: string[][] = parse(csv.body, { bom: true });
    const [header, ...body] = rows;
    expect(header[0]).not.toBe('at');
    expect(header).toHaveLength(11);
    expect(body.map((row) => [row[0], row[2], row[5], row[7], row[9]])).toEqual(
      listed.map((e) => [new Date(e.at).toISOString(), e.actor?.email, e.action, e.targetId, e.outcome]),
    );
    const exports = await entries(admin, { actions: ['exportAuditLog'], actorId: await idOf(dpo) }, 5);
    expect(JSON.parse(exports[0].details!).filter).toEqual(filter);
    const bad = await t.download(
      '/exports/audit-log.csv?from=2026-11-25T00:00:00Z&to=2026-11-20T00:00:00Z',
      dpo,
    );
    expect(bad.status).toBe(400);
  });

  it('lists every week’s retention for the data-protection officer, and nothing of the weeks’ content', async () => {
    const res = await t.gql<{
      weekRetentions: { weekId: string; code: string; status: string; retentionDays: number }[];
    }>(
      '{ weekRetentions { weekId code status closedAt retentionDays textsDeletionDue textsDeletedAt lastRun { at } } }',
      {},
      { token: dpo },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.weekRetentions).toContainEqual(
      expect.objectContaining({ weekId: live.weekId, code: 'AUDIT-WEEK', status: 'LIVE', retentionDays: 30 }),
    );
    const weeks = await t.gql<{ actionWeeks: unknown[] }>('{ actionWeeks { id } }', {}, { token: dpo });
    expect(weeks.data?.actionWeeks).toEqual([]);
    expect(codeOf(await t.gql('{ weekRetentions { weekId } }', {}, { token: leader }))).toBe('FORBIDDEN');
  });

  const idOf = async (token: string) =>
    (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token })).data!.me.id;
});
