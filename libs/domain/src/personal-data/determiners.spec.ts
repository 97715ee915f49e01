import { findPersonalData } from '../interactions/personal-data';
import { BUNDLED_NAME_LEXICON } from '../personal-data-lexicon';
import { DETERMINERS } from './determiners';
import { registerNameLexicon } from './name-lexicon';

/** The note's language: only a label here, as `findPersonalData` reads every note in all the languages at once. */
type Language = 'de' | 'en' | 'sv' | 'nb' | 'nn' | 'is' | 'nl' | 'fr' | 'fi';

const namesIn = (text: string) =>
  findPersonalData(text)
    .filter((f) => f.kind === 'PERSON_NAME')
    .map((f) => text.slice(f.start, f.end));

describe('findPersonalData: a determiner opening a sentence before a capitalised noun', () => {
  beforeAll(() => registerNameLexicon(BUNDLED_NAME_LEXICON));

  it.each<[Language, string]>([
    ['de', 'Diese Person hat mir erzählt, dass sie zwölf ist.'],
    ['de', 'Diese Person ist hier auch als Operator eingetragen.'],
    ['de', 'Wir waren in der Schule. Diese Person hat mir erzählt, dass sie zwölf ist.'],
    ['de', 'Diese Personen haben uns geschrieben.'],
    ['de', 'Jene Person hat uns angeschrieben.'],
    ['de', 'Jede Person bekommt einen Flyer.'],
    ['de', 'Alle Personen sind minderjährig.'],
    ['de', 'Andere Personen haben sich gemeldet.'],
    ['de', 'Dieser Junge hat mir erzählt, dass er zwölf ist.'],
    ['de', 'Das Mädchen hat mir erzählt, dass sie zwölf ist.'],
    ['de', 'Seine Mutter hat uns angerufen.'],
    ['de', 'Ihre Freundin hat uns angerufen.'],
    ['en', 'Same Person messaged again tonight.'],
    ['en', 'This Person told me she is twelve.'],
    ['sv', 'Denna Person har berättat att hon är tolv.'],
    ['sv', 'Andra Personen sa att hon var tolv.'],
    ['nb', 'Noen Personen skrev igjen.'],
    ['nb', 'Begge Personen skrev igjen.'],
    ['nb', 'Denne Personen fortalte at hun er tolv.'],
    ['nn', 'Hennar Person skreiv igjen.'],
    ['is', 'Hennar Jónsdóttir sagði það.'],
    ['nl', 'Deze Persoon heeft mij verteld dat ze twaalf is.'],
    ['nl', 'Deze jongen heeft mij verteld dat hij twaalf is.'],
    ['fr', "Cette Personne m'a dit qu'elle a douze ans."],
    ['fi', 'Tämä Henkilö kertoi olevansa kaksitoista.'],
  ])('takes no name from a determiner and a noun (%s) "%s"', (_language, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each<[Language, string, string]>([
    ['de', 'Diese Anna Schmidt hat uns angeschrieben.', 'Anna Schmidt'],
    ['de', 'Diese Lea Person hat uns geschrieben.', 'Lea Person'],
    ['de', 'Diese Jessica Kowalczyk hat uns geschrieben.', 'Jessica Kowalczyk'],
    ['de', 'Lukas Weber hat uns angeschrieben.', 'Lukas Weber'],
    ['de', 'Anna Person hat uns angeschrieben.', 'Anna Person'],
    ['de', 'Wir sprachen mit Anna Person.', 'Anna Person'],
    ['de', 'Hans Person hat uns angeschrieben.', 'Hans Person'],
    ['en', 'Emma Person called us.', 'Emma Person'],
    ['en', 'This Anna Person told me she is twelve.', 'Anna Person'],
    ['sv', 'Denna Anna Persson har berättat att hon är tolv.', 'Anna Persson'],
    ['sv', 'Hans Persson ringde oss.', 'Hans Persson'],
    ['nb', 'Denne Kari Hansen skrev igjen.', 'Kari Hansen'],
    ['nb', 'Hans Olsen ringte oss.', 'Hans Olsen'],
    ['is', 'Þessi Anna Jónsdóttir sagði mér að hún væri tólf.', 'Anna Jónsdóttir'],
    ['nl', 'Deze Sanne de Vries heeft ons gebeld.', 'Sanne de Vries'],
    ['fr', 'Cette Chloé Martin nous a appelés.', 'Chloé Martin'],
    ['fi', 'Puhuin Annen kanssa eilen.', 'Annen'],
    ['fi', 'Annan kaveri soitti meille.', 'Annan'],
  ])('still finds a real name in the same place (%s) "%s"', (_language, text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it('holds every form of the determiners, but no word a Finnish case of a first name needs', () => {
    for (const word of [
      'diese',
      'dieser',
      'diesem',
      'jede',
      'jene',
      'alle',
      'denna',
      'hennar',
      'þessi',
      'same',
    ])
      expect(DETERMINERS.has(word)).toBe(true);
    // "Annen kanssa", "Annan kaveri": Anne's and Anna's genitives.
    for (const word of ['annen', 'annan']) expect(DETERMINERS.has(word)).toBe(false);
  });
});
