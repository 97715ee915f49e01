import { alternate, summarize } from './alternate.mjs';
import { noGraphqlErrors } from './graphql.mjs';
import { load } from './load.mjs';
import { round } from './stats.mjs';

/**
 * Alternating rounds of one GraphQL read against one baseline GET, at the read concurrency (one reader by
 * default: the latency of a request, not of a queue behind it).
 */
export async function measureRead(ctx, { query, variables, token, baselinePath, check }) {
  const { options, log } = ctx;
  const body = JSON.stringify({ query, variables });
  const api = (durationS = options.readDurationS) =>
    load({
      url: `${ctx.api.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
      verify: (text) => noGraphqlErrors(text) && (!check || check(text)),
      connections: options.readConnections,
      durationS,
    });
  const baseline = (durationS = options.readDurationS) =>
    load({
      url: `${ctx.baseline.url}${baselinePath}`,
      verify: (text) => text.startsWith('['),
      connections: options.readConnections,
      durationS,
    });
  const describe = (r) =>
    `${round(r.rps, 1)} req/s, p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms${r.failed ? `, ${r.failed} FAILED: ${r.firstError}` : ''}`;
  const rounds = await alternate({
    rounds: options.rounds,
    warmup: options.warmupS,
    baseline,
    api,
    describe,
    log,
  });
  const { medians, ratios } = summarize(rounds, ['rps', 'p50', 'p99']);
  const failed = rounds.reduce((n, r) => n + r.api.failed + r.baseline.failed, 0);
  return { rounds, medians, ratios, failed, responseBytes: await responseSize(ctx.api.url, body, token) };
}

async function responseSize(apiUrl, body, token) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return (await response.arrayBuffer()).byteLength;
}
