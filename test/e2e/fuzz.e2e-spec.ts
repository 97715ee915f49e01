import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { buildSchema, GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATION_PLANS, QUERY_PLANS } from '../support/fuzz/plans';
import { FUZZ_SEED, fuzzField, localeOf, printStats, send } from '../support/fuzz/runner';
import { acceptLanguages, anyString } from '../support/fuzz/values';
import { problemsWith, untranslated } from '../support/fuzz/verdict';
import { buildWorld, World } from '../support/fuzz/world';
import { startTestApp } from '../support/test-app';

/**
 * Property-based fuzzing of the whole GraphQL API (issue #8): whatever a client sends, the answer is a success or a
 * coded, translated refusal, never an internal error or an HTTP 500. Arguments come from the schema's own types,
 * mixed with real records of the demo so that requests reach past "not found". A failure prints the smallest input
 * found; FUZZ_SEED=<n> reproduces a run.
 */

const COMMITTED = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));
const committedMutations = Object.keys(COMMITTED.getMutationType()?.getFields() ?? {});
// Mutations that use up or close shared records run last, so that the others still find them open.
const ORDERED = [
  ...committedMutations.filter((name) => !MUTATION_PLANS[name]?.late),
  ...committedMutations.filter((name) => MUTATION_PLANS[name]?.late),
];

const FIELD_TIMEOUT = 120_000;

/** Errors raised outside GraphQL (body parsing) come as `{ error: { code, message } }`: read them alike. */
const fromHttpError = (error: { code?: string; message?: string }) => ({
  errors: [{ message: error?.message, extensions: { code: error?.code } }],
});

