import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean', 'DateTime']);

/**
 * Reads the committed schema (apps/api/schema.gql) so that a query can ask for every field of a type: the
 * outcomes scenario requests the whole dashboard, whatever tables the Outcomes type has today.
 */
export function loadSchema(source = ROOT) {
  const file = join(source, 'apps/api/schema.gql');
  const text = readFileSync(file, 'utf8')
    .replace(/"""[\s\S]*?"""/g, '')
    .replace(/^\s*"[^"\n]*"\s*$/gm, '')
    .replace(/#.*$/gm, '');
  const types = new Map();
  const enums = new Set();
  for (const match of text.matchAll(/^(type|enum|input|scalar)\s+(\w+)[^{\n]*(?:\{([\s\S]*?)^\})?/gm)) {
    const [, kind, name, body = ''] = match;
    if (kind === 'enum' || kind === 'scalar') enums.add(name);
    if (kind !== 'type') continue;
    const fields = [];
    const flat = body.replace(/\(([^()]*)\)/g, '(ARGS)');
    for (const line of flat.matchAll(/^\s*(\w+)(\(ARGS\))?\s*:\s*([[\]\w!]+)/gm)) {
      fields.push({ name: line[1], hasArgs: Boolean(line[2]), type: line[3].replace(/[[\]!]/g, '') });
    }
    types.set(name, fields);
  }
  return {
    /** A selection set of every field without arguments, nested objects included, down to `depth`. */
    selection(typeName, depth = 4) {
      const fields = types.get(typeName);
      if (!fields) throw new Error(`type ${typeName} is not in schema.gql`);
      return fields
        .filter((f) => !f.hasArgs)
        .map((f) => {
          if (SCALARS.has(f.type) || enums.has(f.type)) return f.name;
          if (depth <= 1 || !types.has(f.type)) return null;
          return `${f.name} { ${this.selection(f.type, depth - 1)} }`;
        })
        .filter(Boolean)
        .join(' ');
    },
  };
}
