import { againstKnown } from '../support/matrix/known-differences';
import { randomUUID } from 'node:crypto';
import {
  type Call,
  type Caller,
  type Cell,
  type CellResult,
  FB,
  FO,
  idMissingAt,
  NA,
  NF,
  NONE,
  OK,
  type Row,
  resolve,
  rowName,
  runRow,
  table,
  type Target,
} from '../support/matrix/cells';
import { probe, type Probe, settle } from '../support/matrix/probe';
import {
  coverageProblems,
  ROOT_KINDS,
  type RootKind,
  schemaOperations,
} from '../support/matrix/schema-operations';
import { EMAILS, LANGUAGES, World } from '../support/matrix/world';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { planCsv } from '../support/plan-files';
import { zonedParts } from '@empact/domain';

/*
 * The authorization matrix (issue #8): every query, mutation and subscription of apps/api/schema.gql, tried end to
 * end by each role and by nobody, on a record of the caller's own country and on one of another country.
 *
 * Callers: ADMIN (admin@), COORDINATOR (coordinator.no@, Kripos, the host), TEAM_LEADER (leader.fi@), OPERATOR
 * (operator1.fi@), LIAISON (liaison@, Europol), and anonymous (no session; tried on the row's first target); and the
 * DATA_PROTECTION_OFFICER (dpo.matrix@, made by the matrix), who is no column: a row says `dpo` where the officer may
 * do something, and without it expects FORBIDDEN (FB on 'any', FO on own/other: see DPO_DEFAULT in cells.ts).
 *
 * Targets: "own" is a Finnish record (Finland's interaction, referral, debrief, guidance note for Finland, account,
 * police profile; a session or week Finland takes part in), "other" the Belgian one (a week or session Finland takes no
 * part in). The coordinator and the admin reach every country and the liaison none: for them "own" and "other" are
 * the same two records, and their columns agree unless a rule names the country. Rows whose records are personal
 * (calendar feeds, sign-ins) say what their targets are. "any": operations without a country.
 *
 * Expected answers come from the brief (/work/shared/BRIEF.md) and the policy (libs/domain/src/access/policy.ts),
 * not from what the API answers:
 *   OK   allowed: no error; BAD_USER_INPUT/CONFLICT only where a row tolerates it and says why
 *   NONE allowed, and the answer holds none of the target's records (what NOT_FOUND is for a list)
 *   NF   NOT_FOUND: the record lies outside the caller's reach and must look as if it did not exist
 *   FB   FORBIDDEN: the role may not do this at all (or may, but not to this record, which it can see)
 *   FO   the role may not do this at all and the record is outside its reach as well: FORBIDDEN (see cells.ts)
 *   NA   no such cell
 * Anonymous callers get UNAUTHENTICATED unless a row says otherwise.
 *
 * Every cell out of the caller's reach (NF, FO) is asked a second time with each id replaced by one nobody has used
 * (Row.missing), and must answer word for word alike (code and message; the audit entry of a refusal follows the
 * code), so that no id of another country can be told from one that does not exist (issue #15).
 *
 * Sessions (issue #15): a session is a national team's only when its country takes part. One it takes no part in shows
 * in the week's plan as a busy slot (patrolSession, schedule) and is NOT_FOUND for everything else, whatever the role:
 * starting, ending, cancelling, rescheduling, rosters, totals, logging.
 */

/** The Finnish or Belgian record of a pair kept by country. */
const rec = (pair: { FI: string; BE: string }, target: Target) => (target === 'other' ? pair.BE : pair.FI);
const byId =
  (query: string, pick: (w: World, target: Target) => string) =>
  (w: World, _caller: Caller, target: Target): Call => ({
    query,
    variables: { id: pick(w, target) },
  });
const week = (w: World, target: Target) => w.pick(target, w.weeks.shared, w.weeks.be);
/** Makes only the record of the target: Finland's (own) or Belgium's (other). */
const fresh = <T>(target: Target, own: () => T, other: () => T): T => (target === 'other' ? other() : own());
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;
/** A plan file (CSV, base64) of one session in a free slot of the week, for the target's country. */
const planFile = (w: World, target: Target) => {
  const which = w.pick(target, 'shared' as const, 'be' as const);
  const { startsAt, endsAt } = w.slot(which);
  const start = zonedParts(new Date(startsAt), 'Europe/Oslo');
  const end = zonedParts(new Date(endsAt), 'Europe/Oslo');
  const file = planCsv([
    {
      date: start.day,
      start: start.time,
      end: end.time,
      platform: 'DISCORD',
      venue: 'Matrix import',
      countries: w.countryOf(target),
    },
  ]);
  return { weekId: w.weeks[which], fileName: 'plan.csv', contentBase64: file.toString('base64') };
};
const PLAN_IMPORT_ARGS = '$weekId: ID!, $fileName: String!, $contentBase64: String!';
const PLAN_IMPORT_VARS = 'weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64';

