import { matchesOf } from './candidate';

const WORD = /\p{L}+/u;
const words = (text: string) => [...matchesOf(WORD, text)].map((m) => m[0]);

describe('matchesOf', () => {
  it('finds every match, and again on the next text', () => {
    expect(words('Tre gutter spurte')).toEqual(['Tre', 'gutter', 'spurte']);
    expect(words('Ei jente')).toEqual(['Ei', 'jente']);
  });

  it('lets a reader of a pattern read it again inside its own loop', () => {
    const pairs: string[] = [];
    for (const outer of matchesOf(WORD, 'a b')) {
      for (const inner of matchesOf(WORD, 'x y')) pairs.push(`${outer[0]}${inner[0]}`);
    }
    expect(pairs).toEqual(['ax', 'ay', 'bx', 'by']);
  });

  it('starts from the beginning after a reader stopped half-way or was dropped', () => {
    for (const first of matchesOf(WORD, 'one two three')) {
      expect(first[0]).toBe('one');
      break;
    }
    const dropped = matchesOf(WORD, 'four five');
    expect(dropped.next().value?.[0]).toBe('four');
    expect(words('six seven')).toEqual(['six', 'seven']);
  });

  it('leaves the pattern itself untouched', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect([...matchesOf(pattern, '1 22 333')].map((m) => m[0])).toEqual(['1', '22', '333']);
    expect(pattern.lastIndex).toBe(3);
  });
});
