import { forbiddenNameCharacter, unstorableTextProblem } from './text-rules';

describe('unstorableTextProblem', () => {
  it('lets any well-formed text through, emoji and other astral characters included', () => {
    for (const text of [
      '',
      'Þórsmörk',
      'Ääkköset ja öljy',
      '👮‍♀️🇳🇴',
      '𝕏𝔂𝖟',
      'line\nbreak\ttab',
      '\u202Eevil\u202C',
    ]) {
      expect(unstorableTextProblem(text)).toBeNull();
    }
  });

  it('refuses a NUL anywhere', () => {
    expect(unstorableTextProblem('\u0000')).toBe('NUL');
    expect(unstorableTextProblem('a\u0000b')).toBe('NUL');
  });

  it('refuses a high or a low surrogate without its other half', () => {
    expect(unstorableTextProblem('\uD800')).toBe('LONE_SURROGATE');
    expect(unstorableTextProblem('a@\uD83D.test')).toBe('LONE_SURROGATE');
    expect(unstorableTextProblem('\uDE00x')).toBe('LONE_SURROGATE');
    expect(unstorableTextProblem('🙂\uD83D')).toBe('LONE_SURROGATE');
    // Two halves in the wrong order are two lone surrogates.
    expect(unstorableTextProblem('\uDE00\uD83D')).toBe('LONE_SURROGATE');
  });
});

describe('forbiddenNameCharacter', () => {
  it('lets names in every script of the week through', () => {
    for (const name of [
      'Ingrid Berg (Kripos)',
      'Þórdís Ýr Ævarsdóttir',
      'Eero Mäkinen',
      'Politiet · Roblox',
      'ИНТЕРПОЛ 警察',
      'مرحبا',
      'שלום',
      '👮 Poliisi',
      "Jan-Willem d'Hondt",
    ]) {
      expect(forbiddenNameCharacter(name)).toBeNull();
    }
  });

  it.each([
    ['a right-to-left override', 'Kripos\u202Eecnaidug', 'U+202E'],
    ['a left-to-right embedding', '\u202Aname', 'U+202A'],
    ['a pop directional formatting', 'name\u202C', 'U+202C'],
    ['a right-to-left isolate', 'a\u2067b', 'U+2067'],
    ['a pop directional isolate', 'a\u2069', 'U+2069'],
    ['a left-to-right mark', 'a\u200E', 'U+200E'],
    ['a right-to-left mark', 'a\u200F', 'U+200F'],
    ['the Arabic letter mark', 'a\u061C', 'U+061C'],
    ['a NUL', 'a\u0000', 'U+0000'],
    ['a line break', 'Ola\nNordmann', 'U+000A'],
    ['a tab', 'Ola\tNordmann', 'U+0009'],
    ['an escape sequence', '\u001b[31mred', 'U+001B'],
    ['DEL', 'a\u007F', 'U+007F'],
    ['a C1 control character', 'a\u0085b', 'U+0085'],
    ['the last C1 control character', 'a\u009F', 'U+009F'],
    ['a line separator', 'a\u2028b', 'U+2028'],
  ])('refuses %s and names it', (_, name, character) => {
    expect(forbiddenNameCharacter(name)).toBe(character);
  });

  it('keeps the characters next to the refused ranges', () => {
    expect(forbiddenNameCharacter('\u00A0\u200D\u2027\u202F\u2065\u206A')).toBeNull();
  });
});