// prettier-ignore
const QUERIES: Row[] = [
  {
    op: 'account',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      NF],
    other: [OK,      OK,      NF,      NF,      NF],
    // The data-protection officer reaches no country's accounts, as the liaison (its own is \`me\`).
    dpo: NF,
    build: byId('query ($id: ID!) { account(id: $id) { id } }', (w, target) => rec(w.accounts, target)),
  },
  {
    op: 'accounts',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [OK,      OK,      NONE,    NONE,    FB],
    build: () => ({ query: '{ accounts { id country } }' }),
    seen: (data: Data, w, _caller, target) => data.accounts.some((a: Data) => a.country === w.countryOf(target)),
  },
  {
    // Liaisons follow every week (they read its outcomes); a national team the weeks its country takes part in.
    op: 'actionWeek',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      OK],
    other: [OK,      OK,      NF,      NF,      OK],
    // The data-protection officer reads no week's content: its list of weeks (codes, dates) is weekRetentions.
    dpo: NF,
    build: byId('query ($id: ID!) { actionWeek(id: $id) { id } }', week),
  },
  {
    op: 'actionWeeks',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      OK],
    other: [OK,      OK,      NONE,    NONE,    OK],
    // An empty list for the data-protection officer (see actionWeek).
    dpo: NONE,
    build: () => ({ query: '{ actionWeeks { id } }' }),
    seen: (data: Data, w, _caller, target) => data.actionWeeks.some((x: Data) => x.id === week(w, target)),
  },
  {
    // The people the audit log names, to filter by: audit.read.
    op: 'auditActors',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      FB,      FB,      FB,      FB],
    dpo: OK,
    build: () => ({ query: '{ auditActors { id email } }' }),
  },
  {
    // Who read which referral, who asked for exact figures, refusals, deletions: administrators and the
    // data-protection officer (audit.read). test/e2e/audit-log.e2e-spec.ts looks at what it lists.
    op: 'auditLog',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      FB,      FB,      FB,      FB],
    dpo: OK,
    build: (w) => ({
      query: 'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 5) { edges { node { id action } } } }',
      variables: { f: { weekId: w.weeks.live } },
    }),
  },
  {
    // own: the caller's own feed; other: the Belgian team leader's. A feed is its owner's secret; liaisons may not subscribe.
    op: 'calendarFeeds',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [NONE,    NONE,    NONE,    NONE,    FB],
    build: () => ({ query: '{ calendarFeeds { id } }' }),
    seen: (data: Data, w, caller, target) =>
      data.calendarFeeds.some((f: Data) => f.id === (target === 'other' ? w.feeds.BE : w.feeds[caller as keyof typeof w.feeds])),
  },
  {
    op: 'debriefDigest',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      OK,      FB,      FB,      OK],
    build: (w) => ({ query: 'query ($w: ID!) { debriefDigest(weekId: $w) { country } }', variables: { w: w.weeks.shared } }),
  },
  {
    // The submitted Finnish and Belgian debriefs of the shared week.
    op: 'debriefs',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FB],
    other: [FB,      OK,      NONE,    NONE,    FB],
    build: (w) => ({ query: 'query ($f: DebriefFilter!) { debriefs(filter: $f) { id } }', variables: { f: { weekId: w.weeks.shared } } }),
    seen: (data: Data, w, _caller, target) => data.debriefs.some((d: Data) => d.id === rec(w.debriefs, target)),
  },
  {
    // Published notes of the shared week meant for Finland (own) and for Belgium (other).
    op: 'guidanceNote',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: byId('query ($id: ID!) { guidanceNote(id: $id) { id } }', (w, target) => rec(w.notes, target)),
  },
  {
    op: 'guidanceNotes',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FB],
    other: [FB,      OK,      NONE,    NONE,    FB],
    build: (w) => ({ query: 'query ($f: GuidanceFilter!) { guidanceNotes(filter: $f) { id } }', variables: { f: { weekId: w.weeks.shared } } }),
    seen: (data: Data, w, _caller, target) => data.guidanceNotes.some((n: Data) => n.id === rec(w.notes, target)),
  },
  {
    op: 'guidanceReaders',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      OK,      FB,      FB,      FB],
    build: (w) => ({ query: 'query ($w: ID!) { guidanceReaders(weekId: $w) { accountId } }', variables: { w: w.weeks.shared } }),
  },
  {
    op: 'guidanceRevisions',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: byId('query ($id: ID!) { guidanceRevisions(id: $id) { revision } }', (w, target) => rec(w.notes, target)),
  },
  {
    // Raw logs: a team its own country's, coordinators every country's; never liaisons or platform admins.
    op: 'interaction',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: byId('query ($id: ID!) { interaction(id: $id) { id } }', (w, target) => rec(w.interactions, target)),
  },
  {
    op: 'interactions',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FB],
    other: [FB,      OK,      NONE,    NONE,    FB],
    build: (w) => ({
      query: 'query ($f: InteractionFilter!) { interactions(filter: $f, first: 200) { edges { node { id } } } }',
      variables: { f: { weekId: w.weeks.live } },
    }),
    seen: (data: Data, w, _caller, target) => data.interactions.edges.some((e: Data) => e.node.id === rec(w.interactions, target)),
  },
  {
    op: 'me',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    build: () => ({ query: '{ me { id } }' }),
  },
  {
    // own: the live week (the Finnish team is on its joint session); other: the week without Finland.
    // Liaisons may not read sessions at all (session.read), so not their own either.
    op: 'mySessions',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [OK,      OK,      NF,      NF,      FB],
    build: (w, _caller, target) => ({
      query: 'query ($w: ID) { mySessions(weekId: $w) { id } }',
      variables: { w: w.pick(target, w.weeks.live, w.weeks.be) },
    }),
  },
  {
    // The caller's own second factor: whatever the role, and also before a role that needs one has set it up.
    op: 'myTwoFactor',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    build: () => ({ query: '{ myTwoFactor { enabled required recoveryCodesLeft } }' }),
  },
  {
    op: 'outcomes',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      OK,      FB,      FB,      OK],
    build: (w) => ({ query: 'query ($w: ID!) { outcomes(weekId: $w) { suppressed } }', variables: { w: w.weeks.live } }),
  },
  {
    // Small counts only to coordinators, on request; never to a liaison.
    op: 'outcomes',
    variant: 'unsuppressed',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      OK,      FB,      FB,      FB],
    build: (w) => ({ query: 'query ($w: ID!) { outcomes(weekId: $w, unsuppressed: true) { suppressed } }', variables: { w: w.weeks.live } }),
  },
  {
    op: 'owedDebriefs',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      OK,      FB,      FB,      FB],
    build: (w) => ({ query: 'query ($w: ID!) { owedDebriefs(weekId: $w) { sessionId } }', variables: { w: w.weeks.shared } }),
  },
  {
    // own: the live joint session (FI, BE, NL); other: a session of Belgium in the week without Finland.
    op: 'patrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: byId('query ($id: ID!) { patrolSession(id: $id) { id } }', (w, target) => w.pick(target, w.sessions.live, w.sessions.be)),
  },
  {
    // Belgium's session in the shared week: a national team sees the whole schedule of a week its country is in, another
    // country's session as a busy slot (test/e2e/schedule.e2e-spec.ts looks at what the slot shows).
    op: 'patrolSession',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      OK,      OK,      FO],
    build: byId('query ($id: ID!) { patrolSession(id: $id) { id } }', (w) => w.sessions.beShared),
  },
  {
    // Fresh weeks in preparation with Finland (own) or Belgium (other), one to copy from and one to copy into.
    op: 'planCopyPreview',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'query ($f: ID!, $t: ID!) { planCopyPreview(fromWeekId: $f, toWeekId: $t) { copied } }',
      variables: { f: await w.week(w.countryOf(target)), t: await w.week(w.countryOf(target)) },
    }),
  },
  {
    // A plan file of one session in a free slot of the week: the shared week with Finland (own), Belgium's (other).
    // Planning is the coordinators' (session.plan): a refused role learns nothing of the week, whatever its id.
    op: 'previewPlanImport',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: (w, _caller, target) => ({
      query: `query (${PLAN_IMPORT_ARGS}) { previewPlanImport(${PLAN_IMPORT_VARS}) { refusedRows } }`,
      variables: planFile(w, target),
    }),
  },
  {
    op: 'platforms',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    // Reference data (codes and names), as for every signed-in person.
    dpo: OK,
    build: () => ({ query: '{ platforms { code } }' }),
  },
  {
    op: 'policeProfiles',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [OK,      OK,      NONE,    NONE,    FB],
    build: () => ({ query: '{ policeProfiles { id country } }' }),
    seen: (data: Data, w, _caller, target) => data.policeProfiles.some((p: Data) => p.country === w.countryOf(target)),
  },
  {
    // A referral is visible only to its own country's team leader and to the coordinators.
    op: 'referral',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      FB,      FO],
    other: [FB,      OK,      NF,      FO,      FO],
    build: byId('query ($id: ID!) { referral(id: $id) { id } }', (w, target) => rec(w.referrals, target)),
  },
  {
    op: 'referrals',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      FB,      FB],
    other: [FB,      OK,      NONE,    FB,      FB],
    build: (w) => ({ query: 'query ($f: ReferralFilter!) { referrals(filter: $f) { id } }', variables: { f: { weekId: w.weeks.live } } }),
    seen: (data: Data, w, _caller, target) => data.referrals.some((r: Data) => r.id === rec(w.referrals, target)),
  },
  {
    op: 'schedule',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [OK,      OK,      NF,      NF,      FB],
    build: (w, _caller, target) => ({ query: 'query ($w: ID!) { schedule(weekId: $w) { id } }', variables: { w: week(w, target) } }),
  },
  {
    // The home page's "now" (issue #18): the people who run sessions; a national team for a week its country is in.
    op: 'weekNow',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FB],
    other: [FB,      OK,      NF,      NF,      FB],
    build: (w, _caller, target) => ({ query: 'query ($w: ID!) { weekNow(weekId: $w) { weekId } }', variables: { w: week(w, target) } }),
  },
  {
    // own: the live joint session; other: Belgium's session in the week without Finland.
    op: 'sessionTotals',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: (w, _caller, target) => ({
      query: 'query ($s: ID!) { sessionTotals(sessionId: $s) { interactions } }',
      variables: { s: w.pick(target, w.sessions.live, w.sessions.be) },
    }),
  },
  {
    // Belgium's session in the shared week: Finland sees it as a busy slot, but its totals are not Finland's (they were
    // zeros, where an unknown id answers NOT_FOUND).
    op: 'sessionTotals',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [FB,      OK,      NF,      NF,      FO],
    build: (w) => ({ query: 'query ($s: ID!) { sessionTotals(sessionId: $s) { interactions } }', variables: { s: w.sessions.beShared } }),
  },
  {
    // Every week's retention dates (no content): retention.read.
    op: 'weekRetentions',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      FB,      FB,      FB],
    dpo: OK,
    build: () => ({ query: '{ weekRetentions { weekId textsDeletionDue } }' }),
  },
  {
    op: 'taxonomy',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    build: () => ({ query: '{ taxonomy { language } }' }),
  },
  {
    // own: a planned session of Finland in the shared week; other: Belgium's session in the week without Finland.
    op: 'unreadGuidance',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: (w, _caller, target) => ({
      query: 'query ($s: ID!) { unreadGuidance(sessionId: $s) { id } }',
      variables: { s: w.pick(target, w.sessions.fiPlanned, w.sessions.be) },
    }),
  },
  {
    // What is missing before a week goes live (week.manage): the role first, so a team is refused alike for every week.
    op: 'weekReadiness',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: (w, _caller, target) => ({ query: 'query ($w: ID!) { weekReadiness(weekId: $w) { ready } }', variables: { w: week(w, target) } }),
  },
  {
    // One week's retention dates and run (retention.read; no content): every week for the roles that may.
    op: 'weekRetention',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    dpo: OK,
    build: (w, _caller, target) => ({ query: 'query ($w: ID!) { weekRetention(weekId: $w) { textsDeletionDue } }', variables: { w: week(w, target) } }),
  },
  {
    // The report links debriefs with their authors: the participating teams and coordinators; liaisons read the digest.
    op: 'weekReport',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FB],
    other: [FB,      OK,      NF,      NF,      FB],
    build: (w, _caller, target) => ({ query: 'query ($w: ID!) { weekReport(weekId: $w) { version } }', variables: { w: week(w, target) } }),
  },
];

