/**
 * Which String inputs can hold what a young person said. A field marked `@FreeText()` is checked for identifiers
 * before anything is stored (PersonalDataGuard); a String field that is neither a code, an id nor a pattern must say
 * why it is not free text with `@NotFreeText(reason)`. The schema test (free-text-fields.spec.ts) fails on a String
 * input of the schema that is neither.
 */

const FREE_TEXT = Symbol('empact:freeText');
const NOT_FREE_TEXT = Symbol('empact:notFreeText');

/** Why a String input that is not a code, an id or a pattern holds nothing a young person said. */
export type NotFreeTextReason =
  /** An officer's own name on their account: personal data of an officer, by design, under the accounts' rules. */
  | 'OFFICER_NAME'
  /** The name of a blue (institutional) police profile: the names the guard must let through in notes. */
  | 'POLICE_PROFILE_NAME'
  /** A search term: matched against accounts, never stored. */
  | 'SEARCH_TERM'
  /** An opaque value the API issued itself (a page cursor, a refresh token). */
  | 'OPAQUE_TOKEN'
  /** A password: hashed, never stored or shown as text. */
  | 'PASSWORD'
  /** A one-time code of two-factor sign-in (authenticator or recovery code): checked, never stored as text. */
  | 'ONE_TIME_CODE'
  /** A code checked against a table by the service (a platform code, an IANA time zone). */
  | 'CHECKED_CODE';

function ownList<T>(key: symbol, target: object): T[] {
  const existing = Reflect.getOwnMetadata(key, target) as T[] | undefined;
  if (existing) return existing;
  const created: T[] = [];
  Reflect.defineMetadata(key, created, target);
  return created;
}

/** Marks a String input field as free text: it is checked for identifiers of young people before it is stored. */
export function FreeText(): PropertyDecorator {
  return (prototype, property) => {
    ownList<string>(FREE_TEXT, prototype.constructor).push(String(property));
  };
}

/** Marks a String input field as not free text, with the reason the schema test and the README list. */
export function NotFreeText(reason: NotFreeTextReason): PropertyDecorator {
  return (prototype, property) => {
    ownList<[string, NotFreeTextReason]>(NOT_FREE_TEXT, prototype.constructor).push([
      String(property),
      reason,
    ]);
  };
}

function collect<T>(key: symbol, type: unknown): T[] {
  const found: T[] = [];
  for (
    let current = type;
    typeof current === 'function' && current !== Function.prototype;
    current = Object.getPrototypeOf(current)
  ) {
    found.push(...((Reflect.getOwnMetadata(key, current as object) as T[] | undefined) ?? []));
  }
  return found;
}

/** The free-text fields of an input class, its parents' included. */
export function freeTextFields(type: unknown): string[] {
  return [...new Set(collect<string>(FREE_TEXT, type))];
}

/** The fields of an input class declared not free text, with why. */
export function notFreeTextFields(type: unknown): Map<string, NotFreeTextReason> {
  return new Map(collect<[string, NotFreeTextReason]>(NOT_FREE_TEXT, type));
}

/** The free texts of an input object as `{ field: text }`, found through the decorators of its class. */
export function freeTextsOf(input: object): Record<string, string | null | undefined> {
  const record = input as Record<string, unknown>;
  const texts: Record<string, string | null | undefined> = {};
  for (const field of freeTextFields(input.constructor)) {
    const value = record[field];
    if (typeof value === 'string' || value === null || value === undefined) texts[field] = value;
  }
  return texts;
}
