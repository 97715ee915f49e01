import { Candidate } from './candidate';

/**
 * Identifiers typed to slip past a filter, read as what they say: digits of other scripts and styles ("９１２",
 * "𝟎𝟏𝟓𝟏", "٠٧٠", keycaps "6️⃣"), emoji or slashes between single digits ("47🔥11🔥28", "0/7/0/4"), a link with "[.]"
 * ("tiktok[.]com/@…"), letters spaced or dotted one by one ("S i g r i d", "L.e.n.a"), and invisible characters.
 *
 * The detectors run on the undisguised text; `origin` maps each of its characters back to the note as typed, so that
 * findings point at what the officer wrote.
 */
export interface Undisguised {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index in the original of the character it came from; one more at the end. */
  readonly origin: readonly number[];
}

/** Zero-width characters, variation selectors, the keycap mark and the soft hyphen: nothing a reader sees. */
const INVISIBLE_CODES: ReadonlySet<number> = new Set([
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xfe0e, 0xfe0f, 0x20e3, 0x00ad,
]);
const INVISIBLE = {
  test: (char: string): boolean => char.length === 1 && INVISIBLE_CODES.has(char.charCodeAt(0)),
};
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{So}]$/u;
/** "[.]", "(.)", "{.}" inside a link or an address. */
const BRACKETED_DOT = /^[[({]\.[\])}]/u;

/** The value of any decimal digit: Unicode's digits come in runs of ten that start at zero. */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1)) && codePoint - start < 9) start--;
  return (codePoint - start) % 10;
}

class Builder {
  private readonly parts: string[] = [];
  private readonly from: number[] = [];

  push(value: string, origin: number): void {
    for (let i = 0; i < value.length; i++) this.from.push(origin);
    this.parts.push(value);
  }

  result(end: number): Undisguised {
    return { text: this.parts.join(''), origin: [...this.from, end] };
  }
}

/** Where the digit after a run of pictures (and the spaces around it) stands, if one does: "47 🔥 81". */
function pictureGapEnd(text: string, start: number): number | undefined {
  const charAt = (at: number) => String.fromCodePoint(text.codePointAt(at) ?? 0);
  let at = start;
  while (text[at] === ' ') at++;
  let pictures = 0;
  while (at < text.length && (INVISIBLE.test(text[at]) || PICTOGRAPH.test(charAt(at)))) {
    if (PICTOGRAPH.test(charAt(at))) pictures++;
    at += charAt(at).length;
  }
  while (text[at] === ' ') at++;
  return pictures > 0 && at - start <= 12 && DECIMAL_DIGIT.test(charAt(at)) ? at : undefined;
}

/** Digits of every script as ASCII, full-width punctuation as ASCII, invisible characters gone, "[.]" as ".". */
function readCharacters(text: string): Undisguised {
  const out = new Builder();
  let previousDigit = false;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const width = char.length;
    if (INVISIBLE.test(char)) {
      i += width;
      continue;
    }
    if (BRACKETED_DOT.test(text.slice(i, i + 3))) {
      out.push('.', i);
      previousDigit = false;
      i += 3;
      continue;
    }
    if (DECIMAL_DIGIT.test(char)) {
      out.push(codePoint < 0x80 ? char : String(digitValue(codePoint)), i);
      previousDigit = true;
      i += width;
      continue;
    }
    // "47🔥11🔥28", "0472 💜 51 💜 88": a picture between digits, spaced or not, parts them like a space.
    if (previousDigit && (PICTOGRAPH.test(char) || char === ' ')) {
      const next = pictureGapEnd(text, i);
      if (next !== undefined) {
        out.push(' ', i);
        i = next;
        continue;
      }
    }
    // Full-width and other compatibility forms of punctuation and letters ("．", "－", "Ａ").
    const compatible = codePoint >= 0xff00 && codePoint <= 0xffef ? char.normalize('NFKC') : char;
    out.push(compatible.length === 1 ? compatible : char, i);
    previousDigit = false;
    i += width;
  }
  return out.result(text.length);
}

/**
 * Single letters or digits spaced, dotted or hyphenated one by one, at least four, three of them letters: "S i g r i d",
 * "m-a-g-n-u-s-x-1-1".
 */
const SPELLED_OUT = /(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_](?:(?: |\.|-)[\p{L}\p{N}_]){3,}\.?(?![\p{L}\p{N}_-])/gu;
/** Six or more single digits parted by one same sign: "0/7/0/4/8/1/2/6/9/3", "4-7-1-1-2-8", "4.0.6.1.2.3.3.8". */
const DIGITS_PARTED = /(?<![\p{L}\p{N}.])\d([/|·•\-_.*])\d(?:\1\d){4,}(?![\p{L}\p{N}]|\.\d)/gu;
/** Single digits spaced one by one with a spaced dot between groups: "0 4 7 2 . 5 1 . 8 8 . 3 0". */
const DIGITS_SPACED_IN_GROUPS = /(?<![\p{L}\p{N}])\d(?: \d)+(?: \. \d(?: \d)*)+(?![\p{L}\p{N}])/gu;

