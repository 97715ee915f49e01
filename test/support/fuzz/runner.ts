import { resolveLocale } from '@empact/domain';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { FieldPlan, hintsFor } from './plans';
import { argumentsOf, operationOf, OVERLONG_LIST, wrongArgumentsOf } from './schema-arbitraries';
import { acceptLanguages } from './values';
import { Answer, Expectation, problemsWith } from './verdict';
import { ACCOUNTS, RoleName, ROLES, World } from './world';

/** FUZZ_SEED reproduces a run; FUZZ_RUNS multiplies the number of runs (e.g. 10 for a long hunt). */
const DEFAULT_SEED = 20251120;
export const FUZZ_SEED = Number.isSafeInteger(Number(process.env.FUZZ_SEED))
  ? Number(process.env.FUZZ_SEED)
  : DEFAULT_SEED;
const SCALE = Math.max(0.1, Number(process.env.FUZZ_RUNS ?? 1));
fc.configureGlobal({ seed: FUZZ_SEED });

/** Runs per role: those that may succeed get the most, since only they reach the rules past the access checks. */
const RUNS = { owner: 20, other: 5, anonymous: 3, wrongTypes: 12 };
/** Shrinking sends a request per step: stop after this many and report the smallest failing input found. */
const SHRINK_BUDGET = 60;
/** Bodies this large would meet the body limit (1 MB) rather than the resolvers. */
const MAX_BODY = 1_000_000;

/** Whether the variables hold a list of 10,000 items: no input takes that many, so it must be refused. */
function holdsOverlongList(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= OVERLONG_LIST || value.some(holdsOverlongList);
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsOverlongList);
}

/** FUZZ_STATS=1 prints what each field answered (successes and codes), to see how deep the inputs reach. */
const STATS = process.env.FUZZ_STATS === '1';
const stats = new Map<string, Map<string, number>>();
function count(key: string, answer: Answer): void {
  if (!STATS) return;
  const errors = answer.body?.errors as
    { extensions?: { code?: string; field?: string }; message?: string }[] | undefined;
  const outcome = errors?.length
    ? `${errors[0].extensions?.code}${errors[0].extensions?.field ? `(${errors[0].extensions.field})` : ''}`
    : 'OK';
  const row = stats.get(key) ?? new Map<string, number>();
  row.set(outcome, (row.get(outcome) ?? 0) + 1);
  stats.set(key, row);
}
export function printStats(): void {
  if (!STATS) return;
  const lines = [...stats].map(
    ([key, row]) =>
      `${key}: ${[...row]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}×${n}`)
        .join(' ')}`,
  );
  console.log(lines.join('\n'));
}

const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

/** A fixed seed per property, derived from FUZZ_SEED, so that roles and fields do not get the same values. */
function seedFor(key: string): number {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (FUZZ_SEED ^ hash) | 0;
}

const short = (text: string, max = 700) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

export interface Request {
  role: RoleName;
  query: string;
  variables?: Record<string, unknown>;
  acceptLanguage?: string;
  ip?: string;
}

export async function send(world: World, request: Request): Promise<Answer> {
  let call = world.t.http.post('/graphql').set('content-type', 'application/json');
  if (request.role !== 'anonymous') call = call.set('authorization', `Bearer ${world.tokens[request.role]}`);
  if (request.acceptLanguage !== undefined) call = call.set('accept-language', request.acceptLanguage);
  if (request.ip) call = call.set('x-forwarded-for', request.ip);
  const res = await call.send({ query: request.query, variables: request.variables ?? {} });
  return { status: res.status, body: /json/.test(res.type) ? res.body : undefined, text: res.text ?? '' };
}

/** The language refusals must come in: the account's preference wins over the browser's. */
export function localeOf(role: RoleName, acceptLanguage: string | undefined) {
  return resolveLocale(role === 'anonymous' ? undefined : ACCOUNTS[role].language, acceptLanguage);
}

function describe(request: Request, answer: Answer, problems: string[]): string {
  const header = request.acceptLanguage === undefined ? '' : ` (Accept-Language: ${request.acceptLanguage})`;
  return [
    `as ${request.role}${header}: ${problems.join('; ')}`,
    `  variables: ${short(JSON.stringify(request.variables))}`,
    `  answer: HTTP ${answer.status} ${short(answer.text)}`,
  ].join('\n');
}

function report<T>(title: string, details: fc.RunDetails<T>): string {
  const error =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${title}: failed after ${details.numRuns} runs and ${details.numShrinks} shrinks (seed ${details.seed}, path "${details.counterexamplePath}")\n${error}`;
}

