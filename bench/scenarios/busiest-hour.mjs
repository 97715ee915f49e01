import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { target } from '../lib/alternate.mjs';
import { cpuSnapshot, cpuUsedSince } from '../lib/cpu.mjs';
import { login } from '../lib/graphql.mjs';
import { percentile, round } from '../lib/stats.mjs';
import { BENCH_PASSWORD } from '../lib/seed-week.mjs';
import { interactionBody } from './log-interaction.mjs';
import { outcomesQuery } from './outcomes.mjs';

/**
 * Scenario 7, the busiest hour of the biggest week: every country's operators logging on their live sessions, their
 * team leaders on the session page, coordinators with the week board and the live feed open, Europol's liaisons on
 * the outcomes dashboard — each sending what the admin app sends and as often (apps/admin: the session page refreshes
 * its log and totals every 30 s and after each entry, urql refetching what the new Interaction invalidates; the feed
 * every 10 s; the dashboard every 10 s; the board follows the schedule's subscription), with the app's subscriptions
 * open over graphql-ws. An open loop: each person's requests leave on their own clock, never waiting for the last
 * answer, so a slow API shows as latency, not as fewer requests.
 */

// The admin app's documents (apps/admin/src/features/**/*.documents.ts), as it sends them.
const INTERACTION_FIELDS = `id weekId sessionId country platform channel occurredAt durationMinutes youngPeople ageBand topics
  initiatedBy tone outcome notes notesLanguage summaryEn editable referralUrgency version createdAt`;
const SESSION_FIELDS = `id weekId platform { code name } venue startsAt endsAt countries guide { id displayName country } briefing
  status cancelReason startOverrideReason startedAt endedAt version busySlot
  rosters { country operatorOne { id displayName } operatorTwo { id displayName } teamLeader { id displayName } profile { id displayName platform } }
  missingPositions { country positions }`;
const Q = {
  sessionLog: `query SessionLog($sessionId: ID!) { patrolSession(id: $sessionId) { ${SESSION_FIELDS} } }`,
  sessionWeek: `query SessionWeek($weekId: ID!) { actionWeek(id: $weekId) { id code timeZone status countries { country languages shareNotes } } }`,
  sessionTotals: `query SessionTotals($sessionId: ID!) { sessionTotals(sessionId: $sessionId) { interactions youngPeople referrals } }`,
  interactions: `query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {
    interactions(filter: $filter, first: $first, after: $after) { edges { cursor node { ${INTERACTION_FIELDS} } } pageInfo { endCursor hasNextPage } } }`,
  weekBoard: `query WeekBoard($weekId: ID!) {
    actionWeek(id: $weekId) { id code title hostCountry firstDay lastDay timeZone status countries { country languages } }
    platforms { code name builtin }
    schedule(weekId: $weekId) { ${SESSION_FIELDS} } }`,
  feedWeek: `query FeedWeek($weekId: ID!) { actionWeek(id: $weekId) { id code timeZone status countries { country languages shareNotes } } }`,
  outcomesWeek: `query OutcomesWeek($weekId: ID!) { actionWeek(id: $weekId) { id code title status firstDay lastDay timeZone countries { country } } platforms { code name } }`,
};
const S = {
  sessionEnded: 'subscription SessionEnded { sessionEnded { reason at } }',
  referralRaised:
    'subscription ReferralRaised { referralRaised { id weekId sessionId country urgency receivingUnit reasonCode createdAt } }',
  scheduleChanged:
    'subscription ScheduleChanged($weekId: ID!) { scheduleChanged(weekId: $weekId) { weekId sessionId change version } }',
  sessionChanged:
    'subscription SessionChanged($weekId: ID!) { scheduleChanged(weekId: $weekId) { weekId sessionId change version byCountry } }',
};

const LOG_EVERY_MS = 20_000; // each operator logs an interaction every 20 seconds
const SESSION_REFRESH_MS = 30_000; // session page: REFRESH_MS
const FEED_POLL_MS = 10_000; // feed page: POLL_MS
const DASHBOARD_POLL_MS = 10_000; // outcomes page: usePollWhileVisible