/** A group of digits in brackets between other digits: "273 (849) 153", "22 08 10 (577) 57". */
const BRACKETED_GROUP = /(?<=\d ?)\(\d{2,}\)(?= ?\d)/gu;

interface Edit {
  start: number;
  end: number;
  /** What each character of the span becomes: itself, another character, or nothing. */
  read: (char: string) => string;
}

/** Spelled-out words joined, the signs between single digits read as spaces, brackets round a digit group dropped. */
function joinSpelledOut(text: string): Undisguised {
  const edits: Edit[] = [];
  const free = (start: number, end: number) => !edits.some((e) => start < e.end && e.start < end);
  for (const m of text.matchAll(SPELLED_OUT)) {
    // "S i g r i d", "L.e.n.a S.c.h.m.i.t.z": the letters joined, each where it was typed; spelled with dots, a space
    // still parts two words.
    if ((m[0].match(/\p{L}/gu)?.length ?? 0) >= 3) {
      const written = m[0].replace(/\.$/u, '');
      const parting = written.includes('.') ? '.' : written.includes('-') ? '-' : ' ';
      edits.push({ start: m.index, end: m.index + m[0].length, read: (c) => (c === parting ? '' : c) });
    }
  }
  for (const m of text.matchAll(DIGITS_PARTED)) {
    if (free(m.index, m.index + m[0].length)) {
      edits.push({ start: m.index, end: m.index + m[0].length, read: (c) => (/\d/.test(c) ? c : ' ') });
    }
  }
  for (const m of text.matchAll(DIGITS_SPACED_IN_GROUPS)) {
    // The groups joined: the single spaces dropped, each spaced dot read as the space between two groups.
    if ((m[0].match(/\d/g)?.length ?? 0) >= 6 && free(m.index, m.index + m[0].length)) {
      edits.push({
        start: m.index,
        end: m.index + m[0].length,
        read: (c) => (c === '.' ? ' ' : c === ' ' ? '' : c),
      });
    }
  }
  for (const m of text.matchAll(BRACKETED_GROUP)) {
    if (free(m.index, m.index + m[0].length)) {
      edits.push({ start: m.index, end: m.index + m[0].length, read: (c) => (/[()]/u.test(c) ? '' : c) });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  const out = new Builder();
  let at = 0;
  for (const edit of edits) {
    for (let i = at; i < edit.start; i++) out.push(text[i], i);
    for (let i = edit.start; i < edit.end; i++) out.push(edit.read(text[i]), i);
    at = edit.end;
  }
  for (let i = at; i < text.length; i++) out.push(text[i], i);
  return out.result(text.length);
}

/**
 * A word spelled out letter by letter ("d a r k w o l f 2 0 1 0", "T-O-M-Y-G-A-M-E-R-9-9", "s.c.o.u.t.m.a.r.k.u.s"):
 * nobody spells out an everyday word in a note, only what a filter would catch, a user name or a name. Five signs or
 * more, three of them letters, a digit or a small letter among them ("K R I P O S" and "A B C D E" are capitals).
 */
export function findSpelledOutWords(text: string): Candidate[] {
  return [...text.matchAll(SPELLED_OUT)]
    .filter((m) => {
      const signs = m[0].replace(/[ .-]/gu, '');
      return signs.length >= 5 && (signs.match(/\p{L}/gu)?.length ?? 0) >= 3 && /[\p{Ll}\p{N}]/u.test(signs);
    })
    .map((m) => ({
      kind: 'HANDLE' as const,
      start: m.index,
      end: m.index + m[0].replace(/\.$/u, '').length,
    }));
}

/** The note without its disguises, and where each character of it stands in the note as typed. */
export function undisguise(text: string): Undisguised {
  const first = readCharacters(text);
  // Nothing spaced or parted: the common case pays for one pass.
  if (
    !/[\p{L}\p{N}_][ .-][\p{L}\p{N}_][ .-][\p{L}\p{N}_]|\d[/|·•\-_.]\d[/|·•\-_.]\d|\d ?\(\d|\d \. \d/u.test(
      first.text,
    )
  )
    return first;
  const second = joinSpelledOut(first.text);
  return { text: second.text, origin: second.origin.map((index) => first.origin[index]) };
}

/** The span of the note as typed that a span of the undisguised text came from, whole characters and keycaps included. */
export function originalSpan(
  typed: string,
  undisguised: Undisguised,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = undisguised.origin[start];
  const last = undisguised.origin[Math.max(start, end - 1)];
  let to = last + String.fromCodePoint(typed.codePointAt(last) ?? 0).length;
  while (to < typed.length && INVISIBLE.test(typed[to])) to++;
  return { start: from, end: Math.max(to, from + 1) };
}
