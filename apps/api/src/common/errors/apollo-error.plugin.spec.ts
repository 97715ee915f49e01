import { argumentAt, MAX_LIST_ITEMS, overlongListIn, translationFor } from './apollo-error.plugin';

describe(translationFor.name, () => {
  it.each([
    ['Field "rank" is not defined by type "CreateAccountInput".', 'input.unknownField', 'rank'],
    [
      'Variable "$input" got invalid value { rank: "x" }; Field "rank" is not defined by type "CreateAccountInput".',
      'input.unknownField',
      'rank',
    ],
    [
      'Variable "$input" got invalid value 42 at "input.displayName"; String cannot represent a non string value: 42',
      'input.wrongType',
      'input.displayName',
    ],
    [
      'Field "CreateAccountInput.email" of required type "String!" was not provided.',
      'input.required',
      'email',
    ],
    ['Variable "$email" of required type "String!" was not provided.', 'input.required', 'email'],
    ['Unknown argument "rank" on field "Mutation.login".', 'input.unknownField', 'rank'],
    ['Cannot query field "secret" on type "Account".', 'input.unknownField', 'secret'],
    ['Syntax Error: Expected Name, found "}".', 'input.malformedQuery', undefined],
  ])('reads %s', (message, key, field) => {
    expect(translationFor(message)).toEqual({ key, ...(field ? { field } : {}) });
  });

  it.each([
    ['Syntax Error: Query depth limit of 10 exceeded, found 12.', 'input.limitDepth', 10],
    ['Syntax Error: Query Cost limit of 5000 exceeded, found 7400.', 'input.limitCost', 5000],
    ['Syntax Error: Aliases limit of 15 exceeded, found 16.', 'input.limitAliases', 15],
    ['Syntax Error: Directives limit of 10 exceeded, found 11.', 'input.limitDirectives', 10],
    ['Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', 'input.limitTokens', 2000],
  ])('reads the limit in %s', (message, key, max) => {
    expect(translationFor(message)).toEqual({ key, max });
  });

  it('reads the list the API refused as over-long, and graphql-js giving up on too many wrong values', () => {
    expect(translationFor('List "input.roles" holds more than 1000 items.')).toEqual({
      key: 'input.tooMany',
      field: 'input.roles',
      max: 1000,
    });
    expect(
      translationFor('Too many errors processing variables, error limit reached. Execution aborted.'),
    ).toEqual({ key: 'input.tooManyErrors' });
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

describe(overlongListIn.name, () => {
  const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'x');

  it('finds a list longer than any input takes, however deep, and names its path', () => {
    expect(overlongListIn({ input: { roles: many } })).toBe('input.roles');
    expect(overlongListIn({ input: { countries: [{ languages: ['nb'] }, { languages: many }] } })).toBe(
      'input.countries.1.languages',
    );
  });

  it('lets lists up to the limit through', () => {
    expect(overlongListIn({ input: { roles: many.slice(1) }, id: 'x', n: null })).toBeNull();
  });
});
