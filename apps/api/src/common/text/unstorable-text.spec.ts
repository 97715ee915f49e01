import { unstorableTextAt } from './unstorable-text';

describe(unstorableTextAt.name, () => {
  it('finds nothing in well-formed arguments', () => {
    expect(
      unstorableTextAt({ email: 'a@b.test', roles: ['OPERATOR'], n: 3, at: new Date(0), none: null }),
    ).toBeNull();
    expect(unstorableTextAt('🙂')).toBeNull();
  });

  it('names the argument itself when it is the string', () => {
    expect(unstorableTextAt('a\u0000b')).toBe('');
  });

  it('names the field as class-validator does, through nested inputs and lists', () => {
    expect(unstorableTextAt({ email: 'a@\uD800.test' })).toBe('email');
    expect(
      unstorableTextAt({
        countries: [
          { country: 'NO', languages: ['nb'] },
          { country: 'FI', languages: ['fi', 'sv\u0000'] },
        ],
      }),
    ).toBe('countries.1.languages.1');
    expect(unstorableTextAt(['ok', '\uDC00'], 'ids')).toBe('ids.1');
  });

  it('leaves objects that are not plain data alone', () => {
    class Holder {
      text = '\u0000';
    }
    expect(unstorableTextAt(new Holder())).toBeNull();
  });
});
