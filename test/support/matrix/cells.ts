import { randomUUID } from 'node:crypto';
import type { GqlResponse } from '../test-app';
import type { World } from './world';

/** The signed-in callers of the matrix, in the order of the table's columns. */
export const ROLES = ['ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR', 'LIAISON'] as const;
/**
 * The sixth signed-in caller: the data-protection officer (a matrix account of that role alone, no country). Not a
 * column of the rows (see `Row.dpo`): it may do almost nothing, so a row says only where it may.
 */
export const DPO = 'DATA_PROTECTION_OFFICER';
/** Every signed-in caller: the five columns, then the data-protection officer. */
export const SIGNED_IN = [...ROLES, DPO] as const;
export type Role = (typeof SIGNED_IN)[number];
export type Caller = Role | 'anonymous';

/** "own": a Finnish record (the leader's and operator's country); "other": a Belgian one; "any": one target for all. */
export type Target = 'own' | 'other' | 'any';

export type Answer = 'allowed' | 'none' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Answered without an error of the access codes (and, for a list with `seen`, the target's record is in it). */
export const OK = 'allowed';
/** Answered without an error, and none of the target's records is in the answer: what NOT_FOUND is for a list. */
export const NONE = 'none';
export const NF = 'NOT_FOUND';
export const FB = 'FORBIDDEN';
export const UN = 'UNAUTHENTICATED';
/** The cell does not exist (say, a liaison's own calendar feed: a liaison cannot have one). */
export const NA = 'n/a';
/**
 * The role may not do this at all, and the record lies outside the caller's reach (another country's, or any
 * country's for a liaison). The brief wants both "a role that may not do something at all answers FORBIDDEN" and "a
 * record of another country answers NOT_FOUND"; only the role check first keeps both (a refused role then gets
 * FORBIDDEN for every id, existing or not, so nothing leaks either way). Flip ROLE_BEFORE_REACH to expect NOT_FOUND
 * in these cells instead (reach first, as the comment on `can` in libs/domain suggests).
 */
export const FO = 'FORBIDDEN (role; out of reach)';
export const ROLE_BEFORE_REACH = true;

export type Expected = Answer | typeof NA | typeof FO;
/** One expectation per role, in the order of ROLES: ADMIN, COORDINATOR, TEAM_LEADER, OPERATOR, LIAISON. */
export type Expect5 = readonly [Expected, Expected, Expected, Expected, Expected];

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Cell {
  caller: Caller;
  target: Target;
  expected: Expected;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

export interface Row {
  /** The field of Query, Mutation or Subscription. */
  op: string;
  /** A second row for the same operation with other arguments (e.g. outcomes with `unsuppressed: true`). */
  variant?: string;
  own?: Expect5;
  other?: Expect5;
  any?: Expect5;
  /**
   * The data-protection officer's expectation, for every target of the row (one value) or per target. Left out: the
   * role may not do it at all (DPO_DEFAULT), which is what every operation but the audit log's, the retention status
   * and the caller's own account and sign-in answers it; rows written before the role existed need nothing.
   */
  dpo?: Expected | Partial<Record<Target, Expected>>;
  /** Nobody signed in; UNAUTHENTICATED unless the operation is public. Tried on the row's first target. */
  anonymous?: Expected;
  /** The GraphQL document and variables for one cell; may make the fresh records a state-changing cell needs. */
  build?: (w: World, caller: Caller, target: Target) => Call | Promise<Call>;
  /** Lists: whether the answer holds the target's record (else the cell answered `none`). */
  seen?: (data: Data, w: World, caller: Caller, target: Target) => boolean;
  /**
   * An error code that still counts as `allowed` in cells expected `allowed`: the access check passed and the state of
   * the record refused. Say why.
   */
  tolerate?: { code: string; why: string };
  /** Subscriptions: run every cell of the row at once (subscribe, cause events, look at what arrived). */
  probe?: (w: World, cells: Cell[]) => Promise<Map<Cell, string>>;
  /**
   * The same call asked about records that do not exist, for the cells out of the caller's reach (NF, FO), which must
   * answer it word for word alike. By default every id of the variables in turn is replaced by a new one.
   */
  missing?: (call: Call) => Call[];
}

export interface CellResult extends Cell {
  op: string;
  got: string;
  ok: boolean;
  /**
   * A cell out of the caller's reach: where the same call with a missing id (see `Row.missing`) answered otherwise,
   * what each answered. Empty when the record cannot be told from one that is not there.
   */
  unlikeMissing?: string[];
}

export const rowName = (row: Row) => (row.variant ? `${row.op} (${row.variant})` : row.op);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function withValueAt(value: Data, path: readonly string[], replacement: string): Data {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[path[0]] = withValueAt(value[path[0]], path.slice(1), replacement);
  return copy;
}

function idPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return UUID.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => idPaths(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => idPaths(item, [...path, key]));
  return [];
}

/** The call once for each id among its variables, that id replaced by one nobody has used. */
export function eachIdMissing(call: Call): Call[] {
  return idPaths(call.variables ?? {}).map((path) => ({
    ...call,
    variables: withValueAt(call.variables, path, randomUUID()),
  }));
}

/** The call with the id at `path` (say `['input', 'sessionId']`) replaced by one nobody has used. */
export const idMissingAt =
  (...path: string[]) =>
  (call: Call): Call[] => [{ ...call, variables: withValueAt(call.variables, path, randomUUID()) }];

/** A whole answer, message and all: what "answers alike" compares. */
const verbatim = (res: GqlResponse<Data>) => {
  const error = res.errors?.[0];
  return error
    ? `${error.extensions?.code}: ${error.message}`
    : `data ${JSON.stringify(res.data)}`.slice(0, 120);
};

/** Whether a cell's record lies outside the caller's reach, so that it must look as if it did not exist. */
const outOfReach = (cell: Cell) =>
  cell.caller !== 'anonymous' && (cell.expected === NF || cell.expected === FO);

/** The answer a cell must give, once FO is resolved. */
export function resolve(expected: Expected): string {
  return expected === FO ? (ROLE_BEFORE_REACH ? FB : NF) : expected;
}

/**
 * What the data-protection officer gets where a row does not say: FORBIDDEN, the role may not do it ('any'), and for
 * a record of a country (own, other) FO: the role may not do it and the record is outside its reach (no country).
 */
export const DPO_DEFAULT: Record<Target, Expected> = { any: FB, own: FO, other: FO };

export function dpoExpected(row: Row, target: Target): Expected {
  const dpo = row.dpo;
  if (dpo === undefined) return DPO_DEFAULT[target];
  if (typeof dpo === 'string') return dpo;
  return dpo[target] ?? DPO_DEFAULT[target];
}

/** Every cell of a row: each role on each target, and nobody signed in on the first target. */
export function cellsOf(row: Row): Cell[] {
  const targets = (['own', 'other', 'any'] as const).filter((target) => row[target]);
  const cells: Cell[] = [];
  for (const target of targets) {
    ROLES.forEach((caller, i) => {
      const expected = (row[target] as Expect5)[i];
      if (expected !== NA) cells.push({ caller, target, expected });
    });
    const dpo = dpoExpected(row, target);
    if (dpo !== NA) cells.push({ caller: DPO, target, expected: dpo });
  }
  cells.push({ caller: 'anonymous', target: targets[0], expected: row.anonymous ?? UN });
  return cells;
}

const ACCESS_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

/** What a response answered, in the words of the table. */
export function classify(row: Row, res: GqlResponse<Data>, w: World, cell: Cell): string {
  const error = res.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? `HTTP ${res.status}`);
    if (ACCESS_CODES.has(code)) return code;
    if (row.tolerate?.code === code && resolve(cell.expected) === OK) return OK;
    return `${code}: ${error.message}`.slice(0, 160);
  }
  if (!res.data) return `no data (HTTP ${res.status})`;
  if (row.seen) return row.seen(res.data, w, cell.caller, cell.target) ? OK : NONE;
  return OK;
}