const idVersion =
  (mutation: string, make: (w: World, target: Target) => Promise<{ id: string; version: number }>) =>
  async (w: World, _caller: Caller, target: Target): Promise<Call> => {
    const { id, version } = await make(w, target);
    return { query: mutation, variables: { id, v: version } };
  };

// prettier-ignore
const MUTATIONS: Row[] = [
  {
    // Everyone may set up an authenticator for themselves. The demo's admin, coordinator and liaison have one: replacing
    // it takes a code of it (none is sent: a new secret here would be harmless, but the refusal shows the check).
    op: 'beginTwoFactorEnrolment',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    tolerate: { code: 'TWO_FACTOR_REQUIRED', why: 'replacing a set-up authenticator takes a code of it' },
    build: () => ({ query: 'mutation { beginTwoFactorEnrolment { otpauthUri } }' }),
  },
  {
    // A wrong code: a right one would end the caller's other sign-ins, the matrix's own tokens among them.
    op: 'confirmTwoFactorEnrolment',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    tolerate: { code: 'TWO_FACTOR_CODE_INVALID', why: 'the code is wrong (or no new secret waits for one)' },
    build: () => ({ query: 'mutation { confirmTwoFactorEnrolment(code: "000000") { codes } }' }),
  },
  {
    op: 'addPlatform',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      FB,      FB,      FB],
    build: (w) => ({ query: 'mutation ($n: String!) { addPlatform(name: $n) { code } }', variables: { n: `Matrix Platform ${w.next()}` } }),
  },
  {
    // A fresh planned session of Finland and Belgium; own: Finland's roster, other: Belgium's (hidden from Finland).
    op: 'assignRoster',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: async (w, _caller, target) => {
      const session = await w.session('shared', ['FI', 'BE'], 'SCHEDULED');
      return {
        query: 'mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { id } }',
        variables: { input: { sessionId: session.id, version: session.version, country: w.countryOf(target) } },
      };
    },
  },
  {
    // Finland's roster on a fresh planned session of Belgium alone in the shared week: the session is not Finland's
    // (it answered BAD_USER_INPUT or FORBIDDEN where an unknown id answers NOT_FOUND).
    op: 'assignRoster',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      NF,      NF,      FO],
    build: async (w) => {
      const session = await w.session('shared', ['BE'], 'SCHEDULED');
      return {
        query: 'mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { id } }',
        variables: { input: { sessionId: session.id, version: session.version, country: 'FI' } },
      };
    },
    tolerate: { code: 'BAD_USER_INPUT', why: 'coordinators reach the session; Finland takes no part in it, so its roster is refused as input' },
  },
  {
    // Fresh planned sessions: Finland's in the shared week (own), Belgium's in the week without Finland (other).
    op: 'cancelPatrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "Matrix") { id } }', (w, target) =>
      fresh(target, () => w.session('shared', ['FI'], 'SCHEDULED'), () => w.session('be', ['BE'], 'SCHEDULED')),
    ),
  },
  {
    // A fresh planned session of Belgium alone in the shared week (it answered FORBIDDEN to the Finnish team).
    op: 'cancelPatrolSession',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "Matrix") { id } }', (w) =>
      w.session('shared', ['BE'], 'SCHEDULED'),
    ),
  },
  {
    op: 'commentDebrief',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      FB,      FB,      FO],
    other: [FB,      OK,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { commentDebrief(id: $id, body: "Matrix: thank you.") { id } }', (w, target) => rec(w.debriefs, target)),
  },
  {
    op: 'confirmGuidanceRead',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: byId('mutation ($id: ID!) { confirmGuidanceRead(noteId: $id, language: "en") { id } }', (w, target) => rec(w.notes, target)),
  },
  {
    // Fresh weeks in preparation with Finland (own) or Belgium (other): the plan of one copied into the other.
    op: 'copyWeekPlan',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'mutation ($f: ID!, $t: ID!) { copyWeekPlan(fromWeekId: $f, toWeekId: $t) { copied } }',
      variables: { f: await w.week(w.countryOf(target)), t: await w.week(w.countryOf(target)) },
    }),
  },
  {
    // A new operator account of Finland (own) or Belgium (other): nothing exists yet, so nothing to hide.
    op: 'createAccount',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      FB,      FB,      FB,      FB],
    other: [OK,      FB,      FB,      FB,      FB],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      variables: {
        input: {
          email: `matrix.new${w.next()}@empact.test`,
          displayName: 'Matrix newcomer',
          country: w.countryOf(target),
          roles: ['OPERATOR'],
          language: 'en',
          password: 'matrix-password-123',
        },
      },
    }),
  },
  {
    op: 'createActionWeek',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      FB,      FB,      FB],
    build: (w) => ({
      query: 'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      variables: {
        input: {
          code: `MATRIX-NEW-${w.next()}`,
          title: 'Matrix week',
          hostCountry: 'NO',
          firstDay: '2027-03-01',
          lastDay: '2027-03-05',
          timeZone: 'Europe/Oslo',
          countries: [{ country: 'NO', languages: ['nb'] }],
        },
      },
    }),
  },
  {
    // A country's calendar of the shared week: own Finland's, other Belgium's (it lists Belgium's roster, hidden from Finland).
    op: 'createCalendarFeed',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($w: ID!, $c: String) { createCalendarFeed(weekId: $w, scope: COUNTRY, country: $c) { id } }',
      variables: { w: w.weeks.shared, c: w.countryOf(target) },
    }),
  },
  {
    // Fresh interactions of the live session: Finland's logged by operator1.fi (the OPERATOR column's own), Belgium's.
    op: 'deleteInteraction',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      FB,      OK,      OK,      FO],
    other: [FB,      FB,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { deleteInteraction(id: $id, version: $v) }', (w, target) => w.interaction(w.countryOf(target))),
  },
  {
    // Only for roles that may go without: the team members (who have none set up here, so there is nothing to turn off).
    op: 'disableTwoFactor',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [FB,      FB,      OK,      OK,      FB],
    tolerate: { code: 'CONFLICT', why: 'the caller has no second factor set up to turn off' },
    build: () => ({ query: 'mutation { disableTwoFactor(code: "000000") { enabled } }' }),
  },
  {
    // Fresh live sessions: Finland's in the shared week, Belgium's in the week without Finland. Policy: session.run.
    op: 'endPatrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }', (w, target) =>
      fresh(target, () => w.session('shared', ['FI'], 'LIVE'), () => w.session('be', ['BE'], 'LIVE')),
    ),
  },
  {
    // A fresh live session of Belgium alone in the shared week (it answered FORBIDDEN to the Finnish team).
    op: 'endPatrolSession',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }', (w) => w.session('shared', ['BE'], 'LIVE')),
  },
  {
    // own: the live joint session the Finnish team is rostered on; other: Belgium's live session in the week without Finland.
    // Only a national team logs (interaction.log); coordinators, admins and liaisons never.
    op: 'logInteraction',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      FB,      OK,      OK,      FO],
    other: [FB,      FB,      NF,      NF,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      variables: { input: { id: randomUUID(), sessionId: w.pick(target, w.sessions.live, w.sessions.be), ...w.interactionContent('FI') } },
    }),
  },
  {
    // Belgium's live session in the shared week: the Finnish team sees it (patrolSession, schedule) but is not on it.
    op: 'logInteraction',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [FB,      FB,      NF,      NF,      FO],
    build: (w) => ({
      query: 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      variables: { input: { id: randomUUID(), sessionId: w.sessions.beShared, ...w.interactionContent('FI') } },
    }),
  },
  {
    // The id-probe: Belgium's standing interaction's id given as the client id of a new Finnish interaction on the live
    // joint session (it answered CONFLICT, so other countries' ids could be probed). It must answer as the same call
    // with a session that is not there: an unused client id is simply taken, so that is the twin to compare with.
    op: 'logInteraction',
    variant: 'id of another country’s interaction',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [FB,      FB,      NF,      NF,      FO],
    build: (w) => ({
      query: 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      variables: { input: { id: w.interactions.BE, sessionId: w.sessions.live, ...w.interactionContent('FI') } },
    }),
    missing: idMissingAt('input', 'sessionId'),
  },
  {
    // Public: each signs in as themselves (nobody: operator2.fi).
    op: 'login',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    anonymous: OK,
    build: async (w, caller) => ({
      query: 'mutation ($e: String!, $p: String!, $c: String, $r: String) { login(email: $e, password: $p, code: $c, recoveryCode: $r) { accessToken } }',
      variables: { e: w.emailOf(caller), p: DEMO_PASSWORD, ...(await w.secondFactor(w.emailOf(caller))) },
    }),
  },
  {
    // Public: ends a fresh sign-in of the caller's own account (nobody: of operator2.fi); whoever holds the token may.
    op: 'logout',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    anonymous: OK,
    build: async (w, caller) => ({
      query: 'mutation ($r: String!) { logout(refreshToken: $r) }',
      variables: { r: (await w.signIn(w.emailOf(caller))).refreshToken },
    }),
  },
  {
    op: 'pinGuidanceNote',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      FB,      FB,      FO],
    other: [FB,      OK,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { pinGuidanceNote(id: $id, value: false) { id } }', (w, target) => rec(w.notes, target)),
  },
  {
    op: 'publishGuidanceNote',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      FB,      FB,      FO],
    other: [FB,      OK,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { publishGuidanceNote(id: $id, value: true) { id } }', (w, target) => rec(w.notes, target)),
  },
  {
    // Coordinators for every country; a team member for their own country's interaction (referral.raise).
    op: 'raiseReferral',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      OK,      FO],
    other: [FB,      OK,      NF,      NF,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      variables: {
        input: {
          interactionId: rec(w.interactions, target),
          receivingUnit: 'NATIONAL_CYBERCRIME_UNIT',
          urgency: 'ROUTINE',
          reasonCode: 'FRAUD_SCAMS',
          details: 'A link to a fake gift-card site was posted in the public chat.',
        },
      },
    }),
  },
  {
    // Public: exchanges a fresh refresh token of the caller's own account (nobody: of operator2.fi).
    op: 'refreshSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    anonymous: OK,
    build: async (w, caller) => ({
      query: 'mutation ($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      variables: { r: (await w.signIn(w.emailOf(caller))).refreshToken },
    }),
  },
  {
    // Those with an authenticator (the demo's admin, coordinator, liaison), with a wrong code: a right one hands out codes.
    op: 'regenerateTwoFactorRecoveryCodes',
    variant: 'with an authenticator',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      NA,      NA,      OK],
    dpo: OK,
    tolerate: { code: 'TWO_FACTOR_CODE_INVALID', why: 'the code is wrong' },
    build: () => ({ query: 'mutation { regenerateTwoFactorRecoveryCodes(code: "000000") { codes } }' }),
  },
  {
    op: 'regenerateTwoFactorRecoveryCodes',
    variant: 'without one',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [NA,      NA,      OK,      OK,      NA],
    dpo: NA,
    tolerate: { code: 'CONFLICT', why: 'the caller has no second factor set up' },
    build: () => ({ query: 'mutation { regenerateTwoFactorRecoveryCodes(code: "000000") { codes } }' }),
  },
  {
    // Administrators remove the second factor of a fresh operator of Finland (own) or Belgium (other): account.manage.
    op: 'resetTwoFactor',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      FB,      FB,      FB,      FO],
    other: [OK,      FB,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { resetTwoFactor(id: $id) }', (w, target) => rec(w.accounts, target)),
  },
  {
    // A new profile for Finland (own) or Belgium (other): nothing of Belgium's exists or is shown, so FORBIDDEN, not NOT_FOUND.
    op: 'registerPoliceProfile',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FB],
    other: [OK,      OK,      FB,      FB,      FB],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id } }',
      variables: { input: { country: w.countryOf(target), platform: 'DISCORD', displayName: `Matrix new profile ${w.next()}` } },
    }),
  },
  {
    op: 'reschedulePatrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: async (w, _caller, target) => {
      const { id, version } = await fresh(target, () => w.session('shared', ['FI'], 'SCHEDULED'), () => w.session('be', ['BE'], 'SCHEDULED'));
      return {
        query: 'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { id } }',
        variables: { input: { id, version, briefing: 'Matrix: meet in the voice channel ten minutes early.' } },
      };
    },
  },
  {
    // A fresh planned session of Belgium alone in the shared week (it answered FORBIDDEN to the Finnish team).
    op: 'reschedulePatrolSession',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      NF,      NF,      FO],
    build: async (w) => {
      const { id, version } = await w.session('shared', ['BE'], 'SCHEDULED');
      return {
        query: 'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { id } }',
        variables: { input: { id, version, briefing: 'Matrix: meet in the voice channel ten minutes early.' } },
      };
    },
  },
  {
    // own: a fresh feed of the caller's own (a liaison cannot have one); other: a fresh feed of the Belgian team leader.
    // A feed is its owner's secret: nobody else reaches it, whatever their role.
    op: 'revokeCalendarFeed',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      NA],
    other: [NF,      NF,      NF,      NF,      FO],
    // A data-protection officer cannot have a feed, as a liaison.
    dpo: { own: NA },
    build: async (w, caller, target) => ({
      query: 'mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id } }',
      variables: {
        id: await w.feed(
          target === 'other' || caller === 'anonymous' || caller === 'LIAISON' || caller === 'DATA_PROTECTION_OFFICER'
            ? 'leader.be@empact.test'
            : EMAILS[caller],
        ),
      },
    }),
  },
  {
    // own: an ended session of Finland (shared week); other: an ended session of Belgium (week without Finland).
    // A country's debrief is its team leader's to write (debrief.write).
    op: 'saveDebrief',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      FB,      OK,      FB,      FO],
    other: [FB,      FB,      NF,      FO,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id } }',
      variables: {
        input: { sessionId: w.pick(target, w.sessions.fiEnded, w.sessions.beEnded), language: 'fi', whatWorked: 'Nuoret kysyivät paljon.' },
      },
    }),
  },
  {
    // A fresh week with Finland (own) or without it (other), so that every cell saves version 0.
    op: 'saveWeekReport',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      FB,      FB,      FB],
    other: [FB,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'mutation ($input: SaveWeekReportInput!) { saveWeekReport(input: $input) { version } }',
      variables: { input: { weekId: await w.week(w.countryOf(target)), debriefIds: [], language: 'en', lessonsLearned: 'Matrix lessons.', version: 0 } },
    }),
  },
  {
    // As previewPlanImport; the file plans one session in a free slot, so an allowed cell writes it.
    op: 'importPlan',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: (w, _caller, target) => ({
      query: `mutation (${PLAN_IMPORT_ARGS}) { importPlan(${PLAN_IMPORT_VARS}) { imported } }`,
      variables: planFile(w, target),
    }),
  },
  {
    // own: a session of Finland in the shared week; other: a session of Belgium in the week without Finland.
    op: 'schedulePatrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: (w, _caller, target) => {
      const which = w.pick(target, 'shared' as const, 'be' as const);
      return {
        query: 'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
        variables: { input: { weekId: w.weeks[which], platform: 'DISCORD', venue: 'Matrix server', ...w.slot(which), countries: [w.countryOf(target)] } },
      };
    },
  },
  {
    // The matrix's own operator accounts of Finland and Belgium; `disabled: false` leaves them as they are.
    op: 'setAccountDisabled',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      FB,      FB,      FB,      FO],
    other: [OK,      FB,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: false) { id } }', (w, target) => rec(w.accounts, target)),
  },
  {
    op: 'setAccountPassword',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      FB,      FB,      FB,      FO],
    other: [OK,      FB,      FO,      FO,      FO],
    build: byId('mutation ($id: ID!) { setAccountPassword(id: $id, password: "matrix-password-456") { id } }', (w, target) =>
      rec(w.accounts, target),
    ),
  },
  {
    // A fresh week in PLANNING, with Finland (own) or without (other), moved to LIVE.
    op: 'setActionWeekStatus',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
      variables: { id: await w.week(w.countryOf(target)) },
    }),
  },
  {
    // A fresh week in PLANNING, with Finland (own) or without (other): set to what it is (required: false), so that the
    // Finnish team's sign-ins stay as they are for the rows after.
    op: 'setActionWeekTwoFactor',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'mutation ($id: ID!) { setActionWeekTwoFactor(id: $id, required: false) { id } }',
      variables: { id: await w.week(w.countryOf(target)) },
    }),
  },
  {
    // Each sets the language they already have.
    op: 'setMyLanguage',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    any:   [OK,      OK,      OK,      OK,      OK],
    dpo: OK,
    build: (_w, caller) => ({
      query: 'mutation ($l: String!) { setMyLanguage(language: $l) { id } }',
      variables: { l: caller === 'anonymous' ? 'en' : LANGUAGES[caller] },
    }),
  },
  {
    // The team leader decides for their own country (notes.share); own: the shared week, other: the week without Finland.
    op: 'setNotesSharing',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      FB,      OK,      FB,      FB],
    other: [FB,      FB,      NF,      FO,      FB],
    build: (w, _caller, target) => ({
      query: 'mutation ($w: ID!) { setNotesSharing(weekId: $w, shared: true) { id } }',
      variables: { w: week(w, target) },
    }),
  },
  {
    // Fresh referrals of Finland's and Belgium's interactions (referral.manage: coordinators, the country's team leader).
    op: 'setReferralStatus',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      FB,      FO],
    other: [FB,      OK,      NF,      FO,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { setReferralStatus(id: $id, version: $v, status: ACKNOWLEDGED) { id } }', (w, target) =>
      w.referral(w.countryOf(target)),
    ),
  },
  {
    // Fresh planned sessions with full rosters: Finland's in the shared week, Belgium's in the week without Finland.
    op: 'startPatrolSession',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { id } }', (w, target) =>
      fresh(target, () => w.session('shared', ['FI'], 'SCHEDULED', true), () => w.session('be', ['BE'], 'SCHEDULED', true)),
    ),
  },
  {
    // A fresh planned session of Belgium alone in the shared week: Finland sees it in the schedule as a busy slot, but it
    // is not Finland's (it answered FORBIDDEN where an unknown id answers NOT_FOUND).
    op: 'startPatrolSession',
    variant: 'BE session, shared week',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    other: [OK,      OK,      NF,      NF,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { id } }', (w) =>
      w.session('shared', ['BE'], 'SCHEDULED', true),
    ),
  },
  {
    // Fresh drafts by the Finnish and the Belgian team leader; a draft is its team's until submitted.
    op: 'submitDebrief',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FO,      FO,      OK,      FB,      FO],
    other: [FO,      FO,      NF,      FO,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { submitDebrief(id: $id, version: $v) { id } }', (w, target) => w.draftDebrief(w.countryOf(target))),
  },
  {
    // Kripos writes; a team leader may carry a note into the team's own language (guidance.translate).
    op: 'translateGuidanceNote',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      FB,      FO],
    other: [FB,      OK,      NF,      FO,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: TranslateGuidanceNoteInput!) { translateGuidanceNote(input: $input) { id } }',
      variables: {
        input: { noteId: rec(w.notes, target), language: 'fi', title: 'Matriisi', body: 'Avaa keskustelu sinisellä profiililla.', status: 'DRAFT' },
      },
    }),
  },
  {
    op: 'updateAccount',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      FB,      FB,      FB,      FO],
    other: [OK,      FB,      FO,      FO,      FO],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
      variables: { input: { id: rec(w.accounts, target), displayName: `Matrix ${w.countryOf(target)}` } },
    }),
  },
  {
    // A fresh week in PLANNING, with Finland (own) or without (other), its set-up changed (week.manage; role first).
    op: 'updateActionWeek',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      FB,      FB,      FB],
    other: [OK,      OK,      FO,      FO,      FB],
    build: async (w, _caller, target) => ({
      query: 'mutation ($input: UpdateActionWeekInput!) { updateActionWeek(input: $input) { id } }',
      variables: {
        input: {
          id: await w.week(w.countryOf(target)),
          version: 1,
          title: 'Matrix week, edited',
          hostCountry: 'NO',
          firstDay: '2027-03-01',
          lastDay: '2027-03-05',
          timeZone: 'Europe/Oslo',
          minCount: 5,
          retentionDays: 30,
          countries: [{ country: 'NO', languages: ['nb'] }, { country: w.countryOf(target), languages: ['en'] }],
        },
      },
    }),
  },
  {
    // As deleteInteraction: its author or their team leader, until the week closes.
    op: 'updateInteraction',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      FB,      OK,      OK,      FO],
    other: [FB,      FB,      NF,      NF,      FO],
    build: async (w, _caller, target) => {
      const { id, version, content } = await w.interaction(w.countryOf(target));
      return {
        query: 'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { id } }',
        variables: { input: { id, version, ...content, tone: 'NEUTRAL' } },
      };
    },
  },
  {
    op: 'updatePoliceProfile',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      FO,      FO],
    build: async (w, _caller, target) => {
      const { id, version } = await w.profile(w.countryOf(target));
      return {
        query: 'mutation ($input: UpdatePoliceProfileInput!) { updatePoliceProfile(input: $input) { id } }',
        variables: { input: { id, version, safetyNotes: 'Two-factor sign-in; the device stays at the office.' } },
      };
    },
  },
  {
    // A fresh active profile of Finland (own) or Belgium (other): 'profile.manage', the role asked before the record.
    op: 'suspendPoliceProfile',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      FO,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { suspendPoliceProfile(id: $id, version: $v) { id } }', (w, target) =>
      w.profile(w.countryOf(target)),
    ),
  },
  {
    // A fresh profile of Finland (own) or Belgium (other), suspended by the coordinator.
    op: 'reactivatePoliceProfile',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      FO,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { reactivatePoliceProfile(id: $id, version: $v) { id } }', async (w, target) => {
      const { id, version } = await w.profile(w.countryOf(target));
      const suspended = await w.must(EMAILS.COORDINATOR, 'mutation ($id: ID!, $v: Int!) { suspendPoliceProfile(id: $id, version: $v) { id version } }', { id, v: version });
      return suspended.suspendPoliceProfile;
    }),
  },
  {
    // A fresh active profile of Finland (own) or Belgium (other); retiring is final.
    op: 'retirePoliceProfile',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      FB,      FO],
    other: [OK,      OK,      NF,      FO,      FO],
    build: idVersion('mutation ($id: ID!, $v: Int!) { retirePoliceProfile(id: $id, version: $v) { id } }', (w, target) =>
      w.profile(w.countryOf(target)),
    ),
  },
  {
    // A new note of the shared week for Finland (own) or Belgium (other).
    op: 'writeGuidanceNote',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      FB,      FB,      FB],
    other: [FB,      OK,      FB,      FB,      FB],
    build: (w, _caller, target) => ({
      query: 'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id } }',
      variables: {
        input: {
          weekId: w.weeks.shared,
          category: 'PROFILE_SAFETY',
          scope: 'COUNTRY',
          scopeCountry: w.countryOf(target),
          title: 'Matrix',
          body: 'Keep the profile safe.',
        },
      },
    }),
  },
];

