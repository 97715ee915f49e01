// A live week and session made through the API, and 20 clients that log interactions into it, each retrying an
// interaction with the same UUID and the same input until the API acknowledges it.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoDataDir, graphql, must, root, sleep } from './api.mjs';

const COUNTRIES = ['FI', 'BE', 'NL'];
const WORKING_LANGUAGES = { FI: ['fi', 'sv'], BE: ['nl', 'fr', 'de'], NL: ['nl'] };
const NOTES = {
  fi: 'Nuoret kysyivät, miten pelitili suojataan. Neuvoimme kaksivaiheisen tunnistautumisen.',
  sv: 'Ungdomarna frågade hur man skyddar sitt spelkonto. Vi gav råd om tvåstegsverifiering.',
  nl: 'De jongeren vroegen hoe ze hun spelaccount beveiligen. We legden tweestapsverificatie uit.',
  fr: 'Les jeunes ont demandé comment protéger leur compte de jeu. Nous avons expliqué la double authentification.',
  de: 'Die Jugendlichen fragten, wie sie ihr Spielkonto schützen. Wir erklärten die Anmeldung in zwei Schritten.',
};

/** Answers after which a client sends the same interaction again; any other refusal is final. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

const LOG = `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`;

/** What the API must say when its database is away, in the caller's language. */
export function unavailableMessage(language) {
  const errors = JSON.parse(
    readFileSync(join(root, 'libs/i18n/src/locales', language, 'errors.json'), 'utf8'),
  );
  return errors.code.SERVICE_UNAVAILABLE;
}

/** Recovery codes this run has used: each signs in once. */
const usedRecoveryCodes = new Set();

/**
 * The second factor of a demo account whose role needs one: one of its recovery codes, as the demo seed of the API
 * started last wrote them (read each time: every scenario seeds a new database).
 */
function secondFactorOf(email) {
  let demo = {};
  try {
    demo = JSON.parse(readFileSync(join(demoDataDir(), 'demo-two-factor.json'), 'utf8'));
  } catch {
    // No demo secrets: an account without a second factor.
  }
  const code = (demo[email]?.recoveryCodes ?? []).find((candidate) => !usedRecoveryCodes.has(candidate));
  if (!code) return {};
  usedRecoveryCodes.add(code);
  return { r: code };
}

async function login(url, email) {
  const data = await must(
    url,
    'mutation ($e: String!, $p: String!, $r: String) { login(email: $e, password: $p, recoveryCode: $r) { accessToken } }',
    { e: email, p: DEMO_PASSWORD, ...secondFactorOf(email) },
  );
  return data.login.accessToken;
}

const isoDay = (date) => date.toISOString().slice(0, 10);

/**
 * A LIVE week around today and one started joint session of Finland, Belgium and the Netherlands (full rosters),
 * as test/support/live-session.ts makes it. Returns { weekId, sessionId, operators: [{ email, token, language }] }.
 */