/**
 * The people of the hour from the seeded plan: for each country three operators on its LIVE sessions (those live for
 * a while yet) and one team leader, the first coordinators of the host and the liaisons.
 */
function cast(plan, { operatorsPerCountry, coordinators, liaisons }) {
  const byId = new Map(plan.accounts.map((a) => [a.id, a]));
  const languages = new Map(plan.countries.map((c) => [c.country, c.languages]));
  const horizon = Date.now() + 20 * 60_000;
  const live = plan.sessions.filter((s) => s.status === 'LIVE' && s.endsAt.getTime() > horizon);
  const operators = [];
  const leaders = [];
  for (const { country } of plan.countries) {
    const rosters = live.flatMap((session) =>
      session.rosters.filter((r) => r.country === country).map((roster) => ({ session, roster })),
    );
    const mine = rosters
      .flatMap(({ session, roster }) =>
        [roster.operatorOneId, roster.operatorTwoId].filter(Boolean).map((id) => ({ id, session })),
      )
      .slice(0, operatorsPerCountry);
    for (const { id, session } of mine)
      operators.push({ account: byId.get(id), session, country, languages: languages.get(country) });
    const led = rosters.find(({ roster }) => roster.teamLeaderId);
    if (led) leaders.push({ account: byId.get(led.roster.teamLeaderId), session: led.session, country });
  }
  return {
    operators,
    leaders,
    coordinators: plan.coordinators.slice(0, coordinators).map((account) => ({ account })),
    liaisons: plan.liaisons.slice(0, liaisons).map((account) => ({ account })),
  };
}

/** Runs `fn` for each item, a few at a time: people sign in and open their pages over a while, not all at once. */
async function fewAtATime(items, fn, parallel = 4) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await fn(item);
    }),
  );
}