export async function runRow(w: World, row: Row): Promise<CellResult[]> {
  const cells = cellsOf(row);
  let answers: Map<Cell, string>;
  let unlikeMissing = new Map<Cell, string[] | undefined>();
  if (row.probe) {
    answers = await row.probe(w, cells);
  } else {
    const build = row.build;
    if (!build) throw new Error(`row ${rowName(row)} has neither build nor probe`);
    const got = await Promise.all(
      cells.map(async (cell) => {
        let call: Call;
        try {
          call = await build(w, cell.caller, cell.target);
        } catch (error) {
          return { got: `fixture failed: ${(error as Error).message}`.slice(0, 200) };
        }
        const token = w.tokenFor(cell.caller);
        const res = await w.t.gql(call.query, call.variables ?? {}, { token });
        if (!outOfReach(cell)) return { got: classify(row, res, w, cell) };
        const answer = verbatim(res);
        const twins = await Promise.all(
          (row.missing ?? eachIdMissing)(call).map(async (twin) =>
            verbatim(await w.t.gql(twin.query, twin.variables ?? {}, { token })),
          ),
        );
        const unlike = twins
          .filter((twin) => twin !== answer)
          .map((twin) => `${answer} | missing id: ${twin}`);
        return { got: classify(row, res, w, cell), unlikeMissing: unlike };
      }),
    );
    answers = new Map(cells.map((cell, i) => [cell, got[i].got]));
    unlikeMissing = new Map(cells.map((cell, i) => [cell, got[i].unlikeMissing]));
  }
  return cells.map((cell) => {
    const got = answers.get(cell) ?? 'not run';
    return {
      ...cell,
      op: rowName(row),
      got,
      ok: got === resolve(cell.expected),
      unlikeMissing: unlikeMissing.get(cell),
    };
  });
}

/** A fixed-width table of cells: operation × caller × target, expected / got. */
export function table(results: readonly CellResult[]): string {
  const head = ['operation', 'caller', 'target', 'expected', 'got'];
  const lines = results.map((r) => [
    r.op,
    r.caller,
    r.target,
    r.expected === FO ? `${resolve(FO)} (role; out of reach)` : r.expected,
    r.got,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [format(head), format(widths.map((n) => '-'.repeat(n))), ...lines.map(format)].join('\n');
}
