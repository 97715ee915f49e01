import { unstorableTextProblem } from '@empact/domain';

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Where in an argument a string holds what cannot be stored as text (a NUL, half of a surrogate pair): the path in the
 * form class-validator names fields (`countries.0.languages.1`), '' for the argument itself, or null when all is well.
 * Walks plain objects and arrays only: what GraphQL, JSON and query strings give, never a Date or a class instance.
 */
export function unstorableTextAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return unstorableTextProblem(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorableTextAt(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableTextAt(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
