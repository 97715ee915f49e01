import { randomUUID } from 'node:crypto';
import { alternate, summarize, target } from '../lib/alternate.mjs';
import { cpuSince, cpuSnapshot } from '../lib/cpu.mjs';
import { sampleWaits } from '../lib/waits.mjs';
import { login, noGraphqlErrors } from '../lib/graphql.mjs';
import { load } from '../lib/load.mjs';
import { NOTES } from '../lib/notes.mjs';
import { rssMb } from '../lib/processes.mjs';
import { round } from '../lib/stats.mjs';
import { BENCH_PASSWORD } from '../lib/seed-week.mjs';
import { SQL as BASELINE_SQL, TABLE as BASELINE_TABLE } from '../baselines/log-interaction.mjs';

/** The admin app's quick-logging mutation, with the fields it reads back (InteractionFields). */
export const LOG_INTERACTION = `mutation LogInteraction($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    id weekId sessionId country platform channel occurredAt durationMinutes youngPeople ageBand topics initiatedBy tone outcome
    notes notesLanguage summaryEn editable version createdAt
  }
}`;

const CONTENT = [
  {
    topics: ['SMALL_TALK_TRUST_BUILDING'],
    outcome: 'CONVERSATION_ONLY',
    tone: 'POSITIVE',
    channel: 'PUBLIC_CHAT',
    ageBand: 'AGE_13_15',
  },
  {
    topics: ['QUESTIONS_ABOUT_POLICE'],
    outcome: 'CONVERSATION_ONLY',
    tone: 'POSITIVE',
    channel: 'VOICE',
    ageBand: 'AGE_16_17',
  },
  {
    topics: ['ONLINE_SAFETY_ADVICE'],
    outcome: 'ADVICE_GIVEN',
    tone: 'NEUTRAL',
    channel: 'IN_GAME',
    ageBand: 'UNDER_13',
  },
  {
    topics: ['BULLYING', 'GAMING_CONFLICT'],
    outcome: 'ADVICE_GIVEN',
    tone: 'NEGATIVE',
    channel: 'DIRECT_MESSAGE',
    ageBand: 'AGE_13_15',
  },
  {
    topics: ['FRAUD_SCAMS'],
    outcome: 'ADVICE_GIVEN',
    tone: 'NEUTRAL',
    channel: 'PUBLIC_CHAT',
    ageBand: 'UNKNOWN',
  },
];

/**
 * Who logs during the load: Operator One and Two of every country on the sessions that are LIVE now and stay
 * live for a while, each with their own access token; requests go round these people in turn.
 */
export async function signInOperators(apiUrl, plan, { max = 12, log }) {
  const byId = new Map(plan.accounts.map((a) => [a.id, a]));
  const languages = new Map(plan.countries.map((c) => [c.country, c.languages]));
  const horizon = Date.now() + 20 * 60_000;
  const loggers = [];
  for (const session of plan.sessions.filter((s) => s.status === 'LIVE' && s.endsAt.getTime() > horizon)) {
    for (const roster of session.rosters) {
      for (const operatorId of [roster.operatorOneId, roster.operatorTwoId].filter(Boolean)) {
        if (loggers.length < max && !loggers.some((l) => l.operator.id === operatorId)) {
          loggers.push({
            operator: byId.get(operatorId),
            session,
            country: roster.country,
            languages: languages.get(roster.country),
          });
        }
      }
    }
  }
  if (loggers.length === 0)
    throw new Error('no LIVE session in the bench week: the plan must always have one');
  for (const logger of loggers) logger.token = await login(apiUrl, logger.operator.email, BENCH_PASSWORD);
  log(`  ${loggers.length} operators signed in (${[...new Set(loggers.map((l) => l.country))].join(', ')})`);
  return loggers;
}

let sequence = 0;

/** A fresh interaction, valid for its logger: their live session, now, a working language, a clean note. */
export function interactionBody(logger) {
  sequence += 1;
  const content = CONTENT[sequence % CONTENT.length];
  const language = logger.languages[sequence % 5 === 0 ? sequence % logger.languages.length : 0];
  const notes = NOTES[language] ?? NOTES.en;
  const [note, summary] = notes[sequence % notes.length];
  return JSON.stringify({
    query: LOG_INTERACTION,
    variables: {
      input: {
        id: randomUUID(),
        sessionId: logger.session.id,
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        durationMinutes: 5 + (sequence % 20),
        youngPeople: 1 + (sequence % 3),
        initiatedBy: sequence % 3 === 0 ? 'PATROL' : 'YOUNG_PERSON',
        ...content,
        notes: note,
        notesLanguage: language,
        summaryEn: sequence % 2 ? summary : null,
      },
    },
  });
}

/** autocannon's per-request hook: the next logger, a new body, their token. */
function requests(loggers) {
  let next = 0;
  return (request) => {
    const logger = loggers[next++ % loggers.length];
    request.body = interactionBody(logger);
    request.headers = {
      ...request.headers,
      'content-type': 'application/json',
      authorization: `Bearer ${logger.token}`,
    };
    return request;
  };
}

/**
 * CPU per request of server process + PostgreSQL on each side, and of the API's cost above the bare baseline how much
 * the schema's (what the API's SQL costs from bare pg, above the bare insert) and how much the stack's (the API above
 * its own SQL from bare pg).
 */