export async function liveSession(url, code = 'FAULT-WEEK') {
  const admin = await login(url, 'admin@empact.test');
  const coordinator = await login(url, 'coordinator.no@empact.test');
  const { accounts } = await must(
    url,
    '{ accounts(filter: { includeDisabled: true }) { id email } }',
    {},
    { token: admin },
  );
  const ids = Object.fromEntries(accounts.map((a) => [a.email, a.id]));
  const now = Date.now();
  const week = await must(
    url,
    'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
    {
      input: {
        code,
        title: 'Fault tests',
        hostCountry: 'NO',
        firstDay: isoDay(new Date(now - 3 * 86400_000)),
        lastDay: isoDay(new Date(now + 3 * 86400_000)),
        timeZone: 'Europe/Oslo',
        countries: [
          { country: 'NO', languages: ['nb', 'nn'] },
          ...COUNTRIES.map((country) => ({ country, languages: WORKING_LANGUAGES[country] })),
        ],
      },
    },
    { token: coordinator },
  );
  const weekId = week.createActionWeek.id;
  await must(
    url,
    'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
    { id: weekId },
    { token: coordinator },
  );
  const roster = (cc) => ({
    country: cc,
    operatorOneId: ids[`operator1.${cc.toLowerCase()}@empact.test`],
    operatorTwoId: ids[`operator2.${cc.toLowerCase()}@empact.test`],
    teamLeaderId: ids[`leader.${cc.toLowerCase()}@empact.test`],
  });
  const scheduled = await must(
    url,
    'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
    {
      input: {
        weekId,
        platform: 'DISCORD',
        venue: 'EMPACT joint patrol server',
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 2 * 3600_000).toISOString(),
        countries: COUNTRIES,
        rosters: COUNTRIES.map(roster),
      },
    },
    { token: coordinator },
  );
  const { id: sessionId, version } = scheduled.schedulePatrolSession;
  await must(
    url,
    'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { status } }',
    { id: sessionId, v: version },
    { token: coordinator },
  );

  const operators = [];
  for (const cc of COUNTRIES) {
    for (const role of ['operator1', 'operator2', 'leader']) {
      const email = `${role}.${cc.toLowerCase()}@empact.test`;
      const token = await login(url, email);
      const { me } = await must(url, '{ me { language } }', {}, { token });
      // Notes in the operator's own language, which is one of the country's working languages in the demo.
      if (!WORKING_LANGUAGES[cc].includes(me.language))
        throw new Error(`${email} speaks ${me.language}, not a working language of ${cc}`);
      operators.push({ email, token, language: me.language });
    }
  }
  return { weekId, sessionId, operators };
}

/**
 * Starts `clients` clients logging interactions for `durationMs`; an interaction without a successful answer is
 * sent again, same UUID and same input, until it is acknowledged (or `drainMs` after the end: then it counts as
 * unacknowledged). Each client waits for its answer before it sends the next one. `url` may be a function, read at each request. Returns { done, stats }.
 */
export function startLoad({ url, session, clients = 20, durationMs, drainMs = 60_000, retryDelayMs = 100 }) {
  const started = Date.now();
  let stopAt = started + durationMs;
  const giveUpAt = () => stopAt + drainMs;
  const stats = {
    started,
    /** id → input, every interaction sent at least once. */
    sent: new Map(),
    /** id → time of the acknowledgement. */
    acknowledged: new Map(),
    unacknowledged: new Set(),
    /** id → the error of an interaction the API refused outright (resending the same would not help). */
    refused: new Map(),
    /** Every answer that was not an acknowledgement: { at, latency, kind, status, code, message, language, detail }. */
    failures: [],
    requests: 0,
  };

  const makeInput = (operator) => {
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    return {
      id: randomUUID(),
      sessionId: session.sessionId,
      channel: 'PUBLIC_CHAT',
      occurredAt,
      durationMinutes: 1 + Math.floor(Math.random() * 60),
      youngPeople: 1 + Math.floor(Math.random() * 5),
      ageBand: 'AGE_13_15',
      topics: ['ONLINE_SAFETY_ADVICE'],
      initiatedBy: 'YOUNG_PERSON',
      tone: 'POSITIVE',
      outcome: 'ADVICE_GIVEN',
      notes: NOTES[operator.language],
      notesLanguage: operator.language,
    };
  };

  const client = async (n) => {
    const operator = session.operators[n % session.operators.length];
    while (Date.now() < stopAt) {
      const input = makeInput(operator);
      stats.sent.set(input.id, input);
      for (;;) {
        if (Date.now() > giveUpAt()) {
          stats.unacknowledged.add(input.id);
          return;
        }
        const sentAt = Date.now();
        stats.requests++;
        const target = typeof url === 'function' ? url() : url;
        const result = await graphql(
          target,
          LOG,
          { input },
          { token: operator.token, language: operator.language },
        );
        const at = Date.now();
        if (result.kind === 'data' && result.data.logInteraction?.id === input.id) {
          stats.acknowledged.set(input.id, at);
          break;
        }
        const error = result.errors?.[0];
        stats.failures.push({
          at,
          latency: at - sentAt,
          kind: result.kind,
          status: result.status,
          code: error?.extensions?.code,
          message: error?.message,
          language: operator.language,
          detail: result.detail ?? (result.kind === 'data' ? JSON.stringify(result.data) : undefined),
        });
        if (error && !TRANSIENT.has(error.extensions?.code)) {
          stats.refused.set(input.id, `${error.extensions?.code}: ${error.message}`);
          break;
        }
        await sleep(retryDelayMs);
      }
    }
  };

  const done = Promise.all(Array.from({ length: clients }, (_, n) => client(n))).then(() => stats);
  return {
    done,
    stats,
    /** Keeps the clients writing until at least `ms` from now (after a slow restart, so that the restarted API is written to). */
    keepWritingFor(ms) {
      stopAt = Math.max(stopAt, Date.now() + ms);
    },
  };
}

