/**
 * Rules for the characters of text a client sends. Every string is checked for what cannot be stored; names, which
 * people read on screen to know who or what they deal with, are held to more.
 */

/** Why a string cannot be stored as text: a NUL (PostgreSQL refuses it in text) or half of a UTF-16 surrogate pair. */
export type UnstorableText = 'NUL' | 'LONE_SURROGATE';

/** What keeps a string from being stored as it was sent, or null. A lone surrogate is no character at all: encoders turn it into U+FFFD. */
export function unstorableTextProblem(text: string): UnstorableText | null {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return 'NUL';
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      else return 'LONE_SURROGATE';
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'LONE_SURROGATE';
    }
  }
  return null;
}

/**
 * Characters a name may not hold: C0 and C1 control characters and DEL (line breaks, tabs, escape sequences), the line
 * and paragraph separators, and the marks that steer the direction of text (embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069, LRM, RLM and the Arabic letter mark), with which "Kripos‮ecnaidnuG" shows as another name.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
const NOT_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** The first character a name may not hold, as "U+202E" (they are invisible, so the code point is what a person can look for), or null. */
export function forbiddenNameCharacter(name: string): string | null {
  const found = NOT_IN_NAMES.exec(name);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}