/** A property that stops shrinking after SHRINK_BUDGET steps, keeping the smallest failure found by then. */
function budgeted<T extends unknown[]>(check: (...args: T) => Promise<void>): (...args: T) => Promise<void> {
  let calls = 0;
  let firstFailure = -1;
  return async (...args: T) => {
    calls += 1;
    if (firstFailure >= 0 && calls - firstFailure > SHRINK_BUDGET) return;
    try {
      await check(...args);
    } catch (error) {
      if (firstFailure < 0 && !fc.PreconditionFailure.isFailure(error)) firstFailure = calls;
      throw error;
    }
  };
}

let addressCounter = 0;
const nextAddress = () => {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};

/**
 * Fuzzes one root field: type-correct arguments as every role, then broken variables. Returns one report per failing
 * property (empty when the field held), so that every role's defect is listed, not only the first.
 */
export async function fuzzField(
  world: World,
  schema: GraphQLSchema,
  kind: 'mutation' | 'query',
  name: string,
  plan: FieldPlan | undefined,
): Promise<string[]> {
  const root = kind === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const field = root?.getFields()[name];
  if (!field) return [`the ${kind} ${name} is not in the running schema`];
  if (!plan) return [`no fuzz plan for the ${kind} ${name}: add one to test/support/fuzz/plans.ts`];
  const query = operationOf(kind, field);
  const hints = hintsFor(world, plan);
  const failures: string[] = [];

  for (const role of ROLES) {
    const numRuns = runs(
      (plan.owners.includes(role) ? RUNS.owner : role === 'anonymous' ? RUNS.anonymous : RUNS.other) *
        (plan.share ?? 1),
    );
    const generated = argumentsOf(field, hints);
    const property = fc.asyncProperty(
      plan.tweak ? generated.chain((variables) => plan.tweak!(variables, world)) : generated,
      acceptLanguages,
      budgeted(async (variables: Record<string, unknown>, acceptLanguage: string | undefined) => {
        fc.pre(JSON.stringify(variables).length < MAX_BODY);
        const request: Request = {
          role,
          query,
          variables,
          acceptLanguage,
          ip: plan.spreadAddresses ? nextAddress() : undefined,
        };
        const answer = await send(world, request);
        count(`${name} ${role}`, answer);
        if (plan.restore && !answer.body?.errors) await plan.restore(world, role);
        // A list of 10,000 items is refused before any resolver runs (as broken variables are), whoever sends it.
        const overlong = holdsOverlongList(variables);
        const expectation: Expectation = {
          field: name,
          locale: localeOf(role, acceptLanguage),
          preExecutionLocale: localeOf(role, acceptLanguage),
          mayProceed: (role !== 'anonymous' || !!plan.public) && !overlong,
          typeCorrect: !overlong,
          typeWrong: overlong,
        };
        const problems = problemsWith(answer, expectation);
        if (problems.length) throw new Error(describe(request, answer, problems));
      }),
    );
    const examples = plan.owners.includes(role)
      ? (plan.examples?.(world) ?? []).map((variables): [Record<string, unknown>, string | undefined] => [
          variables,
          undefined,
        ])
      : [];
    const details = await fc.check(property, { numRuns, seed: seedFor(`${kind}/${name}/${role}`), examples });
    if (details.failed) failures.push(report(`${kind} ${name} as ${role}`, details));
  }

  const wrong = fc.asyncProperty(
    wrongArgumentsOf(field, hints),
    fc.constantFrom(...ROLES),
    acceptLanguages,
    budgeted(
      async (
        { variables }: { variables: Record<string, unknown> },
        role: RoleName,
        acceptLanguage: string | undefined,
      ) => {
        const request: Request = {
          role,
          query,
          variables,
          acceptLanguage,
          ip: plan.spreadAddresses ? nextAddress() : undefined,
        };
        const answer = await send(world, request);
        if (plan.restore && !answer.body?.errors) await plan.restore(world, role);
        const problems = problemsWith(answer, {
          field: name,
          locale: localeOf(role, acceptLanguage),
          preExecutionLocale: localeOf(role, acceptLanguage),
          mayProceed: false,
          typeCorrect: false,
          typeWrong: true,
        });
        if (problems.length) throw new Error(describe(request, answer, problems));
      },
    ),
  );
  const details = await fc.check(wrong, {
    numRuns: runs(RUNS.wrongTypes * (plan.share ?? 1)),
    seed: seedFor(`${kind}/${name}/wrong-types`),
  });
  if (details.failed) failures.push(report(`${kind} ${name} with broken variables`, details));

  await world.ensureSignedIn();
  return failures;
}
