import type { GqlResponse } from '../test-app';
import type { World } from './world';

/** The signed-in callers of the matrix, in the order of the table's columns. */
export const ROLES = ['ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR', 'LIAISON'] as const;
export type Role = (typeof ROLES)[number];
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
}

export interface CellResult extends Cell {
  op: string;
  got: string;
  ok: boolean;
}

export const rowName = (row: Row) => (row.variant ? `${row.op} (${row.variant})` : row.op);

/** The answer a cell must give, once FO is resolved. */
export function resolve(expected: Expected): string {
  return expected === FO ? (ROLE_BEFORE_REACH ? FB : NF) : expected;
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
          return `fixture failed: ${(error as Error).message}`.slice(0, 200);
        }
        const res = await w.t.gql(call.query, call.variables ?? {}, { token: w.tokenFor(cell.caller) });
        return classify(row, res, w, cell);
      }),
    );
    answers = new Map(cells.map((cell, i) => [cell, got[i]]));
  }
  return cells.map((cell) => {
    const got = answers.get(cell) ?? 'not run';
    return { ...cell, op: rowName(row), got, ok: got === resolve(cell.expected) };
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
