import type { ResourceTree } from './resources';

/** Flattens a resource tree to `a.b.c` keys, as i18next addresses them. */
export function flattenKeys(tree: ResourceTree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flattenKeys(value, path));
  }
  return out;
}

/** The `{{variables}}` a translated string interpolates, sorted. */
export function interpolationVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]).sort();
}
