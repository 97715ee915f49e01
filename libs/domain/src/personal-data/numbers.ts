import type { PersonalDataCountry } from '../interactions/vocabulary';
import {
  isValidBelgianNationalNumber,
  isValidDutchBsn,
  isValidFinnishPersonalIdentityCode,
  isValidFrenchSocialSecurityNumber,
  isValidIcelandicKennitala,
  isValidNorwegianNationalId,
  isValidSwedishPersonalNumber,
} from '../interactions/national-ids';
import { Candidate } from './candidate';

/**
 * Numbers as people type them: digit groups joined by any spaces, hyphens, en or em dashes ("06 – 123 456 78",
 * "04 70 12 34 56", "861 23 45", "15 03 11 512 17", "150311–2330"), or digit by digit ("9 1 2 3 4 5 6 7").
 * The strict pass in personal-data.ts knows the usual groupings; this one reads the digits whatever the grouping,
 * so it is stricter about what a number must be: an identity number only with valid check digits, a phone number
 * only with three groups or more, all its digits in one country's subscriber ranges, and no dots, slashes or
 * colons (dates and times).
 */

/** Help lines and emergency numbers as digits: never a finding, nor any number inside them. */
export const HELP_LINE_DIGITS: ReadonlySet<string> = new Set([
  '112',
  '113',
  '116111',
  '116123',
  '116000',
  '116006',
  '1717',
  '80033321',
  '80057000',
  '80030030',
  '22400040',
  '08000432',
  '0800113',
  '08000113',
  '09002345',
  '0800032123',
  '102',
  '103',
  '105',
  '106',
  '107',
  '1813',
  '0925250111',
  '0925250112',
  '0800120400',
  '0116111',
  '02800',
  '11414',
  '09008844',
  '0900800',
  '9067800',
  '0800900100',
  '11600',
  '1700',
  '5522218',
  '5888555',
  '0207000',
  // More help lines, crisis lines and police service numbers of the five countries and their neighbours, as patrols
  // refer young people to them: Giftinformasjonen, legevakt, Stígamót, Bjarkarhlíð, Veilig Thuis, Meld Misdaad
  // Anoniem, Slachtofferhulp, Zelfmoordlijn, Nollalinja, Mind, Kvinnofridslinjen, Jourhavande medmänniska, 1177,
  // TelefonSeelsorge, NSPCC, Childline, Shout, the Belgian police (101) and the Finnish police switchboard.
  '22591300',
  '116117',
  '5626868',
  '5533020',
  '08002000',
  '08007000',
  '09000101',
  '080032123',
  '101',
  '080005005',
  '90101',
  '020505050',
  '087021680',
  '1177',
  '08001110111',
  '08001110222',
  '08088005000',
  '08001111',
  '85258',
  '0295419800',
  '0800800',
  '08000113',
  '113',
  '1414',
  '0116123',
  '116006',
  '0800282828',
  // The capital area police of Iceland, which patrols give out as the number to call when it is not an emergency;
  // Finland's children's and young people's phone (Barnens och ungas telefon, Lasten ja nuorten puhelin) as dialled.
  '4441000',
  '080096116',
]);

/** Spaces, dashes, or a slash with a space on one side at least ("0470 / 12 34 56"; "20/11/2025" stays a date). */
const GAP =
  /^(?:[ \u00a0]{1,3}|[ \u00a0]?[-–—‑*][ \u00a0]?|[ \u00a0]\/[ \u00a0]?|\/[ \u00a0]|[ \u00a0]\.[ \u00a0])$/;

interface Group {
  start: number;
  end: number;
  digits: string;
}

export function runsOf(text: string): Group[][] {
  const runs: Group[][] = [];
  let previous: Group | undefined;
  for (const m of text.matchAll(/\d+/g)) {
    const group = { start: m.index, end: m.index + m[0].length, digits: m[0] };
    const gap = previous ? text.slice(previous.end, group.start) : '';
    if (previous && GAP.test(gap)) runs[runs.length - 1].push(group);
    else runs.push([group]);
    previous = group;
  }
  return runs;
}

export const ID_CHECKS: readonly {
  country: PersonalDataCountry;
  length: number;
  isValid: (v: string) => boolean;
}[] = [
  { country: 'NO', length: 11, isValid: isValidNorwegianNationalId },
  { country: 'BE', length: 11, isValid: isValidBelgianNationalNumber },
  { country: 'IS', length: 10, isValid: isValidIcelandicKennitala },
  { country: 'SE', length: 10, isValid: isValidSwedishPersonalNumber },
  { country: 'NL', length: 9, isValid: isValidDutchBsn },
  { country: 'FR', length: 15, isValid: isValidFrenchSocialSecurityNumber },
];

