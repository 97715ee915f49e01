import { argumentAt, translationFor } from './apollo-error.plugin';

describe(translationFor.name, () => {
  it.each([
    ['Field "rank" is not defined by type "CreateAccountInput".', 'input.unknownField', 'rank'],
    ['Variable "$input" got invalid value { rank: "x" }; Field "rank" is not defined by type "CreateAccountInput".', 'input.unknownField', 'rank'],
    ['Variable "$input" got invalid value 42 at "input.displayName"; String cannot represent a non string value: 42', 'input.wrongType', 'input.displayName'],
    ['Field "CreateAccountInput.email" of required type "String!" was not provided.', 'input.required', 'email'],
    ['Variable "$email" of required type "String!" was not provided.', 'input.required', 'email'],
    ['Unknown argument "rank" on field "Mutation.login".', 'input.unknownField', 'rank'],
    ['Cannot query field "secret" on type "Account".', 'input.unknownField', 'secret'],
    ['Syntax Error: Expected Name, found "}".', 'input.malformedQuery', undefined],
  ])('reads %s', (message, key, field) => {
    expect(translationFor(message)).toEqual({ key, ...(field ? { field } : {}) });
  });

  it('falls back to the general message', () => {
    expect(translationFor('Something graphql-js says one day')).toEqual({ key: 'code.BAD_USER_INPUT' });
  });
});

describe(argumentAt.name, () => {
  it('finds the argument a literal belongs to', () => {
    const query = 'mutation { login(email: "a@b.test", password: 3) { accessToken } }';
    expect(argumentAt(query, { line: 1, column: query.indexOf('3') + 1 })).toBe('password');
  });
});
