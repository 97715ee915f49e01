import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { liveSession, type LiveSession } from '../support/live-session';
import { SecondFactors } from '../support/second-factor';
import { buildApi, exited, freePort, startApiProcess } from '../support/api-process';
import { apiClient, freshDatabase } from '../support/test-app';

/** Reads SQL from the stopped API's database: the server's, or the embedded folder opened by this process. */
type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

async function openDatabase(env: Record<string, string>): Promise<{ sql: Sql; close: () => Promise<void> }> {
  if (env.DATABASE_URL) {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    return {
      sql: async (text, params) => (await client.query(text, params)).rows,
      close: () => client.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(env.DATA_DIR, 'pgdata'));
  return {
    sql: async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
    close: () => db.close(),
  };
}

/** The API from the build on the test's database, the tally folded only when figures are read if `foldMs` is 0. */
const startApi = (port: number, env: Record<string, string>, foldMs: number) =>
  startApiProcess(port, { ...env, TALLY_FOLD_MS: String(foldMs) });

const FIGURES = `query ($w: ID!) { outcomes(weekId: $w, unsuppressed: true) {
  byCountryAndDay { grandTotal { value } }
  byAgeBand { rows columns cells { value } }
  byTopic { rows columns cells { value } }
} }`;
const COUNTS = `query ($w: ID!) { schedule(weekId: $w) { id interactionCount } }`;

interface Table {
  rows: string[];
  columns: string[];
  cells: { value: number | null }[][];
}
interface Figures {
  byCountryAndDay: { grandTotal: { value: number } };
  byAgeBand: Table;
  byTopic: Table;
}

/** A table's cells as "row/column" → count, zeros left out. */
const cellsOf = (table: Table) =>
  Object.fromEntries(
    table.rows
      .flatMap((row, r) => table.columns.map((col, c) => [`${row}/${col}`, table.cells[r][c].value ?? 0]))
      .filter(([, n]) => n !== 0),
  );

/** What the tally tables hold, non-zero rows in key order, for comparing with a recount. */
const TALLY = `
  SELECT 'detailed' AS t, week_id::text, country, day::text, platform_code, dimension, value, interactions, young_people, record_keys::text
    FROM outcome_tally WHERE interactions <> 0
  UNION ALL
  SELECT 'week', week_id::text, country, NULL, NULL, dimension, value, interactions, young_people, record_keys::text
    FROM outcome_tally_week WHERE interactions <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7`;

/**
 * Logging writes each interaction to the tally's queue in its own transaction; the figures are folded from it later
 * (issue #19). The API killed between the two must lose nothing and count nothing twice: the restarted API's
 * figures hold every acknowledged interaction exactly once, and the tally tables equal a recount of the week.
 */
describe('the outcome tally when the API is killed before the queue is folded', () => {
  const secondFactors = { current: undefined as SecondFactors | undefined };
  let env: Record<string, string>;
  let dispose: () => Promise<void>;
  let api: ChildProcess | undefined;
  let empty: string;

  beforeAll(async () => {
    buildApi();
    const database = await freshDatabase();
    dispose = database.dispose;
    empty = mkdtempSync(join(tmpdir(), 'empact-no-admin-'));
    env = { ...database.env, ADMIN_DIST: empty };
    secondFactors.current = new SecondFactors(env.DATA_DIR);
  }, 300_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGKILL');
      await exited(api);
    }
    await dispose?.();
    rmSync(empty, { recursive: true, force: true });
  });

  it('counts every interaction acknowledged before the kill once, as a recount of the week does', async () => {
    const firstPort = await freePort();
    api = await startApi(firstPort, env, 0);
    const first = apiClient(request(`http://127.0.0.1:${firstPort}`), secondFactors.current);
    const live: LiveSession = await liveSession(first, ['FI', 'BE', 'NL'], 'TALLY-CRASH');
    const coordinator = await first.login('coordinator.no@empact.test');
    const before = await first.gql<{ outcomes: Figures }>(
      FIGURES,
      { w: live.weekId },
      { token: coordinator },
    );
    expect(before.errors).toBeUndefined();

    const finn = await first.login('operator1.fi@empact.test');
    const logged = [
      { ageBand: 'AGE_13_15', topics: ['BULLYING', 'GAMING_CONFLICT'] },
      { ageBand: 'AGE_13_15', topics: ['ONLINE_SAFETY_ADVICE'] },
      { ageBand: 'UNDER_13', topics: ['BULLYING'] },
      { ageBand: 'AGE_16_17', topics: ['FRAUD_SCAMS'] },
      { ageBand: 'AGE_16_17', topics: ['BULLYING'] },
    ];
    for (const [i, entry] of logged.entries()) {
      const res = await first.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        {
          input: {
            id: crypto.randomUUID(),
            sessionId: live.sessionId,
            channel: 'PUBLIC_CHAT',
            occurredAt: new Date(Date.now() - (10 + i) * 60_000).toISOString(),
            durationMinutes: 5,
            youngPeople: 1,
            ...entry,
            initiatedBy: 'YOUNG_PERSON',
            tone: 'NEUTRAL',
            outcome: 'ADVICE_GIVEN',
            notes: 'Puhuttiin pelin säännöistä.',
            notesLanguage: 'fi',
          },
        },
        { token: finn },
      );
      expect(res.errors).toBeUndefined();
    }

    // Nothing has read the figures since: every acknowledged interaction is still in the queue when the API dies.
    api.kill('SIGKILL');
    await exited(api);
    const stopped = await openDatabase(env);
    try {
      const [queued] = await stopped.sql(`SELECT count(*)::int AS n FROM outcome_tally_queue`);
      expect(queued.n).toBe(logged.length);
    } finally {
      await stopped.close();
    }

    const secondPort = await freePort();
    api = await startApi(secondPort, env, 1000);
    const second = apiClient(request(`http://127.0.0.1:${secondPort}`), secondFactors.current);
    const coordinatorAgain = await second.login('coordinator.no@empact.test');
    const after = await second.gql<{ outcomes: Figures }>(
      FIGURES,
      { w: live.weekId },
      { token: coordinatorAgain },
    );
    expect(after.errors).toBeUndefined();
    const figures = after.data!.outcomes;
    expect(figures.byCountryAndDay.grandTotal.value).toBe(
      before.data!.outcomes.byCountryAndDay.grandTotal.value + logged.length,
    );
    const fi = (table: Table, column: string) => cellsOf(table)[`FI/${column}`] ?? 0;
    const was = before.data!.outcomes;
    expect(fi(figures.byAgeBand, 'AGE_13_15') - fi(was.byAgeBand, 'AGE_13_15')).toBe(2);
    expect(fi(figures.byAgeBand, 'AGE_16_17') - fi(was.byAgeBand, 'AGE_16_17')).toBe(2);
    expect(fi(figures.byAgeBand, 'UNDER_13') - fi(was.byAgeBand, 'UNDER_13')).toBe(1);
    expect(fi(figures.byTopic, 'BULLYING') - fi(was.byTopic, 'BULLYING')).toBe(3);
    const board = await second.gql<{ schedule: { id: string; interactionCount: number }[] }>(
      COUNTS,
      { w: live.weekId },
      { token: coordinatorAgain },
    );
    expect(board.data!.schedule.find((s) => s.id === live.sessionId)?.interactionCount).toBe(logged.length);
    // Read again (and after the background fold has run): nothing is counted twice.
    await new Promise((r) => setTimeout(r, 1500));
    const again = await second.gql<{ outcomes: Figures }>(
      FIGURES,
      { w: live.weekId },
      { token: coordinatorAgain },
    );
    expect(again.data!.outcomes).toEqual(figures);

    api.kill('SIGTERM');
    await exited(api);
    const db = await openDatabase(env);
    try {
      const kept = await db.sql(TALLY);
      const [queue] = await db.sql(`SELECT count(*)::int AS n FROM outcome_tally_queue`);
      expect(queue.n).toBe(0);
      for (const week of await db.sql(`SELECT id FROM action_week`))
        await db.sql(`SELECT refresh_outcome_tally($1)`, [week.id]);
      const recounted = await db.sql(TALLY);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept).toEqual(recounted);
    } finally {
      await db.close();
    }
  }, 300_000);
});
