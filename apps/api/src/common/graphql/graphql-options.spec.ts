import { buildSchema, execute, parse, type GraphQLObjectType } from 'graphql';
import { withoutPropertyResolvers } from './graphql-options';

describe('withoutPropertyResolvers', () => {
  it('takes off the resolvers that only read a property, and keeps every other', () => {
    const schema = buildSchema('type Item { id: ID! total: Int! } type Query { items: [Item!]! }');
    const item = schema.getType('Item') as GraphQLObjectType;
    // Nest's property reader is named so; a field resolver of our own is not.
    item.getFields().id.resolve = function rootFieldResolver(root: { id: string }) {
      return root.id;
    };
    item.getFields().total.resolve = (root: { parts: number[] }) => root.parts.reduce((a, b) => a + b, 0);
    schema.getQueryType()!.getFields().items.resolve = () => [{ id: 'a', parts: [1, 2] }];

    withoutPropertyResolvers(schema);

    expect(item.getFields().id.resolve).toBeUndefined();
    expect(item.getFields().total.resolve).toBeDefined();
    expect(execute({ schema, document: parse('{ items { id total } }') })).toEqual({
      data: { items: [{ id: 'a', total: 3 }] },
    });
  });
});
