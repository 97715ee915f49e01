import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { anyDateTime, anyFloat, anyIdLike, anyInt, anyString, withHostileCharacter } from './values';

/**
 * Arbitraries built from the GraphQL schema itself, so that every argument of every root field gets values of its
 * declared type: a new field or input needs no new generator code, only (optionally) hints that make values
 * realistic enough to reach deeper.
 */

/** A realistic arbitrary for the leaf at `path` (argument and field names; list items keep their list's name). */
export type Hints = (path: readonly string[], type: GraphQLNamedType) => fc.Arbitrary<unknown> | undefined;

type Variables = Record<string, unknown>;
interface NamedInput {
  name: string;
  type: GraphQLInputType;
}

function genericLeaf(type: GraphQLNamedType): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  switch (type.name) {
    case 'String':
      return anyString;
    case 'ID':
      return anyIdLike;
    case 'Int':
      return anyInt;
    case 'Float':
      return anyFloat;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return anyDateTime;
    default:
      // A new scalar needs a generator of its own: fail loudly rather than send values of the wrong kind.
      throw new Error(`fuzz: no generator for the scalar ${type.name}`);
  }
}

/** How often a hinted leaf takes its realistic value rather than any value of its type (N to 1). */
type Realism = number;

function leaf(
  type: GraphQLNamedType,
  path: readonly string[],
  hints: Hints,
  realism: Realism,
): fc.Arbitrary<unknown> {
  const generic = genericLeaf(type);
  const hinted = hints(path, type);
  if (!hinted) return generic;
  // A realistic string with one hostile character in it passes every other check: only the rule against that character stands in its way.
  const hostile =
    type.name === 'String'
      ? [
          {
            weight: 1,
            arbitrary: hinted.chain((value) =>
              typeof value === 'string' ? withHostileCharacter(value) : fc.constant(value),
            ),
          },
        ]
      : [];
  return fc.oneof({ weight: realism, arbitrary: hinted }, ...hostile, { weight: 1, arbitrary: generic });
}

/** Lists as long as no input takes: 10,000 items, a few values repeated (cheap to build, to send and to shrink). */
export const OVERLONG_LIST = 10_000;
const overlong = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc
    .array(item, { minLength: 1, maxLength: 3 })
    .map((items) => Array.from({ length: OVERLONG_LIST }, (_, i) => items[i % items.length]));

/**
 * A value of a nullable or non-null input type; null itself is decided by the object or list holding it. Inside a list
 * no list is over-long: 10,000 items of 10,000 items each would be a body no one can send.
 */
function valueOf(
  type: GraphQLInputType,
  path: readonly string[],
  hints: Hints,
  realism: Realism,
  mayBeOverlong = true,
): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const itemType = inner.ofType as GraphQLInputType;
    const value = valueOf(itemType, path, hints, realism, false);
    const item = isNonNullType(itemType) ? value : fc.option(value, { nil: null, freq: 8 });
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: realism > 10 ? 12 : 4, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 45 }) },
      ...(mayBeOverlong ? [{ weight: 1, arbitrary: overlong(item) }] : []),
    );
  }
  if (isInputObjectType(inner)) {
    return objectOf(
      Object.values(inner.getFields()).map((field) => ({ name: field.name, type: field.type })),
      path,
      hints,
      realism,
      mayBeOverlong,
    );
  }
  return leaf(inner as GraphQLNamedType, path, hints, realism);
}

/** Required fields always present; optional ones present, null or left out. */
function objectOf(
  fields: NamedInput[],
  path: readonly string[],
  hints: Hints,
  realism: Realism,
  mayBeOverlong = true,
): fc.Arbitrary<Variables> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const field of fields) {
    const value = valueOf(field.type, [...path, field.name], hints, realism, mayBeOverlong);
    if (isNonNullType(field.type)) {
      model[field.name] = value;
      required.push(field.name);
    } else {
      model[field.name] = fc.option(value, { nil: null, freq: 6 });
    }
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Variables>;
}

/**
 * Variables for every argument of a root field, one variable per argument: mostly realistic ones (about half of them entirely,
 * most others with one value off), which get past validation into the rules, and wild ones.
 */
export function argumentsOf(field: GraphQLField<unknown, unknown>, hints: Hints): fc.Arbitrary<Variables> {
  const args = field.args.map((arg) => ({ name: arg.name, type: arg.type }));
  return fc.oneof(
    { weight: 3, arbitrary: objectOf(args, [], hints, 30) },
    { weight: 2, arbitrary: objectOf(args, [], hints, 2) },
  );
}

