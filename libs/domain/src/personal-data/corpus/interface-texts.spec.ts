import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData } from '../../interactions/personal-data';

/**
 * False alarms on text nobody wrote for the detector: every sentence of the app's own interface in the nine languages
 * (≈7,500 strings, none naming a young person). The only findings allowed are the "@handle" examples of the
 * identifier kinds' labels.
 */
const LOCALES = join(__dirname, '../../../../i18n/src/locales');

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];

describe('findPersonalData on the interface texts of the nine languages', () => {
  const texts = readdirSync(LOCALES).flatMap((lng) =>
    readdirSync(join(LOCALES, lng)).flatMap((file) =>
      stringsOf(JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'))).map((text) => ({
        where: `${lng}/${file}`,
        text,
      })),
    ),
  );

  it('reads thousands of sentences', () => {
    expect(texts.length).toBeGreaterThan(5000);
  });

  it('flags none of them but the "@handle" examples', () => {
    const alarms = texts.flatMap(({ where, text }) =>
      findPersonalData(text)
        .filter((f) => !(f.kind === 'HANDLE' && text.slice(f.start, f.end).startsWith('@')))
        .map((f) => `[${where}] ${text}  ⇒  ${f.kind}:${text.slice(f.start, f.end)}`),
    );
    expect(alarms).toEqual([]);
  });
});