export async function busiestHourScenario(ctx) {
  const { options, log } = ctx;
  const apiUrl = ctx.api.url;
  const weekId = ctx.week.weekId;
  const durationS = options.busyDurationS;
  const people = cast(ctx.week.plan, {
    operatorsPerCountry: 3,
    coordinators: 10,
    liaisons: 5,
  });
  const everyone = Object.entries(people).flatMap(([group, list]) =>
    list.map((person) => Object.assign(person, { role: group.replace(/s$/, '') })),
  );
  await fewAtATime(everyone, async (person) => {
    person.token = await login(apiUrl, person.account.email, BENCH_PASSWORD);
  });
  log(
    `  signed in ${people.operators.length} operators, ${people.leaders.length} team leaders, ${people.coordinators.length} coordinators, ${people.liaisons.length} liaisons`,
  );

  // Latency of every request by operation, counted only inside the measured window.
  const stats = new Map();
  let measuring = false;
  const record = (op, ms, error) => {
    if (!measuring) return;
    if (!stats.has(op)) stats.set(op, { latencies: [], failed: 0, firstError: null });
    const s = stats.get(op);
    if (error) {
      s.failed += 1;
      s.firstError ??= error;
    } else s.latencies.push(ms);
  };
  const request = async (op, token, body) => {
    const started = performance.now();
    try {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const ok = response.ok && text.startsWith('{"data"') && !text.includes('"errors":');
      record(op, ms, ok ? null : `${response.status} ${text.slice(0, 300)}`);
      if (!ok && !measuring) throw new Error(`${op}: ${response.status} ${text.slice(0, 300)}`);
    } catch (error) {
      record(op, 0, error.message);
      if (!measuring) throw error;
    }
  };
  const query = (op, token, text, variables) =>
    request(op, token, JSON.stringify({ query: text, variables }));

  // The subscriptions each open page holds: one socket per browser tab, as the admin app's client opens.
  const sockets = [];
  let subscriptionErrors = 0;
  let firstSubscriptionError = null;
  const subscribeAll = async (token, subscriptions) => {
    const client = createClient({
      url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {}, // a socket that closes is reported through 'closed' below
      connectionParams: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en' },
    });
    sockets.push(client);
    const opened = performance.now();
    const acknowledged = new Promise((resolve, reject) => {
      client.on('connected', () => resolve(performance.now() - opened));
      client.on('closed', (event) => reject(new Error(`socket closed (${event?.code ?? '?'})`)));
    });
    acknowledged.catch(() => {}); // awaited with the others below; not an unhandled rejection meanwhile
    for (const [queryText, variables] of subscriptions) {
      client.subscribe(
        { query: queryText, variables },
        {
          next: () => {},
          error: (error) => {
            subscriptionErrors += 1;
            firstSubscriptionError ??= JSON.stringify(error).slice(0, 300);
          },
          complete: () => {},
        },
      );
    }
    return acknowledged;
  };

  // Page opens (not measured): the queries each page sends when it is opened, and its subscriptions.
  const sessionPage = (person) => {
    const filter = { weekId, sessionId: person.session.id };
    const refresh = () =>
      Promise.all([
        query('session page: Interactions (log, 200)', person.token, Q.interactions, { filter, first: 200 }),
        query('session page: SessionTotals', person.token, Q.sessionTotals, { sessionId: person.session.id }),
      ]);
    return {
      refresh,
      open: () =>
        Promise.all([
          query('open', person.token, Q.sessionLog, { sessionId: person.session.id }),
          query('open', person.token, Q.sessionWeek, { weekId }),
          refresh(),
        ]),
    };
  };
  const shell = (person, readsReferrals) => [
    [S.sessionEnded, {}],
    ...(readsReferrals ? [[S.referralRaised, {}]] : []),
  ];
  const feedFilter = { filter: { weekId, country: null, topic: null }, first: 100 };
  const dashboard = outcomesQuery(ctx.source);
  const ackTimes = [];
  const withSocket = async (pages, socket) => {
    const [ack] = await Promise.all([socket, ...pages]);
    ackTimes.push(ack);
  };
  const openPages = async (person) => {
    switch (person.role) {
      case 'operator':
      case 'leader':
        person.page = sessionPage(person);
        return withSocket(
          [person.page.open()],
          subscribeAll(person.token, [
            ...shell(person, person.role === 'leader'),
            [S.sessionChanged, { weekId }],
          ]),
        );
      case 'coordinator':
        // Two tabs: the week board and the live feed, each with its own socket.
        await withSocket(
          [query('open', person.token, Q.weekBoard, { weekId })],
          subscribeAll(person.token, [...shell(person, true), [S.scheduleChanged, { weekId }]]),
        );
        return withSocket(
          [
            query('open', person.token, Q.feedWeek, { weekId }),
            query('open', person.token, Q.interactions, feedFilter),
          ],
          subscribeAll(person.token, [...shell(person, true), [S.referralRaised, {}]]),
        );
      case 'liaison':
        return withSocket(
          [
            query('open', person.token, Q.outcomesWeek, { weekId }),
            query('open', person.token, dashboard, { weekId }),
          ],
          subscribeAll(person.token, shell(person, false)),
        );
      default:
        throw new Error(`no pages for ${person.role}`);
    }
  };
  const timers = [];
  const inFlight = new Set();
  let used;
  try {
    await fewAtATime(everyone, openPages);
    log(`  pages open: ${sockets.length} sockets with their subscriptions; measuring ${durationS} s`);

    // The hour itself: every person's clock, started at a random point of its period.
    const before = await cpuSnapshot(ctx.pool, ctx.api);
    measuring = true;
    const every = (periodMs, fn) => {
      const tick = () => {
        const p = fn().catch(() => {});
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      };
      const first = setTimeout(() => {
        tick();
        timers.push(setInterval(tick, periodMs));
      }, Math.random() * periodMs);
      timers.push(first);
    };
    for (const person of people.operators) {
      const logger = { ...person, operator: person.account };
      every(LOG_EVERY_MS, async () => {
        await request('logInteraction', person.token, interactionBody(logger));
        // urql refetches the session page's queries that the new Interaction invalidates.
        await person.page.refresh();
      });
      every(SESSION_REFRESH_MS, person.page.refresh);
    }
    for (const person of people.leaders) every(SESSION_REFRESH_MS, person.page.refresh);
    for (const person of people.coordinators)
      every(FEED_POLL_MS, () =>
        query('feed: Interactions (week, 100)', person.token, Q.interactions, feedFilter),
      );
    for (const person of people.liaisons)
      every(DASHBOARD_POLL_MS, () => query('dashboard: outcomes', person.token, dashboard, { weekId }));

    await sleep(durationS * 1000);
    for (const timer of timers) clearTimeout(timer);
    await Promise.all(inFlight);
    measuring = false;
    used = await cpuUsedSince(ctx.pool, before, ctx.api);
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const client of sockets) await client.dispose();
  }

  const cores = cpus().length;
  const share = (ms) => ms / (used.wallMs * cores);
  const operations = [...stats]
    .map(([op, s]) => ({
      op,
      requests: s.latencies.length + s.failed,
      perSecond: (s.latencies.length + s.failed) / durationS,
      p50: percentile(s.latencies, 50),
      p99: percentile(s.latencies, 99),
      failed: s.failed,
      ...(s.firstError ? { firstError: s.firstError } : {}),
    }))
    .sort((a, b) => b.requests - a.requests);
  const subscribe = {
    sockets: sockets.length,
    errors: subscriptionErrors,
    ...(firstSubscriptionError ? { firstError: firstSubscriptionError } : {}),
    p50: percentile(ackTimes, 50),
    p99: percentile(ackTimes, 99),
  };
  const cpu = {
    api: share(used.serverMs),
    database: share(used.databaseMs),
    generator: share(used.generatorMs),
    together: share(used.serverMs + used.databaseMs),
  };
  for (const o of operations)
    log(
      `    ${o.op}: ${o.requests} requests (${round(o.perSecond, 1)}/s), p50 ${round(o.p50)} ms, p99 ${round(o.p99)} ms${o.failed ? `, ${o.failed} FAILED: ${o.firstError}` : ''}`,
    );
  log(
    `    CPU of two cores: API ${Math.round(cpu.api * 100)} %, PostgreSQL ${Math.round(cpu.database * 100)} %, together ${Math.round(cpu.together * 100)} % (load generator ${Math.round(cpu.generator * 100)} %)`,
  );
  const failed = operations.reduce((n, o) => n + o.failed, 0) + subscriptionErrors;
  const slowest = operations.reduce((worst, o) => (o.p99 > (worst?.p99 ?? -1) ? o : worst), null);
  const targets = [
    target(
      `p99 < 100 ms for every operation (slowest: ${slowest?.op ?? '–'})`,
      slowest?.p99 ?? null,
      '<',
      100,
      'ms',
    ),
    target(`API + PostgreSQL < 1/3 of ${cores} cores`, cpu.together * 100, '<', 100 / 3, '%'),
  ];
  return {
    id: 'busiestHour',
    number: 7,
    title: `the busiest hour of a ${ctx.week.plan.countries.length}-country week`,
    measures:
      `${durationS} s of an open loop: ${people.operators.length} operators on LIVE sessions each logging every ${LOG_EVERY_MS / 1000} s from the session page ` +
      `(after each entry the page refetches its log and totals, and refreshes both every ${SESSION_REFRESH_MS / 1000} s), ` +
      `${people.leaders.length} team leaders on their session page, ${people.coordinators.length} coordinators with the week board and the live feed open ` +
      `(the feed's 100 latest every ${FEED_POLL_MS / 1000} s), ${people.liaisons.length} liaisons on the outcomes dashboard (every ${DASHBOARD_POLL_MS / 1000} s); ` +
      `${sockets.length} graphql-ws sockets with the pages' subscriptions (session ended, schedule changed, referral raised) open throughout`,
    baseline: 'none: absolute targets',
    rounds: [],
    medians: { api: { operations, cpu, subscribe } },
    ratios: {},
    operations,
    cpu,
    subscribe,
    targets,
    met: failed === 0 && targets.every((t) => t.met),
    failedRequests: failed,
  };
}
