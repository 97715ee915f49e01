import { DataSource } from 'typeorm';
import { createPGliteDriver } from './pglite-pool';

describe(createPGliteDriver.name, () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'postgres',
      driver: createPGliteDriver(undefined),
      installExtensions: false,
    });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE item (id serial PRIMARY KEY, label text NOT NULL)');
  });
  afterAll(() => dataSource.destroy());

  it('keeps concurrent transactions apart: a rollback takes only its own rows with it', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    const runs = Array.from({ length: 20 }, (_, i) =>
      dataSource
        .transaction(async (em) => {
          await em.query('INSERT INTO item (label) VALUES ($1)', [`tx-${i}`]);
          await pause(); // other I/O inside the transaction, where a shared session would interleave
          if (i % 2 === 1) throw new Error('roll back');
        })
        .catch(() => undefined),
    );
    await Promise.all(runs);
    const rows: { label: string }[] = await dataSource.query('SELECT label FROM item ORDER BY id');
    expect(rows.map((r) => r.label).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `tx-${i * 2}`).sort(),
    );
  });

  it('reports affected rows and counts as numbers, like the server with parseInt8', async () => {
    const [, affected] = await dataSource.query(
      `UPDATE item SET label = label || '!' WHERE label LIKE 'tx-%'`,
    );
    expect(affected).toBe(10);
    const [{ n }] = await dataSource.query('SELECT count(*) AS n FROM item');
    expect(n).toBe(10);
  });

  it('releases the session after a failed statement', async () => {
    await expect(dataSource.query('SELECT * FROM missing_table')).rejects.toThrow(/missing_table/);
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