describe('fuzzing the GraphQL API', () => {
  let world: World;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    // No rate limits here: a throttled request would hide what the resolvers do with the input behind it.
    const t = await startTestApp({
      RATE_LIMIT_MUTATIONS: '0',
      RATE_LIMIT_LOGIN: '0',
      ACCESS_TOKEN_TTL: '86400',
    });
    try {
      world = await buildWorld(t);
    } catch (error) {
      await t.close();
      throw error;
    }
    schema = t.app.get(GraphQLSchemaHost).schema;
  }, 240_000);
  afterAll(async () => {
    printStats();
    await world?.t.close();
  });

  const fail = (failures: string[]) => {
    if (failures.length)
      throw new Error(`${failures.join('\n\n')}\n\nReproduce with FUZZ_SEED=${FUZZ_SEED}.`);
  };

  it('has a fuzz plan for every mutation the API serves, and none for a mutation that is gone', () => {
    const served = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(served.filter((name) => !MUTATION_PLANS[name])).toEqual([]);
    expect(Object.keys(MUTATION_PLANS).filter((name) => !served.includes(name))).toEqual([]);
    expect(Object.keys(QUERY_PLANS).filter((name) => !schema.getQueryType()?.getFields()[name])).toEqual([]);
  });

  describe.each(ORDERED)('mutation %s', (name) => {
    it(
      'answers every input, as every role, with data or a coded, translated refusal',
      async () => {
        fail(await fuzzField(world, schema, 'mutation', name, MUTATION_PLANS[name]));
      },
      FIELD_TIMEOUT,
    );
  });

  describe.each(Object.keys(QUERY_PLANS))('query %s', (name) => {
    it(
      'answers every filter, as every role, with data or a coded, translated refusal',
      async () => {
        fail(await fuzzField(world, schema, 'query', name, QUERY_PLANS[name]));
      },
      FIELD_TIMEOUT,
    );
  });

  describe('malformed requests', () => {
    interface Body {
      raw?: string;
      json?: unknown;
      contentType?: string;
    }
    const post = async (
      body: Body,
      signedIn: boolean,
      acceptLanguage: string | undefined,
    ): Promise<string[]> => {
      let call = world.t.http.post('/graphql').set('content-type', body.contentType ?? 'application/json');
      if (signedIn) call = call.set('authorization', `Bearer ${world.tokens.operator}`);
      if (acceptLanguage !== undefined) call = call.set('accept-language', acceptLanguage);
      const res = await call.send(body.raw ?? JSON.stringify(body.json));
      const parsed = /json/.test(res.type) ? res.body : undefined;
      const locale = localeOf('anonymous', acceptLanguage);
      // A legitimate document (introspection, aliases under the limit) may succeed; anything else must be refused.
      const problems = problemsWith(
        {
          status: res.status,
          text: res.text ?? '',
          body: parsed && 'error' in parsed ? fromHttpError(parsed.error) : parsed,
        },
        {
          field: '__any',
          locale: signedIn ? 'fi' : locale,
          preExecutionLocale: locale,
          mayProceed: true,
          typeCorrect: false,
        },
      ).filter((problem) => problem !== 'neither data nor errors');
      return problems.length
        ? [
            `${problems.join('; ')}\n  sent: ${JSON.stringify(body).slice(0, 300)}\n  answer: HTTP ${res.status} ${String(res.text).slice(0, 400)}`,
          ]
        : [];
    };

    const BODIES: [string, Body][] = [
      ['cut-off JSON', { raw: '{"query": ' }],
      ['JSON null', { raw: 'null' }],
      ['an empty batch', { raw: '[]' }],
      ['a JSON string', { raw: '"mutation"' }],
      ['no query', { json: {} }],
      ['a null query', { json: { query: null } }],
      ['a number as query', { json: { query: 42 } }],
      ['a NUL character as query', { json: { query: '\u0000' } }],
      ['a NUL character inside a document', { json: { query: '{ me { id } }\u0000' } }],
      ['variables as a string', { json: { query: '{ me { id } }', variables: 'x' } }],
      ['variables as a list', { json: { query: '{ me { id } }', variables: [] } }],
      ['a number as operation name', { json: { query: '{ me { id } }', operationName: 5 } }],
      ['two operations without a name', { json: { query: 'query A { me { id } } query B { me { id } }' } }],
      ['an unknown operation name', { json: { query: 'query A { me { id } }', operationName: 'B' } }],
      ['extensions as a string', { json: { query: '{ me { id } }', extensions: 'x' } }],
      ['a batch of two', { json: [{ query: '{ me { id } }' }, { query: '{ me { id } }' }] }],
      [
        '40 aliases',
        { json: { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }` } },
      ],
      ['an unknown field 30 deep', { json: { query: `{ me ${'{ id '.repeat(30)}${'}'.repeat(30)} }` } }],
      [
        'three logins in one document',
        { json: { query: `mutation { ${'login(email: "a", password: "b") { accessToken } '.repeat(3)} }` } },
      ],
      ['a subscription over HTTP', { json: { query: 'subscription { sessionEnded { at reason } }' } }],
      ['a referral subscription over HTTP', { json: { query: 'subscription { referralRaised { id } }' } }],
      ['introspection', { json: { query: '{ __schema { types { name } } }' } }],
      ['text/plain', { json: { query: '{ me { id } }' }, contentType: 'text/plain' }],
    ];

    it.each([false, true])(
      'answers each known malformed body with a coded error (signed in: %s)',
      async (signedIn) => {
        const failures: string[] = [];
        for (const [what, body] of BODIES) {
          for (const problem of await post(body, signedIn, 'fi')) failures.push(`${what}: ${problem}`);
        }
        fail(failures);
      },
    );

    it(
      'answers garbage documents with a coded error',
      async () => {
        const documents = fc.oneof(
          anyString,
          fc.constantFrom(
            '{',
            '}',
            'mutation',
            'query ($x: Int) { me { id } }',
            '{ me { id } } #',
            '"""',
            '{ me(id: 1) { id } }',
          ),
          fc.string({
            unit: fc.constantFrom(
              '{',
              '}',
              '(',
              ')',
              '$',
              ':',
              '!',
              '"',
              'me',
              'id',
              ' ',
              '...',
              '@skip',
              '\u0000',
            ),
            maxLength: 30,
          }),
        );
        const property = fc.asyncProperty(
          documents,
          fc.boolean(),
          acceptLanguages,
          async (query, signedIn, acceptLanguage) => {
            const problems = await post({ json: { query } }, signedIn, acceptLanguage);
            if (problems.length) throw new Error(problems.join('\n'));
          },
        );
        const details = await fc.check(property, { numRuns: 60 });
        if (details.failed)
          fail([
            `garbage documents: ${String((details.errorInstance as Error)?.message ?? details.errorInstance)}`,
          ]);
      },
      FIELD_TIMEOUT,
    );
  });

  it('refuses a body over the limit with a coded error, not an HTTP 500', async () => {
    const res = await world.t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'fi')
      .send({
        query: 'mutation ($n: String!) { addPlatform(name: $n) { code } }',
        variables: { n: 'x'.repeat(3_000_000) },
      });
    expect(res.status).toBeLessThan(500);
    const error = res.body?.errors?.[0] ?? res.body?.error;
    expect(error?.code ?? error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(untranslated(String(error?.message ?? ''), 'fi')).toBeNull();
  });

  it('names a wrong variable in the language of the signed-in account, even before any resolver runs', async () => {
    const answer = await send(world, {
      role: 'operator',
      query: 'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
      variables: { id: world.pools.plannedSessions[0], v: 'one' },
    });
    expect(answer.status).toBeLessThan(500);
    const errors = (answer.body?.errors ?? []) as {
      message: string;
      extensions: { code: string; field?: string };
    }[];
    expect(errors.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0].extensions.field).toBe('v');
    // The operator prefers Finnish and sent no Accept-Language: the account's preference is the caller's language.
    expect(untranslated(errors[0].message, 'fi')).toBeNull();
  });
});