/** The operation that calls one root field with its arguments as variables and selects its result. */
export function operationOf(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionOf(field.type, 2)} }`;
}

/** Every field without required arguments, nested `depth` levels: field resolvers run on what fuzzing stored. */
export function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionOf(field.type, depth - 1)}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

// ---------------------------------------------------------------------------------------------------------------
// Wrong types: variables that GraphQL itself must refuse before any resolver runs.

export type Corruption =
  { op: 'delete'; path: (string | number)[] } | { op: 'set'; path: (string | number)[]; value: unknown };

/** Values that the scalar or enum certainly refuses (DateTime takes anything, so it has none). */
function wrongValuesFor(type: GraphQLNamedType): unknown[] {
  if (isEnumType(type)) return ['NOT_A_MEMBER', type.getValues()[0].name.toLowerCase(), 1, true, {}];
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'Int':
      return ['1', 1.5, 2 ** 31, -(2 ** 31) - 1, true, {}, [1, 2]];
    case 'Float':
      return ['1.5', true, {}, [1.5, 2]];
    case 'String':
      return [1, 1.5, true, {}, ['a', 'b']];
    case 'ID':
      return [true, 1.5, {}, ['a', 'b']];
    case 'Boolean':
      return ['true', 1, 0, {}, [true, false]];
    default:
      return [];
  }
}

function sitesInFields(
  fields: NamedInput[],
  value: Variables | undefined,
  path: (string | number)[],
  out: Corruption[],
  topLevel: boolean,
): void {
  for (const field of fields) {
    const at = [...path, field.name];
    if (isNonNullType(field.type)) {
      out.push({ op: 'delete', path: at }, { op: 'set', path: at, value: null });
    }
    sitesInValue(isNonNullType(field.type) ? field.type.ofType : field.type, value?.[field.name], at, out);
  }
  // An unknown field of an input object is refused; an unknown variable is merely ignored.
  if (!topLevel) out.push({ op: 'set', path: [...path, 'zzUnknownField'], value: 1 });
}

function sitesInValue(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
  out: Corruption[],
): void {
  if (isListType(type)) {
    const itemType = type.ofType as GraphQLInputType;
    const itemNamed = getNamedType(itemType);
    if (isNonNullType(itemType)) out.push({ op: 'set', path, value: [null] });
    for (const wrong of wrongValuesFor(itemNamed).slice(0, 2)) out.push({ op: 'set', path, value: [wrong] });
    if (isInputObjectType(itemNamed)) out.push({ op: 'set', path, value: ['not an object'] });
    if (Array.isArray(value) && value.length > 0) {
      if (isNonNullType(itemType)) out.push({ op: 'set', path: [...path, 0], value: null });
      sitesInValue(isNonNullType(itemType) ? itemType.ofType : itemType, value[0], [...path, 0], out);
    }
    return;
  }
  if (isInputObjectType(type)) {
    out.push({ op: 'set', path, value: 'not an object' }, { op: 'set', path, value: 3 });
    const fields = Object.values(type.getFields()).map((field) => ({ name: field.name, type: field.type }));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      sitesInFields(fields, value as Variables, path, out, false);
    } else {
      out.push({ op: 'set', path, value: { zzUnknownField: 1 } });
    }
    return;
  }
  for (const wrong of wrongValuesFor(type as GraphQLNamedType)) out.push({ op: 'set', path, value: wrong });
}

export function corruptionSites(field: GraphQLField<unknown, unknown>, variables: Variables): Corruption[] {
  const out: Corruption[] = [];
  sitesInFields(
    field.args.map((arg) => ({ name: arg.name, type: arg.type })),
    variables,
    [],
    out,
    true,
  );
  return out;
}

export function applyCorruption(variables: Variables, corruption: Corruption): Variables {
  const copy = structuredClone(variables);
  let holder: Record<string | number, unknown> = copy;
  for (const key of corruption.path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = corruption.path[corruption.path.length - 1];
  if (corruption.op === 'delete') delete holder[last];
  else holder[last] = corruption.value;
  return copy;
}

/** Valid variables of a root field with one thing broken that GraphQL's own checks must catch. */
export function wrongArgumentsOf(
  field: GraphQLField<unknown, unknown>,
  hints: Hints,
): fc.Arbitrary<{ variables: Variables; corruption: Corruption }> {
  return argumentsOf(field, hints).chain((variables) => {
    const sites = corruptionSites(field, variables);
    return fc
      .constantFrom(...sites)
      .map((corruption) => ({ variables: applyCorruption(variables, corruption), corruption }));
  });
}
