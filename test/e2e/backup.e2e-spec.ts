import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { backupDatabase, BackupError, restoreDatabase } from '../../apps/api/src/common/database/backup';
import { liveSession, LiveSession } from '../support/live-session';
import { startTestApp, TestApp } from '../support/test-app';

/** With DATABASE_URL set, the backup is pg_dump's and the places are databases on that server; else PGlite folders. */
const serverUrl = process.env.DATABASE_URL;
const kind = serverUrl ? 'server' : 'embedded';

interface Place {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** An empty place for a database: a new database on the server, or an empty folder for DATA_DIR. */
async function freshPlace(): Promise<Place> {
  if (serverUrl) {
    const name = `e2e_backup_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      dispose: async () => {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'empact-backup-'));
  return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The settings the backup CLI would read for that place. */
const configOf = (place: Place) => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...place.env });

const LOG = `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`;
const READ = `query ($filter: InteractionFilter!) { interactions(filter: $filter) { edges { node { id notes notesLanguage } } } }`;

describe('database backups', () => {
  const places: Place[] = [];
  const work = mkdtempSync(join(tmpdir(), 'empact-backup-files-'));
  const file = join(work, kind === 'embedded' ? 'backup.tar.gz' : 'backup.dump');
  let source: Place;
  let target: Place;
  let live: LiveSession;
  const backedUp = {
    id: randomUUID(),
    notes: 'Kaksi nuorta kysyi, miten huijausviestit tunnistaa. Kävimme läpi tavalliset merkit.',
  };

  const place = async () => {
    const created = await freshPlace();
    places.push(created);
    return created;
  };

  // The same id always goes with the same content: a resend, not a different interaction under a used id.
  const occurredAt = new Date(Date.now() - 5 * 60_000).toISOString();
  const entry = (id: string, notes: string) => ({
    id,
    sessionId: live.sessionId,
    channel: 'PUBLIC_CHAT',
    occurredAt,
    durationMinutes: 9,
    youngPeople: 2,
    ageBand: 'AGE_13_15',
    topics: ['FRAUD_SCAMS'],
    initiatedBy: 'YOUNG_PERSON',
    tone: 'NEUTRAL',
    outcome: 'ADVICE_GIVEN',
    notes,
    notesLanguage: 'fi',
  });

  /** Logs one interaction as the Finnish Operator One; fails the test when the API refuses it. */
  const log = async (t: TestApp, id: string, notes: string) => {
    const token = await t.login('operator1.fi@empact.test');
    const res = await t.gql<{ logInteraction: { id: string } }>(LOG, { input: entry(id, notes) }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.logInteraction.id).toBe(id);
  };

  /** What the Finnish team reads of the live session, through the API. */
  const notesOfSession = async (t: TestApp) => {
    const token = await t.login('operator1.fi@empact.test');
    const res = await t.gql<{ interactions: { edges: { node: { id: string; notes: string } }[] } }>(
      READ,
      { filter: { weekId: live.weekId, sessionId: live.sessionId } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.interactions.edges.map(({ node }) => [node.id, node.notes]));
  };

  /** Rows of the tables that only grow; read before anyone signs in (a sign-in is audited). */
  const countRows = async (t: TestApp) => {
    const [row] = await t.dataSource.query(
      'SELECT (SELECT count(*) FROM interaction) AS interactions, (SELECT count(*) FROM audit_entry) AS audit, (SELECT count(*) FROM account) AS accounts',
    );
    return {
      interactions: Number(row.interactions),
      audit: Number(row.audit),
      accounts: Number(row.accounts),
    };
  };

  let rowsAtBackup: { interactions: number; audit: number; accounts: number };

  beforeAll(async () => {
    source = await place();
    const t = await startTestApp(source.env);
    try {
      live = await liveSession(t, ['FI'], 'BACKUP-WEEK');
      await log(t, backedUp.id, backedUp.notes);
      rowsAtBackup = await countRows(t);
    } finally {
      // The API stops before the backup, as it must for the embedded database.
      await t.close();
    }
  }, 180_000);

  afterAll(async () => {
    for (const created of places) await created.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it(`backs up the ${kind} database and restores it into a fresh place, where the API finds what was logged`, async () => {
    const result = await backupDatabase(configOf(source), file);
    expect(result).toMatchObject({ kind, file });
    expect(result.bytes).toBeGreaterThan(1000);

    target = await place();
    const restored = await restoreDatabase(configOf(target), file);
    expect(restored.migrations).toBeGreaterThan(0);

    const t = await startTestApp(target.env);
    try {
      expect(await countRows(t)).toEqual(rowsAtBackup);
      // The demo accounts sign in with their passwords, and the Finnish team reads its note as it was written.
      expect(await notesOfSession(t)).toEqual({ [backedUp.id]: backedUp.notes });
      // A resend of the backed-up interaction is still recognised: the restored row, not a second one.
      await log(t, backedUp.id, backedUp.notes);
      expect(
        Number(
          (await t.dataSource.query('SELECT count(*) AS n FROM interaction WHERE id = $1', [backedUp.id]))[0]
            .n,
        ),
      ).toBe(1);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('refuses to restore over a database that holds data, and leaves that database as it was', async () => {
    const later = randomUUID();
    const t = await startTestApp(target.env);
    try {
      await log(t, later, 'Yksi nuori kysyi poliisin työstä. Kerroimme, mitä partio tekee verkossa.');
      if (kind === 'embedded') {
        // Two processes on one embedded database would corrupt it: the backup refuses while the API has it open.
        await expect(backupDatabase(configOf(target), join(work, 'open.tar.gz'))).rejects.toThrow(
          /stop the API first/,
        );
      }
    } finally {
      await t.close();
    }
    await expect(restoreDatabase(configOf(target), file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(configOf(target), file)).rejects.toThrow(/--force/);

    const after = await startTestApp(target.env);
    try {
      expect(Object.keys(await notesOfSession(after)).sort()).toEqual([backedUp.id, later].sort());
    } finally {
      await after.close();
    }
  }, 120_000);

  it('with --force, replaces the database with the backup: what was logged after the backup is gone', async () => {
    const restored = await restoreDatabase(configOf(target), file, { force: true });
    expect(restored.kind).toBe(kind);

    const t = await startTestApp(target.env);
    try {
      expect(await countRows(t)).toEqual(rowsAtBackup);
      expect(await notesOfSession(t)).toEqual({ [backedUp.id]: backedUp.notes });
    } finally {
      await t.close();
    }
  }, 120_000);

  it('refuses a backup of the other kind of database, and a file that is not a backup', async () => {
    const other = join(work, 'other-kind');
    writeFileSync(
      other,
      kind === 'embedded' ? Buffer.from('PGDMP\x01\x0e\x00') : Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
    );
    await expect(restoreDatabase(configOf(target), other)).rejects.toThrow(
      kind === 'embedded' ? /set DATABASE_URL/ : /unset DATABASE_URL/,
    );
    const text = join(work, 'notes.txt');
    writeFileSync(text, 'not a backup');
    await expect(restoreDatabase(configOf(target), text)).rejects.toThrow(/not a backup of this platform/);
    // An existing file is never overwritten by a backup.
    await expect(backupDatabase(configOf(source), file)).rejects.toThrow(/exists already/);
  });

  if (serverUrl) {
    it('refuses to restore over a server database with a table the backup does not know, naming it', async () => {
      const client = new Client({ connectionString: configOf(target).DATABASE_URL });
      await client.connect();
      try {
        // What a newer version's migration would have added: pg_restore --clean would leave it behind.
        await client.query('CREATE TABLE newer_feature (id int)');
        await expect(restoreDatabase(configOf(target), file, { force: true })).rejects.toThrow(
          /public\.newer_feature/,
        );
        expect((await client.query('SELECT count(*)::int AS n FROM interaction')).rows[0].n).toBe(
          rowsAtBackup.interactions,
        );
      } finally {
        await client.end();
      }
    });
  }
});