/** Mobiles, and the countries without area codes: landlines typed in odd groups are left to the strict pass. */
export const PHONE_DIGITS: readonly { country: PersonalDataCountry; digits: RegExp }[] = [
  { country: 'NO', digits: /^[2-79]\d{7}$/ },
  { country: 'BE', digits: /^04[5-9]\d{7}$/ },
  { country: 'NL', digits: /^06\d{8}$/ },
  { country: 'IS', digits: /^(?!800)[4-8]\d{6}$/ },
  { country: 'FI', digits: /^0(?:4\d|50)\d{6,8}$/ },
  { country: 'SE', digits: /^07[02369]\d{7}$/ },
];

/**
 * Mobiles of guests' and liaisons' countries, looked for whatever the week's countries: German 015x/016x/017x,
 * British 07 and Irish 08 numbers have prefixes and lengths no score, time or date has.
 */
export const GUEST_MOBILE_DIGITS = {
  de: /^01[5-7]\d{8,9}$/,
  gb: /^07[1-57-9]\d{8}$/,
  ie: /^08[35-9]\d{7}$/,
} as const;

/** Whether digits are a mobile or a subscriber number of one of the countries, or a guest's mobile. */
export function isPhoneDigits(digits: string, countries: ReadonlySet<PersonalDataCountry>): boolean {
  return (
    PHONE_DIGITS.some((p) => countries.has(p.country) && p.digits.test(digits)) ||
    Object.values(GUEST_MOBILE_DIGITS).some((d) => d.test(digits))
  );
}