/** Opens one subscription per cell (or per caller), lets `cause` make the events, and reads each cell's answer. */
async function probeCells(
  cells: Cell[],
  open: (cell: Cell) => Promise<Probe>,
  cause: () => Promise<void>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  matches: (cell: Cell) => (event: any) => boolean,
): Promise<Map<Cell, string>> {
  const probes = await Promise.all(cells.map(open));
  await cause();
  await settle(() =>
    cells.every((cell, i) => resolve(cell.expected) !== OK || probes[i].answer(matches(cell)) === OK),
  );
  const answers = new Map(cells.map((cell, i) => [cell, probes[i].answer(matches(cell))]));
  await Promise.all(probes.map((p) => p.close()));
  return answers;
}

// prettier-ignore
const SUBSCRIPTIONS: Row[] = [
  {
    // Subscribed to the live week; own: an IMMEDIATE referral of Finland's interaction, other: one of Belgium's.
    op: 'referralRaised',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [FB,      OK,      OK,      FB,      FB],
    other: [FB,      OK,      NONE,    FB,      FB],
    probe: async (w, cells) => {
      const raised: { FI?: string; BE?: string } = {};
      return probeCells(
        cells,
        (cell) => probe(w.t.url, w.tokenFor(cell.caller), 'subscription ($w: ID) { referralRaised(weekId: $w) { id country } }', { w: w.weeks.live }),
        async () => {
          const [a, b] = await Promise.all([w.referral('FI', 'IMMEDIATE'), w.referral('BE', 'IMMEDIATE')]);
          Object.assign(raised, { FI: a.id, BE: b.id });
        },
        (cell) => (event) => event.referralRaised.id === (cell.target === 'other' ? raised.BE : raised.FI),
      );
    },
  },
  {
    // own: the shared week, other: the week without Finland; a coordinator changes a planned session of each.
    op: 'scheduleChanged',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      FB],
    other: [OK,      OK,      NF,      NF,      FB],
    probe: async (w, cells) =>
      probeCells(
        cells,
        (cell) =>
          probe(w.t.url, w.tokenFor(cell.caller), 'subscription ($w: ID!) { scheduleChanged(weekId: $w) { sessionId change } }', {
            w: week(w, cell.target),
          }),
        async () => {
          await Promise.all(
            [w.sessions.sharedDummy, w.sessions.beDummy].map((s) =>
              w.must(EMAILS.COORDINATOR, 'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { id } }', {
                input: { id: s.id, version: s.version, briefing: 'Matrix: changed.' },
              }),
            ),
          );
        },
        (cell) => (event) => event.scheduleChanged.sessionId === (cell.target === 'other' ? w.sessions.beDummy.id : w.sessions.sharedDummy.id),
      ),
  },
  {
    // Each subscribes on a fresh sign-in of their own. other: the Belgian team leader signs out (nobody else may hear
    // of it); own: the caller's own sign-in is ended.
    op: 'sessionEnded',
    //      ADMIN    COORD    LEADER   OPERATOR LIAISON
    own:   [OK,      OK,      OK,      OK,      OK],
    other: [NONE,    NONE,    NONE,    NONE,    NONE],
    dpo: { own: OK, other: NONE },
    probe: async (w, cells) => {
      const QUERY = 'subscription { sessionEnded { reason } }';
      const callers = [...new Set(cells.map((cell) => cell.caller))];
      const signIns = new Map(
        await Promise.all(callers.map(async (caller) => [caller, caller === 'anonymous' ? null : await w.signIn(EMAILS[caller])] as const)),
      );
      const probes = new Map(
        await Promise.all(callers.map(async (caller) => [caller, await probe(w.t.url, signIns.get(caller)?.accessToken, QUERY)] as const)),
      );
      const answerOf = (cell: Cell) => probes.get(cell.caller)!.answer();
      const ofTarget = (target: Target) => cells.filter((cell) => cell.target === target);
      const answers = new Map<Cell, string>();
      const read = (target: Target) => ofTarget(target).forEach((cell) => answers.set(cell, answerOf(cell)));
      const heard = (target: Target) => ofTarget(target).every((cell) => resolve(cell.expected) !== OK || answerOf(cell) === OK);

      const belgian = await w.signIn('leader.be@empact.test');
      await w.t.gql('mutation ($r: String!) { logout(refreshToken: $r) }', { r: belgian.refreshToken });
      await settle(() => heard('other'));
      read('other');
      await Promise.all([...signIns.values()].map((s) => s && w.t.gql('mutation ($r: String!) { logout(refreshToken: $r) }', { r: s.refreshToken })));
      await settle(() => heard('own'));
      read('own');
      await Promise.all([...probes.values()].map((p) => p.close()));
      return answers;
    },
  },
];

