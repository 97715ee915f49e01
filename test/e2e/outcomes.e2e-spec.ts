import { randomUUID } from 'node:crypto';
import { liveSession, LiveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const OUTCOMES = `query ($w: ID!, $u: Boolean) { outcomes(weekId: $w, unsuppressed: $u) {
  minCount suppressed
  byCountryAndDay { rows columns cells { value suppressed } rowTotals { value suppressed } columnTotals { value suppressed } grandTotal { value suppressed } }
  sessions { rows columns cells { value suppressed } }
  patrolHours { country hours }
} }`;

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Table {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

describe('outcomes for liaisons', () => {
  let t: TestApp;
  let live: LiveSession;

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t, ['FI', 'BE', 'NL'], 'OUTCOMES-WEEK');
    const log = async (email: string, language: string, n: number) => {
      const token = await t.login(email);
      for (let i = 0; i < n; i++) {
        const res = await t.gql('mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', {
          input: {
            id: randomUUID(), sessionId: live.sessionId, channel: 'PUBLIC_CHAT', occurredAt: new Date(Date.now() - 20 * 60_000).toISOString(),
            durationMinutes: 5, youngPeople: 2, ageBand: 'AGE_13_15', topics: ['SMALL_TALK_TRUST_BUILDING'], initiatedBy: 'YOUNG_PERSON',
            tone: 'POSITIVE', outcome: 'CONVERSATION_ONLY', notes: '', notesLanguage: language,
          },
        }, { token });
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }
    };
    await log('operator1.fi@empact.test', 'fi', 3);
    await log('operator1.be@empact.test', 'nl', 12);
    await log('operator1.nl@empact.test', 'nl', 7);
  });
  afterAll(() => t.close());

  it('suppresses a cell of 3, and neither its row, its column nor the grand total gives it away; zero stays zero', async () => {
    const liaison = await t.login('liaison@empact.test');
    const res = await t.gql<{ outcomes: { suppressed: boolean; minCount: number; byCountryAndDay: Table } }>(OUTCOMES, { w: live.weekId }, { token: liaison });
    expect(res.errors).toBeUndefined();
    const table = res.data!.outcomes.byCountryAndDay;
    expect(res.data!.outcomes).toMatchObject({ suppressed: true, minCount: 5 });
    const fi = table.rows.indexOf('FI');
    const today = table.cells[fi].findIndex((_, c) => table.columnTotals[c].value !== 0);
    expect(table.cells[fi][today]).toEqual({ value: null, suppressed: true });
    // Its row: FI has only this cell, so the row total is hidden too.
    expect(table.rowTotals[fi].suppressed || table.cells[fi].filter((c) => c.suppressed).length >= 2).toBe(true);
    // Its column: another country's cell is hidden beside it, or the column total is.
    const column = table.cells.map((row) => row[today]);
    expect(table.columnTotals[today].suppressed || column.filter((c) => c.suppressed).length >= 2).toBe(true);
    // The grand total against the row totals: never exactly one hidden row total while the grand total shows.
    expect(table.grandTotal.suppressed || table.rowTotals.filter((c) => c.suppressed).length !== 1).toBe(true);
    // Days without interactions stay zero.
    const quiet = table.columnTotals.findIndex((c) => c.value === 0);
    expect(table.cells.every((row) => row[quiet].value === 0 && !row[quiet].suppressed)).toBe(true);
  });

  it('gives a coordinator the exact figures on request, and audits it', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const res = await t.gql<{ outcomes: { suppressed: boolean; byCountryAndDay: Table; sessions: Table } }>(OUTCOMES, { w: live.weekId, u: true }, { token: coordinator });
    const table = res.data!.outcomes.byCountryAndDay;
    expect(res.data!.outcomes.suppressed).toBe(false);
    expect(table.rowTotals.map((c) => c.value)).toEqual(table.rows.map((r) => ({ FI: 3, BE: 12, NL: 7 })[r] ?? 0));
    expect(table.grandTotal.value).toBe(22);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'readUnsuppressedOutcomes' AND target_id = $1`, [live.weekId]);
    expect(n).toBe(1);
  });

  it('refuses a liaison the unsuppressed figures and the raw data', async () => {
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await t.gql(OUTCOMES, { w: live.weekId, u: true }, { token: liaison }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('query ($f: InteractionFilter!) { interactions(filter: $f) { edges { cursor } } }', { f: { weekId: live.weekId } }, { token: liaison }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('query ($f: ReferralFilter!) { referrals(filter: $f) { id } }', { f: { weekId: live.weekId } }, { token: liaison }))).toBe('FORBIDDEN');
  });

  it('refuses a team member, and answers a week not yet live with BAD_USER_INPUT', async () => {
    const operator = await t.login('operator1.fi@empact.test');
    expect(codeOf(await t.gql(OUTCOMES, { w: live.weekId }, { token: operator }))).toBe('FORBIDDEN');
    const coordinator = await t.login('coordinator.no@empact.test');
    const planning = await t.gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      { input: { code: 'NOT-LIVE', title: 'Not live yet', hostCountry: 'NO', firstDay: '2027-01-04', lastDay: '2027-01-08', timeZone: 'Europe/Oslo', countries: [{ country: 'NO', languages: ['nb'] }] } },
      { token: coordinator },
    );
    const res = await t.gql(OUTCOMES, { w: planning.data!.createActionWeek.id }, { token: coordinator });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
