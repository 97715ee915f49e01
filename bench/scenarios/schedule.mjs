import { SQL as BASELINE_SQL } from '../baselines/schedule.mjs';
import { target } from '../lib/alternate.mjs';
import { login } from '../lib/graphql.mjs';
import { measureRead } from '../lib/read-scenario.mjs';
import { BENCH_PASSWORD } from '../lib/seed-week.mjs';

/** The admin week board's query (PatrolSessionFields) with each session's interaction count. */
export const SCHEDULE = `query Schedule($weekId: ID!) {
  schedule(weekId: $weekId) {
    id weekId platform { code name } venue startsAt endsAt countries guide { id displayName country } briefing status
    cancelReason startOverrideReason startedAt endedAt version
    rosters { country operatorOne { id displayName } operatorTwo { id displayName } teamLeader { id displayName } profile { id displayName platform } }
    missingPositions { country positions }
    interactionCount
  }
}`;

export async function scheduleScenario(ctx) {
  const token = await login(ctx.api.url, ctx.week.plan.coordinator.email, BENCH_PASSWORD);
  const result = await measureRead(ctx, {
    query: SCHEDULE,
    variables: { weekId: ctx.week.weekId },
    token,
    baselinePath: '/schedule',
    check: (text) => text.includes('"interactionCount"'),
  });
  const targets = [
    target('p50 ≤ 2 × the bare SELECT', result.ratios.p50, '<=', 2, '×'),
    target('p50 < 20 ms', result.medians.api.p50, '<', 20, 'ms'),
  ];
  return {
    id: 'schedule',
    number: 3,
    title: `schedule(weekId) query, ${ctx.week.counts.sessions} sessions with rosters and interaction counts`,
    measures: `${ctx.options.readConnections} connection(s) for ${ctx.options.readDurationS} s, a Kripos coordinator (every country's rosters), the admin week board's fields plus interactionCount (${result.responseBytes.toLocaleString('en')} bytes)`,
    baseline: 'bare Node http + pg pool: one SELECT of the week’s sessions',
    baselineSql: BASELINE_SQL,
    rounds: result.rounds,
    medians: result.medians,
    ratios: result.ratios,
    ratio: { metric: 'p50', value: result.ratios.p50, meaning: 'API p50 ÷ baseline p50' },
    targets,
    met: result.failed === 0 && targets.every((t) => t.met),
    failedRequests: result.failed,
  };
}
