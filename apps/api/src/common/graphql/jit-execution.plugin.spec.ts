import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { jitExecutionPlugin } from './jit-execution.plugin';

const typeDefs = `
  scalar DateTime
  type Person { id: ID! name: String! }
  type Session { id: ID! startsAt: DateTime! people: [Person!]! count: Int! }
  type Query { sessions(n: Int!): [Session!]! refused: Session, broken: Int! }
  type Mutation { log(note: String!): Int! }
`;

/** Counts resolver calls: an operation must run once, whoever runs it. */
let calls = 0;
const resolvers = {
  Query: {
    sessions: (_: unknown, { n }: { n: number }) => {
      calls += 1;
      return Array.from({ length: n }, (_, i) => ({
        id: `s${i}`,
        startsAt: new Date(Date.UTC(2026, 10, 20, i % 24)),
        people: [{ id: `p${i}`, name: `Officer ${i}` }],
        count: i,
      }));
    },
    refused: () => {
      calls += 1;
      throw new GraphQLError('Not yours', { extensions: { code: 'NOT_FOUND' } });
    },
    broken: () => {
      calls += 1;
      throw new GraphQLError('Too many', {
        extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429 } },
      });
    },
  },
  Mutation: {
    log: () => ++calls,
  },
  DateTime: {
    serialize: (value: unknown) => (value instanceof Date ? value.toISOString() : null),
  },
};

const formatError = (error: GraphQLFormattedError) => ({
  ...error,
  message: `[${String(error.extensions?.code)}] ${error.message}`,
});

function server(jit: boolean): ApolloServer {
  return new ApolloServer({
    typeDefs,
    resolvers,
    formatError,
    plugins: jit ? [jitExecutionPlugin(formatError)] : [],
  });
}

const bodyOf = (response: GraphQLResponse) =>
  response.body.kind === 'single' ? response.body.singleResult : undefined;

describe('jitExecutionPlugin', () => {
  const plain = server(false);
  const jit = server(true);
  beforeAll(() => Promise.all([plain.start(), jit.start()]));
  afterAll(() => Promise.all([plain.stop(), jit.stop()]));

  /** The same request to both servers: the answers must be equal, and each ran its resolvers once. */
  async function both(query: string, variables?: Record<string, unknown>) {
    calls = 0;
    const a = await plain.executeOperation({ query, variables });
    const plainCalls = calls;
    calls = 0;
    const b = await jit.executeOperation({ query, variables });
    expect(calls).toBe(plainCalls);
    return { plain: a, jit: b };
  }

  it('answers a list with nested objects and custom scalars exactly as graphql-js does', async () => {
    const { plain: a, jit: b } = await both(
      'query ($n: Int!) { sessions(n: $n) { id startsAt people { id name } count } }',
      { n: 50 },
    );
    expect(JSON.stringify(bodyOf(b))).toBe(JSON.stringify(bodyOf(a)));
    expect(bodyOf(b)?.data?.sessions).toHaveLength(50);
  });

  it('answers a resolver’s refusal with the same code, path and formatted message, and partial data', async () => {
    const { plain: a, jit: b } = await both('{ refused { id } sessions(n: 1) { id } }');
    expect(bodyOf(b)).toEqual(bodyOf(a));
    expect(bodyOf(b)?.errors).toEqual([
      expect.objectContaining({
        message: '[NOT_FOUND] Not yours',
        path: ['refused'],
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
  });

  it('takes an HTTP status from the error’s extensions, as Apollo does', async () => {
    const { plain: a, jit: b } = await both('{ broken }');
    expect(b.http.status).toBe(429);
    expect(b.http.status).toBe(a.http.status);
    expect(bodyOf(b)).toEqual(bodyOf(a));
  });

  it('leaves refused variables to graphql-js, before any resolver ran', async () => {
    const { plain: a, jit: b } = await both('query ($n: Int!) { sessions(n: $n) { id } }', { n: 'many' });
    expect(bodyOf(b)).toEqual(bodyOf(a));
    expect(b.http.status).toBe(a.http.status);
    expect(bodyOf(b)?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves a document whose operation cannot be chosen to graphql-js', async () => {
    const { plain: a, jit: b } = await both('query A { broken } query B { broken }');
    expect(bodyOf(b)).toEqual(bodyOf(a));
    expect(b.http.status).toBe(a.http.status);
  });

  it('runs a mutation once', async () => {
    const { jit: b } = await both('mutation { log(note: "x") }');
    expect(bodyOf(b)?.data).toEqual({ log: 1 });
  });
});