/**
 * Compares what was acknowledged with what is stored (`rows`: id → { n, notes, duration }). Prints
 * `N acknowledged, N found, 0 lost, 0 duplicated` and returns the problems found (empty when none).
 */
export function verdict(stats, rows) {
  const problems = [];
  let found = 0;
  const lost = [];
  const mismatched = [];
  for (const id of stats.acknowledged.keys()) {
    const row = rows.get(id);
    if (!row) {
      lost.push(id);
      continue;
    }
    if (row.n === 1) found++;
    const input = stats.sent.get(id);
    if (row.notes !== input.notes || row.duration !== input.durationMinutes) mismatched.push(id);
  }
  // Stored more than once: acknowledged or not (a retry that was stored twice and never answered counts too).
  const duplicated = [...rows].filter(([, row]) => row.n > 1).map(([id]) => id);
  // Rows in the session that no client sent.
  const phantom = [...rows.keys()].filter((id) => !stats.sent.has(id));
  console.log(
    `${stats.acknowledged.size} acknowledged, ${found} found, ${lost.length} lost, ${duplicated.length} duplicated`,
  );

  const sample = (ids) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
  if (lost.length) problems.push(`${lost.length} acknowledged interactions are not stored: ${sample(lost)}`);
  if (duplicated.length)
    problems.push(`${duplicated.length} interactions are stored more than once: ${sample(duplicated)}`);
  if (mismatched.length)
    problems.push(
      `${mismatched.length} stored interactions differ from what was sent: ${sample(mismatched)}`,
    );
  if (phantom.length)
    problems.push(`${phantom.length} stored interactions were never sent: ${sample(phantom)}`);
  if (stats.unacknowledged.size) {
    problems.push(
      `${stats.unacknowledged.size} interactions were never acknowledged, though retried until the end: ${sample([...stats.unacknowledged])}`,
    );
  }
  if (stats.refused.size) {
    problems.push(
      `${stats.refused.size} interactions were refused: ${[...new Set(stats.refused.values())].slice(0, 3).join(' | ')}`,
    );
  }
  const unacknowledgedStored = [...stats.sent.keys()].filter(
    (id) => !stats.acknowledged.has(id) && rows.has(id),
  ).length;
  if (unacknowledgedStored)
    console.log(
      `(${unacknowledgedStored} never-acknowledged interactions are stored once: allowed, the client would resend them)`,
    );
  return problems;
}

/** Failures grouped for a short report: `network ECONNREFUSED ×40, errors SERVICE_UNAVAILABLE (200) ×12`. */
export function summarise(failures) {
  const counts = new Map();
  for (const f of failures) {
    const key =
      f.kind === 'errors'
        ? `${f.code} (HTTP ${f.status})`
        : f.kind === 'network'
          ? `network ${f.detail}`
          : `${f.kind}${f.status ? ` HTTP ${f.status}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ×${n}`).join(', ') || 'none';
}
