import { randomUUID } from 'node:crypto';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { runWithRequestStore } from '../../apps/api/src/common/request-context';
import { liveSession, LiveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

/**
 * The database's own wall: queries sent as if from a request of a given person, with no country filter of their own,
 * see only what that person's country may see.
 */
describe('row-level security in the database', () => {
  let t: TestApp;
  let live: LiveSession;
  const actors: Record<string, AuthenticatedActor> = {};

  const asActor = <T>(email: string, fn: () => Promise<T>): Promise<T> =>
    runWithRequestStore({ actor: actors[email], ip: '127.0.0.1', origin: 'http://test', auditCount: 0 }, fn);
  const countries = (email: string, table: string): Promise<string[]> =>
    asActor(email, async () =>
      (
        (await t.dataSource.query(`SELECT DISTINCT country FROM ${table} ORDER BY 1`)) as {
          country: string;
        }[]
      ).map((r) => r.country),
    );

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t, ['FI', 'BE', 'NL'], 'RLS-WEEK');
    for (const [email, language] of [
      ['operator1.fi@empact.test', 'fi'],
      ['operator1.be@empact.test', 'nl'],
    ]) {
      const token = await t.login(email);
      const res = await t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        {
          input: {
            id: randomUUID(),
            sessionId: live.sessionId,
            channel: 'PUBLIC_CHAT',
            occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
            durationMinutes: 5,
            youngPeople: 1,
            ageBand: 'AGE_13_15',
            topics: ['BULLYING'],
            initiatedBy: 'PATROL',
            tone: 'NEUTRAL',
            outcome: 'CONVERSATION_ONLY',
            notes: '',
            notesLanguage: language,
          },
        },
        { token },
      );
      expect(res.errors).toBeUndefined();
    }
    const rows: {
      id: string;
      email: string;
      country: string | null;
      roles: string[];
      language: string;
      displayName: string;
    }[] = await t.dataSource.query(
      `SELECT id, email, country, roles, language, display_name AS "displayName" FROM account WHERE email = ANY($1)`,
      [
        [
          'operator1.fi@empact.test',
          'leader.be@empact.test',
          'coordinator.no@empact.test',
          'liaison@empact.test',
        ],
      ],
    );
    for (const row of rows)
      actors[row.email] = { ...row, country: row.country?.trim() ?? null } as unknown as AuthenticatedActor;
  });
  afterAll(() => t.close());

  it('shows a team its own country’s rows only, even to a query without a country filter', async () => {
    expect(await countries('operator1.fi@empact.test', 'interaction')).toEqual(['FI']);
    expect(await countries('leader.be@empact.test', 'interaction')).toEqual(['BE']);
    expect(await countries('leader.be@empact.test', 'debrief')).not.toContain('NL');
    expect((await countries('leader.be@empact.test', 'referral')).every((c) => c === 'BE')).toBe(true);
  });

  it('shows coordinators every country, and liaisons no raw row at all', async () => {
    expect(await countries('coordinator.no@empact.test', 'interaction')).toEqual(
      expect.arrayContaining(['BE', 'FI']),
    );
    expect(await countries('liaison@empact.test', 'interaction')).toEqual([]);
    expect(await countries('liaison@empact.test', 'referral')).toEqual([]);
    expect(await countries('liaison@empact.test', 'debrief')).toEqual([]);
  });

  it('refuses to write a row of another country', async () => {
    const [sample] = await t.dataSource.query(`SELECT * FROM interaction WHERE country = 'FI' LIMIT 1`);
    const write = asActor('operator1.fi@empact.test', () =>
      t.dataSource.query(
        `INSERT INTO interaction (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes, young_people, age_band, topics, initiated_by, tone, outcome, notes_language, content_hash)
         SELECT $1, week_id, session_id, 'BE', author_id, platform_code, channel, occurred_at, duration_minutes, young_people, age_band, topics, initiated_by, tone, outcome, 'nl', content_hash FROM interaction WHERE id = $2`,
        [randomUUID(), sample.id],
      ),
    );
    await expect(write).rejects.toThrow(/row-level security/);
    const update = await asActor('operator1.fi@empact.test', () =>
      t.dataSource.query(`UPDATE interaction SET notes = 'changed' WHERE country = 'BE' RETURNING id`),
    );
    expect(update).toEqual([[], 0]);
  });

  it('runs requests as a role that owns no table, bypasses no policy, and may not rewrite the audit log', async () => {
    const [who] = await asActor('coordinator.no@empact.test', () =>
      t.dataSource.query(
        `SELECT current_user AS role, r.rolsuper AS super, r.rolbypassrls AS bypass, (SELECT tableowner FROM pg_tables WHERE tablename = 'interaction') AS owner
           FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    );
    expect(who).toMatchObject({ role: 'empact_app', super: false, bypass: false });
    expect(who.owner).not.toBe('empact_app');
    await expect(
      asActor('coordinator.no@empact.test', () => t.dataSource.query(`DELETE FROM audit_entry`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps the API’s own answers: another country’s interaction is NOT_FOUND, the liaison’s figures still count every country', async () => {
    const [be] = await t.dataSource.query(
      `SELECT id FROM interaction WHERE country = 'BE' AND week_id = $1 LIMIT 1`,
      [live.weekId],
    );
    const finn = await t.login('operator1.fi@empact.test');
    expect(
      codeOf(await t.gql('query ($id: ID!) { interaction(id: $id) { id } }', { id: be.id }, { token: finn })),
    ).toBe('NOT_FOUND');
    const liaison = await t.login('liaison@empact.test');
    const res = await t.gql<{
      outcomes: { byCountryAndDay: { rows: string[]; grandTotal: { suppressed: boolean } } };
    }>(
      'query ($w: ID!) { outcomes(weekId: $w) { byCountryAndDay { rows grandTotal { value suppressed } } } }',
      { w: live.weekId },
      { token: liaison },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.outcomes.byCountryAndDay.rows).toEqual(expect.arrayContaining(['FI', 'BE', 'NL']));
  });
});
