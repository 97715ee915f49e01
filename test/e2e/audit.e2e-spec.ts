import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { liveSession } from '../support/live-session';
import { totpCode } from '../support/second-factor';
import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';
import { planCsv } from '../support/plan-files';

interface AuditRow {
  action: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
}

describe('audit log', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    adminId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin })).data!.me.id;
  });
  afterAll(() => t.close());

  const entries = (action: string): Promise<AuditRow[]> =>
    t.dataSource.query(
      'SELECT action, actor_id, target_type, target_id, outcome FROM audit_entry WHERE action = $1 ORDER BY id',
      [action],
    );

  /** One successful call of every mutation in the schema; a new mutation without a line here fails the test. */
  const successfulCalls: Record<string, () => Promise<unknown>> = {
    login: () => t.login('leader.fi@empact.test'),
    refreshSession: async () => {
      const res = await t.gql<{ login: { refreshToken: string } }>(
        'mutation { login(email: "leader.nl@empact.test", password: "' +
          DEMO_PASSWORD +
          '") { refreshToken } }',
      );
      return t.gql('mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
        t: res.data!.login.refreshToken,
      });
    },
    logout: async () => {
      const res = await t.gql<{ login: { refreshToken: string } }>(
        'mutation { login(email: "leader.is@empact.test", password: "' +
          DEMO_PASSWORD +
          '") { refreshToken } }',
      );
      return t.gql('mutation ($t: String!) { logout(refreshToken: $t) }', {
        t: res.data!.login.refreshToken,
      });
    },
    createAccount: () =>
      t.gql(
        'mutation { createAccount(input: { email: "audit.me@empact.test", displayName: "Audit Me", country: "NL", roles: [OPERATOR], language: "nl", password: "a-long-enough-password" }) { id } }',
        {},
        { token: admin },
      ),
    updateAccount: async () =>
      t.gql(
        'mutation ($id: ID!) { updateAccount(input: { id: $id, displayName: "Audited" }) { id } }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      ),
    setAccountDisabled: async () =>
      t.gql(
        'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      ),
    setAccountPassword: async () =>
      t.gql(
        'mutation ($id: ID!) { setAccountPassword(id: $id, password: "another-long-password") { id } }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      ),
    setMyLanguage: () => t.gql('mutation { setMyLanguage(language: "nn") { id } }', {}, { token: admin }),
    addPlatform: () => t.gql('mutation { addPlatform(name: "Habbo Hotel") { code } }', {}, { token: admin }),
    registerPoliceProfile: () =>
      t.gql(
        'mutation { registerPoliceProfile(input: { country: "NO", platform: "DISCORD", displayName: "Politiet Nettpatrulje" }) { id } }',
        {},
        { token: admin },
      ),
    updatePoliceProfile: async () => {
      const [profile] = await t.dataSource.query('SELECT id, version FROM police_profile LIMIT 1');
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { updatePoliceProfile(input: { id: $id, version: $v, status: SUSPENDED }) { id } }',
        { id: profile.id, v: profile.version },
        { token: admin },
      );
    },
    suspendPoliceProfile: async () => {
      const registered = await t.gql<{ registerPoliceProfile: { id: string; version: number } }>(
        'mutation { registerPoliceProfile(input: { country: "NO", platform: "TWITCH", displayName: "Politiet Twitch" }) { id version } }',
        {},
        { token: admin },
      );
      const profile = registered.data!.registerPoliceProfile;
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { suspendPoliceProfile(id: $id, version: $v) { id } }',
        { id: profile.id, v: profile.version },
        { token: admin },
      );
    },
    reactivatePoliceProfile: async () => {
      const [profile] = await t.dataSource.query(
        `SELECT id, version FROM police_profile WHERE status = 'SUSPENDED' LIMIT 1`,
      );
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { reactivatePoliceProfile(id: $id, version: $v) { id } }',
        { id: profile.id, v: profile.version },
        { token: admin },
      );
    },
    retirePoliceProfile: async () => {
      const [profile] = await t.dataSource.query(
        `SELECT id, version FROM police_profile WHERE status <> 'RETIRED' LIMIT 1`,
      );
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { retirePoliceProfile(id: $id, version: $v) { id } }',
        { id: profile.id, v: profile.version },
        { token: admin },
      );
    },
    createActionWeek: () =>
      t.gql(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        {
          input: {
            code: 'AUDIT-1',
            title: 'Audited week',
            hostCountry: 'NO',
            firstDay: '2025-11-17',
            lastDay: '2025-11-21',
            timeZone: 'Europe/Oslo',
            countries: [{ country: 'NO', languages: ['nb'] }],
          },
        },
        { token: admin },
      ),
    updateActionWeek: async () => {
      const id = await weekIdOf('AUDIT-1');
      const [{ version }] = await t.dataSource.query('SELECT version FROM action_week WHERE id = $1', [id]);
      return t.gql(
        'mutation ($input: UpdateActionWeekInput!) { updateActionWeek(input: $input) { id } }',
        {
          input: {
            id,
            version,
            title: 'Audited week, renamed',
            hostCountry: 'NO',
            firstDay: '2025-11-17',
            lastDay: '2025-11-21',
            timeZone: 'Europe/Oslo',
            minCount: 5,
            retentionDays: 30,
            countries: [{ country: 'NO', languages: ['nb'] }],
          },
        },
        { token: admin },
      );
    },
    setActionWeekStatus: async () =>
      t.gql(
        'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
        { id: await weekIdOf('AUDIT-1') },
        { token: admin },
      ),
    setActionWeekTwoFactor: async () =>
      t.gql(
        'mutation ($id: ID!) { setActionWeekTwoFactor(id: $id, required: false) { id } }',
        { id: await weekIdOf('AUDIT-1') },
        { token: admin },
      ),
    schedulePatrolSession: async () =>
      t.gql(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
        {
          input: {
            weekId: await weekIdOf('AUDIT-1'),
            platform: 'DISCORD',
            venue: 'Audit server',
            startsAt: '2025-11-18T09:00:00Z',
            endsAt: '2025-11-18T10:00:00Z',
            countries: ['NO'],
          },
        },
        { token: admin },
      ),
    copyWeekPlan: async () => {
      // A week in planning a week later takes AUDIT-1's plan (its one session so far).
      const created = await t.gql<{ createActionWeek: { id: string } }>(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        {
          input: {
            code: 'AUDIT-2',
            title: 'Audited copy',
            hostCountry: 'NO',
            firstDay: '2025-11-24',
            lastDay: '2025-11-28',
            timeZone: 'Europe/Oslo',
            countries: [{ country: 'NO', languages: ['nb'] }],
          },
        },
        { token: admin },
      );
      return t.gql(
        'mutation ($from: ID!, $to: ID!) { copyWeekPlan(fromWeekId: $from, toWeekId: $to) { copied } }',
        { from: await weekIdOf('AUDIT-1'), to: created.data!.createActionWeek.id },
        { token: admin },
      );
    },
    importPlan: async () =>
      t.gql(
        'mutation ($w: ID!, $f: String!, $c: String!) { importPlan(weekId: $w, fileName: $f, contentBase64: $c) { imported } }',
        {
          w: await weekIdOf('AUDIT-2'),
          f: 'plan.csv',
          c: planCsv([
            {
              date: '2025-11-26',
              start: '14:00',
              end: '16:00',
              platform: 'ROBLOX',
              venue: 'Imported',
              countries: 'NO',
            },
          ]).toString('base64'),
        },
        { token: admin },
      ),
    reschedulePatrolSession: async () => {
      const s = await session();
      return t.gql(
        'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { id } }',
        { input: { id: s.id, version: s.version, venue: 'Moved' } },
        { token: admin },
      );
    },
    assignRoster: async () => {
      const s = await session();
      return t.gql(
        'mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { id } }',
        {
          input: {
            sessionId: s.id,
            version: s.version,
            country: 'NO',
            teamLeaderId: await idOf('leader.no@empact.test'),
          },
        },
        { token: admin },
      );
    },
    startPatrolSession: async () => {
      const s = await session();
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v, overrideReason: "Audit") { id } }',
        { id: s.id, v: s.version },
        { token: admin },
      );
    },
    endPatrolSession: async () => {
      const s = await session();
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
        { id: s.id, v: s.version },
        { token: admin },
      );
    },
    cancelPatrolSession: async () => {
      const created = await t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
        {
          input: {
            weekId: await weekIdOf('AUDIT-1'),
            platform: 'DISCORD',
            venue: 'To cancel',
            startsAt: '2025-11-19T09:00:00Z',
            endsAt: '2025-11-19T10:00:00Z',
            countries: ['NO'],
          },
        },
        { token: admin },
      );
      const { id, version } = created.data!.schedulePatrolSession;
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "Audit") { id } }',
        { id, v: version },
        { token: admin },
      );
    },
    createCalendarFeed: async () =>
      t.gql(
        'mutation ($w: ID!) { createCalendarFeed(weekId: $w, scope: PERSON) { id } }',
        { w: await weekIdOf('AUDIT-1') },
        { token: admin },
      ),
    revokeCalendarFeed: async () => {
      const [feed] = await t.dataSource.query('SELECT id FROM calendar_feed LIMIT 1');
      return t.gql(
        'mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id } }',
        { id: feed.id },
        { token: admin },
      );
    },
    setNotesSharing: async () => {
      const live = await liveSession(t, ['FI'], 'AUDIT-LIVE');
      liveIds.weekId = live.weekId;
      liveIds.sessionId = live.sessionId;
      return t.gql(
        'mutation ($w: ID!) { setNotesSharing(weekId: $w, shared: true) { id } }',
        { w: live.weekId },
        { token: await t.login('leader.fi@empact.test') },
      );
    },
    logInteraction: async () =>
      t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        { input: interaction(liveIds.interactionId) },
        { token: await t.login('operator1.fi@empact.test') },
      ),
    updateInteraction: async () => {
      const { id: _id, sessionId: _s, ...content } = interaction(liveIds.interactionId);
      return t.gql(
        'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { id } }',
        { input: { ...content, id: liveIds.interactionId, version: 1, youngPeople: 2 } },
        { token: await t.login('operator1.fi@empact.test') },
      );
    },
    raiseReferral: async () =>
      t.gql(
        'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
        {
          input: {
            interactionId: liveIds.interactionId,
            receivingUnit: 'CHILD_PROTECTION_SERVICES',
            urgency: 'ROUTINE',
            reasonCode: 'BULLYING',
            details: 'Context passed by phone.',
          },
        },
        { token: await t.login('leader.fi@empact.test') },
      ),
    setReferralStatus: async () => {
      const [referral] = await t.dataSource.query(
        'SELECT id, version FROM referral WHERE interaction_id = $1',
        [liveIds.interactionId],
      );
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { setReferralStatus(id: $id, version: $v, status: ACKNOWLEDGED) { id } }',
        { id: referral.id, v: referral.version },
        { token: await t.login('leader.fi@empact.test') },
      );
    },
    deleteInteraction: async () => {
      const id = randomUUID();
      const operator = await t.login('operator1.fi@empact.test');
      await t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        { input: interaction(id) },
        { token: operator },
      );
      return t.gql(
        'mutation ($id: ID!) { deleteInteraction(id: $id, version: 1) }',
        { id },
        { token: operator },
      );
    },
    writeGuidanceNote: async () =>
      t.gql(
        'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id } }',
        {
          input: {
            weekId: await weekIdOf('AUDIT-1'),
            category: 'WELLBEING',
            scope: 'WEEK',
            title: 'Take breaks',
            body: 'Every two hours.',
          },
        },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    translateGuidanceNote: async () =>
      t.gql(
        'mutation ($input: TranslateGuidanceNoteInput!) { translateGuidanceNote(input: $input) { id } }',
        {
          input: {
            noteId: await guidanceId(),
            language: 'nb',
            title: 'Ta pauser',
            body: 'Annenhver time.',
            status: 'CURRENT',
          },
        },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    publishGuidanceNote: async () =>
      t.gql(
        'mutation ($id: ID!) { publishGuidanceNote(id: $id, value: true) { id } }',
        { id: await guidanceId() },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    pinGuidanceNote: async () =>
      t.gql(
        'mutation ($id: ID!) { pinGuidanceNote(id: $id, value: true) { id } }',
        { id: await guidanceId() },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    confirmGuidanceRead: async () =>
      t.gql(
        'mutation ($id: ID!) { confirmGuidanceRead(noteId: $id, language: "nb") { id } }',
        { id: await guidanceId() },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    saveDebrief: async () => {
      const session = await endedAuditSession();
      return t.gql(
        'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id } }',
        { input: { sessionId: session, language: 'nb', summaryEn: 'Went well.', wellbeingScore: 4 } },
        { token: await t.login('leader.no@empact.test') },
      );
    },
    submitDebrief: async () => {
      const [d] = await t.dataSource.query(
        `SELECT id, version FROM debrief WHERE country = 'NO' AND summary_en = 'Went well.'`,
      );
      return t.gql(
        'mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }',
        { id: d.id, v: d.version },
        { token: await t.login('leader.no@empact.test') },
      );
    },
    commentDebrief: async () => {
      const [d] = await t.dataSource.query(
        `SELECT id FROM debrief WHERE country = 'NO' AND summary_en = 'Went well.'`,
      );
      return t.gql(
        'mutation ($id: ID!) { commentDebrief(id: $id, body: "Thank you.") { id } }',
        { id: d.id },
        { token: await t.login('coordinator.no@empact.test') },
      );
    },
    saveWeekReport: async () =>
      t.gql(
        'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
        {
          input: {
            weekId: await weekIdOf('AUDIT-1'),
            version: 0,
            language: 'en',
            lessonsLearned: 'Lessons.',
            debriefIds: [],
          },
        },
        { token: await t.login('coordinator.no@empact.test') },
      ),
    // A team leader sets up two-factor sign-in (optional for the role), renews the recovery codes and turns it off.
    beginTwoFactorEnrolment: async () => {
      twoFactor.token = await t.login('leader.no@empact.test');
      const res = await t.gql<{ beginTwoFactorEnrolment: { secret: string } }>(
        'mutation { beginTwoFactorEnrolment { secret } }',
        {},
        { token: twoFactor.token },
      );
      twoFactor.secret = res.data?.beginTwoFactorEnrolment.secret ?? '';
      return res;
    },
    confirmTwoFactorEnrolment: async () => {
      const res = await t.gql<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
        'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }',
        { c: totpCode(twoFactor.secret) },
        { token: twoFactor.token },
      );
      twoFactor.codes = res.data?.confirmTwoFactorEnrolment.codes ?? [];
      return res;
    },
    regenerateTwoFactorRecoveryCodes: async () => {
      const res = await t.gql<{ regenerateTwoFactorRecoveryCodes: { codes: string[] } }>(
        'mutation ($r: String!) { regenerateTwoFactorRecoveryCodes(recoveryCode: $r) { codes } }',
        { r: twoFactor.codes[0] },
        { token: twoFactor.token },
      );
      twoFactor.codes = res.data?.regenerateTwoFactorRecoveryCodes.codes ?? [];
      return res;
    },
    disableTwoFactor: () =>
      t.gql(
        'mutation ($r: String!) { disableTwoFactor(recoveryCode: $r) { enabled } }',
        { r: twoFactor.codes[0] },
        { token: twoFactor.token },
      ),
    // The administrator removes the second factor of an account that lost its phone (audit.me enrolled on its sign-in).
    resetTwoFactor: async () => {
      await t.gql(
        'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: false) { id } }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      );
      await t.gql(
        'mutation ($id: ID!) { updateAccount(input: { id: $id, roles: [COORDINATOR] }) { id } }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      );
      await t.login('audit.me@empact.test', 'another-long-password');
      return t.gql(
        'mutation ($id: ID!) { resetTwoFactor(id: $id) }',
        { id: await idOf('audit.me@empact.test') },
        { token: admin },
      );
    },
  };

  /** The second factor the calls above set up, turn over and remove. */
  const twoFactor = { token: '', secret: '', codes: [] as string[] };

  /** The audit week's session, which the earlier calls started and ended. */
  const endedAuditSession = async (): Promise<string> => (await session()).id;

  const guidanceId = async (): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM guidance_note WHERE title = 'Take breaks'`))[0].id;

  const liveIds = { weekId: '', sessionId: '', interactionId: randomUUID() };
  const interaction = (id: string) => ({
    id,
    sessionId: liveIds.sessionId,
    channel: 'IN_GAME',
    occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    durationMinutes: 5,
    youngPeople: 1,
    ageBand: 'AGE_16_17',
    topics: ['BULLYING'],
    initiatedBy: 'PATROL',
    tone: 'NEUTRAL',
    outcome: 'ADVICE_GIVEN',
    notes: 'Neuvoimme estämään kiusaajan.',
    notesLanguage: 'fi',
  });

  const weekIdOf = async (code: string): Promise<string> =>
    (await t.dataSource.query('SELECT id FROM action_week WHERE code = $1', [code]))[0].id;
  const session = async (): Promise<{ id: string; version: number }> =>
    (
      await t.dataSource.query(
        `SELECT s.id, s.version FROM patrol_session s JOIN action_week w ON w.id = s.week_id
          WHERE w.code = 'AUDIT-1' AND s.venue IN ('Audit server', 'Moved') LIMIT 1`,
      )
    )[0];

  const idOf = async (email: string): Promise<string> =>
    (await t.dataSource.query('SELECT id FROM account WHERE email = $1', [email]))[0].id;

  it('leaves an entry for every mutation of the schema, with actor, target and outcome', async () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(successfulCalls).sort()).toEqual(mutations);
    // In the order written above: later calls build on earlier ones.
    for (const name of Object.keys(successfulCalls)) {
      const before = (await entries(name)).length;
      const result = (await successfulCalls[name]()) as { errors?: unknown } | string;
      expect(typeof result === 'string' ? undefined : result.errors).toBeUndefined();
      const after = await entries(name);
      expect({ name, added: after.length - before }).toEqual({ name, added: 1 });
      expect(after.at(-1)).toMatchObject({ action: name, outcome: 'SUCCESS' });
    }
    const [update] = await entries('updateAccount');
    expect(update).toMatchObject({
      actor_id: adminId,
      target_type: 'Account',
      target_id: await idOf('audit.me@empact.test'),
    });
  });

  it('records refusals with the code the caller received', async () => {
    const operator = await t.login('operator1.no@empact.test');
    const res = await t.gql(
      'mutation { createAccount(input: { email: "x@empact.test", displayName: "X", country: "NO", roles: [OPERATOR], language: "nb", password: "a-long-enough-password" }) { id } }',
      {},
      { token: operator },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await entries('createAccount')).filter((row) => row.outcome === 'FORBIDDEN')).toHaveLength(1);
    await t.gql(
      'mutation { login(email: "admin@empact.test", password: "wrong-password!") { accessToken } }',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      (await entries('login')).filter((row) => row.outcome === 'UNAUTHENTICATED').length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('cannot be changed or emptied, even in SQL', async () => {
    const [{ n }] = await t.dataSource.query('SELECT count(*) AS n FROM audit_entry');
    await expect(t.dataSource.query(`UPDATE audit_entry SET outcome = 'FORGED'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
    const [{ n: after }] = await t.dataSource.query('SELECT count(*) AS n FROM audit_entry');
    expect(after).toBe(n);
    expect(
      (await t.dataSource.query(`SELECT count(*) AS n FROM audit_entry WHERE outcome = 'FORGED'`))[0].n,
    ).toBe(0);
  });
});
