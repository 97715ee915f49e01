import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { requestedFields } from './requested-fields';

const schema = buildSchema(`
  type Item { id: ID! name: String! count: Int! rosters: [String!]! }
  type Query { items: [Item!]! }
`);

function fieldsOf(query: string): Set<string> {
  let seen = new Set<string>();
  // Every resolver here is synchronous: execute() answers at once, and the list resolver has run.
  void execute({
    schema,
    document: parse(query),
    rootValue: {
      items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = requestedFields(info);
        return [];
      },
    },
  });
  return seen;
}

describe('requestedFields', () => {
  it('names the fields asked of the items directly', () => {
    expect([...fieldsOf('{ items { id count } }')]).toEqual(['id', 'count']);
  });

  it('follows inline fragments and named fragments, also nested ones, once each', () => {
    const fields = fieldsOf(`
      query { items { id ...A ... on Item { name } } }
      fragment A on Item { rosters ...B }
      fragment B on Item { count ...A }
    `);
    expect(fields).toEqual(new Set(['id', 'name', 'rosters', 'count']));
  });

  it('does not name fields of nested objects', () => {
    expect(fieldsOf('{ items { __typename } }')).toEqual(new Set(['__typename']));
  });
});
