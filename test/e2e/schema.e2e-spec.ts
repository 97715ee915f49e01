import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '../../apps/api/schema.gql');
const HEADER =
  '# Generated from the API code by `npm run schema`; do not edit. The admin app types are generated from it.\n\n';

describe('GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ SEED_DEMO: 'false' })));
  afterAll(() => t.close());

  it('matches the committed schema (run `npm run schema` after changing the API)', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('serves GET /health with the state of the database', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect(res.body.database.kind).toBe(process.env.DATABASE_URL ? 'server' : 'embedded');
  });
});
