import type { QueryRunner } from 'typeorm';
import { SCHEMA_FUNCTIONS, SCHEMA_OBJECTS } from '@empact/migrations';
import { schemaDifferences, schemaInventory } from '../support/db-schema';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The database's functions, triggers and row-level-security policies are those of their files under
 * migrations/schema: a migrated database holds exactly the objects the files list, with the files' definitions.
 */
describe('Database schema (migrations/schema)', () => {
  let t: TestApp;
  let runner: QueryRunner;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
    runner = t.dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await runner?.release();
    await t?.close();
  });

  /** Runs `fn` in a transaction that is rolled back, whatever happens. */
  const inTransaction = async <T>(fn: () => Promise<T>): Promise<T> => {
    await runner.startTransaction();
    try {
      return await fn();
    } finally {
      await runner.rollbackTransaction();
    }
  };

  it('has a file for every function, trigger and policy of the migrated database, and an object for every file', async () => {
    const { missing, extra } = await schemaInventory(runner);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(SCHEMA_OBJECTS.filter((o) => o.kind === 'function').length).toBeGreaterThan(0);
    expect(SCHEMA_OBJECTS.filter((o) => o.kind === 'trigger').length).toBeGreaterThan(0);
    expect(SCHEMA_OBJECTS.filter((o) => o.kind === 'policy').length).toBeGreaterThan(0);
  });

  it('holds the definitions of the files', async () => {
    expect(await schemaDifferences(runner)).toEqual([]);
  });

  it('names a function, a trigger and a policy changed by hand', async () => {
    const refreshOutcomeTally = SCHEMA_FUNCTIONS.find((f) => f.name === 'refresh_outcome_tally')!;
    const changed = refreshOutcomeTally.create.replace(
      'DELETE FROM outcome_tally_week WHERE week_id = week;',
      '',
    );
    expect(changed).not.toBe(refreshOutcomeTally.create);
    const differences = await inTransaction(async () => {
      await runner.query(changed);
      await runner.query(`DROP TRIGGER referral_tally_update ON referral`);
      await runner.query(
        `CREATE TRIGGER referral_tally_update AFTER UPDATE ON referral FOR EACH ROW EXECUTE FUNCTION referral_tally()`,
      );
      await runner.query(`DROP POLICY debrief_by_country ON debrief`);
      await runner.query(
        `CREATE POLICY debrief_by_country ON debrief USING (true) WITH CHECK (empact_reaches(country))`,
      );
      return schemaDifferences(runner);
    });
    expect(differences.map((line) => line.split(':')[0])).toEqual([
      'function refresh_outcome_tally(uuid)',
      'policy debrief_by_country on debrief',
      'trigger referral_tally_update on referral',
    ]);
    expect(differences[0]).toContain('DELETE FROM outcome_tally_week WHERE week_id = week;');
    expect(differences[1]).toContain('qual: true');
    // Rolled back: the database is as migrated again.
    expect(await schemaDifferences(runner)).toEqual([]);
  });

  it('names an object without a file and a file without its object', async () => {
    const inventory = await inTransaction(async () => {
      await runner.query(
        `CREATE FUNCTION made_by_hand(n integer) RETURNS integer LANGUAGE sql AS $$ SELECT n $$`,
      );
      await runner.query(`DROP TRIGGER action_week_time_zone_tally ON action_week`);
      return schemaInventory(runner);
    });
    expect(inventory).toEqual({
      missing: ['trigger action_week_time_zone_tally on action_week'],
      extra: ['function made_by_hand(integer)'],
    });
    expect(await schemaInventory(runner)).toEqual({ missing: [], extra: [] });
  });
});