function split(medians) {
  const cpu = (m) => ({
    server: m.serverMsPerRequest,
    database: m.databaseMsPerRequest,
    total: m.serverMsPerRequest + m.databaseMsPerRequest,
  });
  const [bare, apiSql, api] = [medians.baseline, medians.apiSql, medians.api].map(cpu);
  const gap = api.total - bare.total;
  const part = (key) => ({
    schema: apiSql[key] - bare[key],
    stack: api[key] - apiSql[key],
  });
  return {
    cpu: { bare, apiSql, api },
    schema: part('total').schema,
    stack: part('total').stack,
    schemaShare: gap > 0 ? part('total').schema / gap : null,
    stackShare: gap > 0 ? part('total').stack / gap : null,
    server: part('server'),
    database: part('database'),
  };
}

export async function logInteractionScenario(ctx) {
  const { options, log } = ctx;
  const loggers = await signInOperators(ctx.api.url, ctx.week.plan, { log });
  const setupRequest = requests(loggers);
  const side =
    (server, path, verify) =>
    async (durationS = options.writeDurationS) => {
      const before = await cpuSnapshot(ctx.pool, server);
      const stopSampling = sampleWaits(ctx.pool, server.appName);
      const result = await load({
        url: `${server.url}${path}`,
        method: 'POST',
        setupRequest,
        verify,
        connections: options.connections,
        durationS,
      });
      const waits = await stopSampling();
      return { ...result, cpu: await cpuSince(ctx.pool, before, server, result.served), waits };
    };
  const describe = (r) =>
    `${Math.round(r.rps)} req/s, p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms, CPU/request: server ${round(r.cpu.serverMsPerRequest)} ms, ` +
    `PostgreSQL ${round(r.cpu.databaseMsPerRequest)} ms${r.failed ? `, ${r.failed} FAILED: ${r.firstError}` : ''}`;

  const rounds = await alternate({
    rounds: options.rounds,
    warmup: options.warmupS,
    baseline: side(ctx.baseline, '/log-interaction', (body) => body.startsWith('{"data"')),
    between: ctx.apiSql
      ? {
          apiSql: side(ctx.baseline, '/log-interaction-api-sql', (body) =>
            body.startsWith('{"data":{"logInteraction":{"id"'),
          ),
        }
      : {},
    api: side(
      ctx.api,
      '/graphql',
      (body) => noGraphqlErrors(body) && body.includes('"logInteraction":{"id"'),
    ),
    describe,
    log,
  });
  const apiRssMb = rssMb(ctx.api.pid);
  const baselineRssMb = rssMb(ctx.baseline.pid);
  const { medians, ratios } = summarize(
    rounds.map(({ round: _round, ...sides }) =>
      Object.fromEntries(Object.entries(sides).map(([name, r]) => [name, { ...r, ...r.cpu }])),
    ),
    ['rps', 'p50', 'p99', 'serverMsPerRequest', 'databaseMsPerRequest', 'generatorMsPerRequest'],
  );
  const failed = rounds.reduce((n, r) => n + r.api.failed + r.baseline.failed + (r.apiSql?.failed ?? 0), 0);
  // What the database connections did, over every round of each side.
  const waits = (side) => {
    const total = new Map();
    for (const r of rounds)
      for (const w of r[side].waits) total.set(w.what, (total.get(w.what) ?? 0) + w.share / rounds.length);
    return [...total].sort((a, b) => b[1] - a[1]).map(([what, share]) => ({ what, share }));
  };
  const targets = [
    target('throughput ≥ 0.25 × bare baseline', ratios.rps, '>=', 0.25, '×'),
    target(`p99 < 150 ms at ${options.connections} connections`, medians.api.p99, '<', 150, 'ms'),
    target('PostgreSQL CPU per interaction ≤ 1.0 ms', medians.api.databaseMsPerRequest, '<=', 1, 'ms'),
    target('API CPU per interaction ≤ 1.5 ms', medians.api.serverMsPerRequest, '<=', 1.5, 'ms'),
  ];
  return {
    id: 'logInteraction',
    number: 1,
    title: 'logInteraction mutation, authenticated',
    measures: `${options.connections} connections for ${options.writeDurationS} s, a new interaction (fresh UUID) per request from ${loggers.length} operators on the week's LIVE sessions`,
    baseline: `bare Node http + pg pool (10): JSON.parse of the same body and one INSERT into ${BASELINE_TABLE} (LIKE interaction INCLUDING ALL: same columns, checks and indexes; no foreign keys, triggers, audit or auth)`,
    baselineSql: BASELINE_SQL.replace(/\s+/g, ' '),
    apiSqlBaseline: ctx.apiSql
      ? {
          what: "the API's own statements for one interaction, captured from the built API (lib/api-statements.mjs) and replayed per request from the same bare server with a pool of its own (10): same texts, prepared names, parameter shapes and connection grouping; the row-level-security identity set only when the connection's differs, as the API does",
          statements: ctx.apiSql.described,
          background: ctx.apiSql.background,
        }
      : { error: ctx.apiSqlError ?? 'not captured' },
    split: medians.apiSql ? split(medians) : null,
    rounds,
    medians,
    ratios,
    ratio: { metric: 'rps', value: ratios.rps, meaning: 'API req/s ÷ baseline req/s' },
    targets,
    met: failed === 0 && targets.every((t) => t.met),
    failedRequests: failed,
    rssAfterMb: { api: apiRssMb, baseline: baselineRssMb },
    connectionStates: { baseline: waits('baseline'), api: waits('api') },
  };
}