const MATRIX: Record<RootKind, Row[]> = { Query: QUERIES, Mutation: MUTATIONS, Subscription: SUBSCRIPTIONS };

describe('authorization matrix: coverage', () => {
  it('has rows for every query, mutation and subscription of the schema, and none for an operation that is gone', () => {
    const problems = coverageProblems(schemaOperations(), MATRIX);
    if (problems.length)
      throw new Error(
        `The authorization matrix does not match apps/api/schema.gql:\n  ${problems.join('\n  ')}`,
      );
  });
});

describe('authorization matrix: every operation × role × own or other country, end to end', () => {
  let t: TestApp;
  let w: World;
  const failures: CellResult[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await World.create(t);
  }, 180_000);

  afterAll(async () => {
    if (failures.length) {
      process.stdout.write(
        `\nAuthorization matrix: ${failures.length} cells answer otherwise than the brief and the policy expect\n${table(failures)}\n\n`,
      );
    }
    await t?.close();
  });

  describe.each(ROOT_KINDS)('%s', (kind) => {
    it.each(MATRIX[kind].map((row) => [rowName(row), row] as const))(
      '%s',
      async (_name, row) => {
        const results = await runRow(w, row);
        const { unexpected, stale } = againstKnown(results);
        failures.push(...unexpected);
        if (unexpected.length)
          throw new Error(
            `${unexpected.length} of ${results.length} cells answer otherwise than expected:\n${table(unexpected)}`,
          );
        if (stale.length)
          throw new Error(
            `Listed in known-differences.ts but no longer answering so (remove them):\n  ${stale.join('\n  ')}`,
          );
        const telling = results.filter((r) => r.unlikeMissing?.length);
        if (telling.length)
          throw new Error(
            `${telling.length} cells out of reach answer otherwise than for an id that does not exist:\n  ${telling
              .map((r) => `${r.op} | ${r.caller} | ${r.target} | ${r.unlikeMissing?.join(' ; ')}`)
              .join('\n  ')}`,
          );
      },
      60_000,
    );
  });
});