/** A number that goes on past the run: "10:30", "1.5", "v2", "20.11." */
export function continues(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/[\p{L}_]/u.test(before) || /[\p{L}_]/u.test(after)) return true;
  if (/[.,:/]/.test(before) && /\d/.test(text[start - 2] ?? '')) return true;
  if (/[.,:/]/.test(after) && /\d/.test(text[end + 1] ?? '')) return true;
  if (/[%€$£#]/.test(after) || /[€$£#+]/.test(before)) return true;
  // "RBX-0470-12-34-56", "552-10-98/IS": letters joined to the digits make a code.
  if (
    /\p{Lu}{2,}[-/]$/u.test(text.slice(Math.max(0, start - 6), start)) ||
    /^\/\p{Lu}/u.test(text.slice(end, end + 2))
  )
    return true;
  return /^[ \u00a0]?(?:kr|nok|sek|isk|eur|euro|min|t|h|år|ans?|jaar|vuotta|ára|poeng|points|pisteet|stig)\b/iu.test(
    text.slice(end, end + 8),
  );
}

export function findLooseNumbers(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  const help: { start: number; end: number }[] = [];
  for (const run of runsOf(text)) {
    if (run.length < 2) continue;
    for (let first = 0; first < run.length; first++) {
      let digits = '';
      for (let last = first; last < run.length && digits.length < 16; last++) {
        digits += run[last].digits;
        const start = run[first].start;
        const end = run[last].end;
        // "1 0 5" inside "2 3 0 9 1 0 5 1 2 4 9": digits typed one by one are a help line only as the whole run.
        if (
          HELP_LINE_DIGITS.has(digits) &&
          (digits.length > last - first + 1 || (first === 0 && last === run.length - 1))
        )
          help.push({ start, end });
        // No phone or identity number has fewer than 7 digits: the cheap tests first, on the hot path, and whether the
        // number goes on past the run ("10:30") only for what would be a finding.
        if (digits.length < 7 || last === first) continue;
        // A number stops where the run goes on with digits of its own ("9 1 2 3 4 5 6 7 8" is not "1 2 3 4 5 6 7 8").
        const wholeRun = first === 0 && last === run.length - 1;
        // Digit by digit, a number runs to the run's end ("2 2 9 1 – 4 0 7 0 – 1 2 3 4" is an island code, not an id in
        // it; "2 0 1 0 0 4 1 8 - 2 3 6 4" a personnummer with its century).
        const singleDigits = run.slice(first, last + 1).every((g) => g.digits.length === 1);
        const id =
          singleDigits && last < run.length - 1
            ? undefined
            : ID_CHECKS.find(
                (c) => countries.has(c.country) && c.length === digits.length && c.isValid(digits),
              );
        // "0800 96 116": a free number's trunk and range, whatever a check digit says.
        if (id && last > first && !/^0[89]00/u.test(digits)) {
          // "mál 007-2024-45112": digits joined to the next or the last group by a bare dash or dot belong to a case or
          // an order number, and a part of it is no identity number.
          const tight = (from: number, to: number) => /^[-.]$/u.test(text.slice(from, to));
          const partOfCode =
            (first > 0 && tight(run[first - 1].end, start)) ||
            (last < run.length - 1 && tight(end, run[last + 1].start));
          // "24-1190034": two digits and the rest is how a case number is written, no identity number.
          const caseShaped =
            last - first === 1 && run[first].digits.length === 2 && run[last].digits.length >= 6;
          if (!partOfCode && !caseShaped && !continues(text, start, end))
            found.push({ kind: 'NATIONAL_ID', country: id.country, start, end });
          continue;
        }
        const groups = last - first + 1;
        const phone = isPhoneDigits(digits, countries);
        if (!phone) continue;
        const digitByDigit = run.slice(first, last + 1).every((g) => g.digits.length === 1);
        // "2 12 03 69 123 017 12": groups in the middle of a longer run are part of something else.
        if (!digitByDigit && first > 0 && last < run.length - 1) continue;
        if (
          (groups >= 3 || (digitByDigit && groups >= 7)) &&
          (wholeRun || !digitByDigit) &&
          !looksLikeYears(run.slice(first, last + 1)) &&
          !continues(text, start, end)
        ) {
          found.push({ kind: 'PHONE', start, end });
        }
      }
    }
  }
  // An identity number whose check digits hold is one even with a help line's digits among its groups ("… 75 113 042 79").
  return found.filter(
    (c) =>
      !help.some(
        (h) =>
          c.start < h.end &&
          h.start < c.end &&
          !(
            c.kind === 'NATIONAL_ID' &&
            c.start <= h.start &&
            h.end <= c.end &&
            c.end - c.start > h.end - h.start
          ),
      ),
  );
}

/** "2019 – 2024", "13 – 15 – 17": year and age ranges. */
function looksLikeYears(groups: readonly Group[]): boolean {
  return (
    groups.some((g) => /^(?:19|20)\d\d$/.test(g.digits)) &&
    groups.every(
      (g) => g.digits.length >= 2 && g.digits.length <= 4 && Number(g.digits) < 2100 && g.digits.length !== 3,
    )
  );
}

// ---------------------------------------------------------------------------------------------------------
// A Finnish henkilötunnus typed with spaces ("050311 A412S", "050311 - 247X", "050311a 412s").

const SPACED_HETU =
  /(?<![\p{L}\p{N}])\d{6}[ \u00a0]{0,2}[-–+A-FU-Y][ \u00a0]{0,2}\d{3}[ \u00a0]?[0-9A-Y](?![\p{L}\p{N}])/giu;

export function findSpacedFinnishIds(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  if (!countries.has('FI')) return [];
  return [...text.matchAll(SPACED_HETU)]
    .filter((m) =>
      isValidFinnishPersonalIdentityCode(
        m[0]
          .replace(/[\s\u00a0]/g, '')
          .replace('–', '-')
          .toUpperCase(),
      ),
    )
    .map((m) => ({
      kind: 'NATIONAL_ID' as const,
      country: 'FI' as const,
      start: m.index,
      end: m.index + m[0].length,
    }));
}

// ---------------------------------------------------------------------------------------------------------
// Identity numbers whose date is typed as a date ("21.06.11 54288", "110210.50980", "17/08/10-3159").

const DATED_ID =
  /(?<![\p{L}\p{N}])(\d{2})[ ./-]?(\d{2})[ ./-]?(\d{2})[ ./-]{0,3}(\d{4,5})(?![\p{L}\p{N}]|[.,:/-]\d)/gu;

export function findDatedIds(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(DATED_ID)) {
    const digits = m.slice(1).join('');
    const id = ID_CHECKS.find(
      (c) => countries.has(c.country) && c.length === digits.length && c.isValid(digits),
    );
    if (id)
      found.push({ kind: 'NATIONAL_ID', country: id.country, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Identity numbers and phones typed to slip past a filter: letters or brackets between the groups ("03 09 10 A 634 B
// 32", "050612 (A) 719 (B)", "17 03 12 A 458 8"), an extra dash ("230911-A372X"), dots in odd places ("2364.815.99"),
// or split over two messages ("Fyrst 270612. Så 648 71.", "Erst: 0478. Dann: 21 63 90."). Only what the check digits
// hold is an identity number; two halves make a phone only when the words between say the second one came next.

/** Digit groups with separators, brackets and single letters between them, or a letter and digits ("A815E"). */
const LETTERED_RUN =
  /(?<![\p{L}\p{N}_])(?:\d{1,8}|[A-Za-z](?=\d))(?:[ \u00a0.\-–—/()·•]{0,3}(?:\d{1,8}|[A-Za-z](?![\p{L}])))*\)?/gu;
/** The words that say a second message followed: "then", "så", "puis", "dann", "sitten", "svo", "sen", "daarna". */
const NEXT_MESSAGE =
  /(?<![\p{L}])(?:then|after that|next|second|rest|så|sen|sedan|etterpå|deretter|resten|nästa|neste|dann|danach|puis|ensuite|après|reste|daarna|toen|sitten|sen jälkeen|seuraavassa|loput|svo|síðan|seinna|restin|zweite|deuxième|tweede|toinen|seinni)(?![\p{L}])/iu;

/** "and" and "then" in the nine languages, as a number's second half is announced: "og så", "et puis", "ja sitten". */
export const AND_WORDS = 'og|and|en|et|und|ja|och';
export const THEN_WORDS =
  'så|then|dan|daarna|puis|ensuite|dann|danach|sitten|sen|sedan|svo|síðan|deretter|etterpå|toen';
/** "og så", "and then", "en dan", "et puis", "und dann", "ja sitten", "och sen", "og svo" between two halves. */
const AND_THEN = new RegExp(String.raw`^\s*(?:${AND_WORDS}|\+|&)\s+(?:${THEN_WORDS})\s*[:,]?\s*$`, 'iu');

function idOf(compact: string, countries: ReadonlySet<PersonalDataCountry>): PersonalDataCountry | undefined {
  if (countries.has('FI')) {
    const hetu = /^\d{9}[0-9A-Y]$/.test(compact) ? `${compact.slice(0, 6)}-${compact.slice(6)}` : compact;
    if (/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(hetu) && isValidFinnishPersonalIdentityCode(hetu)) return 'FI';
  }
  const digits = compact.replace(/\D/g, '');
  return ID_CHECKS.find((c) => countries.has(c.country) && c.length === digits.length && c.isValid(digits))
    ?.country;
}

/** A chunk's span from its first to its last digit: the letters around it are words ("15061050059 i"), but a Finnish number's own. */
function digitSpan(
  text: string,
  chunk: { start: number; end: number },
  country: PersonalDataCountry | undefined,
): { start: number; end: number } {
  if (country === 'FI') return { start: chunk.start, end: chunk.end };
  const written = text.slice(chunk.start, chunk.end);
  const first = written.search(/\d/);
  const last = written.length - [...written].reverse().join('').search(/\d/);
  return { start: chunk.start + first, end: chunk.start + last };
}

export function findDisguisedIds(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  const chunks = [...text.matchAll(LETTERED_RUN)].map((m) => {
    // "4567 i neste melding": a word of one small letter after the digits is no part of them.
    const written = m[0].replace(/[ \u00a0.\-–—/(·•]+$/u, '').replace(/(?<=\d)[ \u00a0]+[a-z]$/u, '');
    return {
      start: m.index,
      end: m.index + written.length,
      compact: written.replace(/[^\dA-Za-z]/g, '').toUpperCase(),
    };
  });
  for (const [i, chunk] of chunks.entries()) {
    if (!/\d/.test(chunk.compact)) continue;
    // One chunk: only what the strict and loose passes cannot read, a letter, a bracket or a dot among the digits.
    const written = text.slice(chunk.start, chunk.end);
    const disguised = /[A-Za-z(./·•]/.test(written) && !/^\d{2}[-.]\d{6,}$/.test(written);
    const country =
      disguised && chunk.compact.replace(/\D/g, '').length >= 9 ? idOf(chunk.compact, countries) : undefined;
    if (country && !continues(text, chunk.start, chunk.end)) {
      found.push({ kind: 'NATIONAL_ID', country, ...digitSpan(text, chunk, country) });
      continue;
    }
    const next = chunks[i + 1];
    if (!next || !/\d/.test(next.compact)) continue;
    const between = text.slice(chunk.end, next.start);
    // The first half ends where its message does ("Fyrst 270612. Så …"), not before a word ("35 000 troféer … 170 ädelstenar").
    // "4 9 3 5 og så 6 7 8 2", "0478 and then 21 63 90": a conjunction with its "then" says the same.
    const endsMessage = (end: number) =>
      /^\s*(?:[.,;:!?»"”)]|$)/u.test(text.slice(end, end + 3)) || AND_THEN.test(between);
    if (between.length > 48 || /\d/.test(between) || !NEXT_MESSAGE.test(between) || !endsMessage(chunk.end))
      continue;
    // Not a help line, a time or a range ("116 111 … 112", "21.05", "10–12").
    if (
      [chunk, next].some(
        (part) =>
          HELP_LINE_DIGITS.has(part.compact) ||
          /^\d{1,2}[.:–-]\d{1,2}$/.test(text.slice(part.start, part.end)),
      )
    )
      continue;
    const joined = chunk.compact + next.compact;
    const splitId = idOf(joined, countries);
    const digits = joined.replace(/\D/g, '');
    const splitPhone = /^\d+$/.test(joined) && isPhoneDigits(digits, countries);
    if (splitId) {
      for (const part of [chunk, next])
        found.push({ kind: 'NATIONAL_ID', country: splitId, ...digitSpan(text, part, splitId) });
    } else if (splitPhone) {
      for (const part of [chunk, next]) found.push({ kind: 'PHONE', ...digitSpan(text, part, undefined) });
    }
  }
  return found;
}
