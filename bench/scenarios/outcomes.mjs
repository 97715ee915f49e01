import { SQL as BASELINE_SQL } from '../baselines/outcomes.mjs';
import { target } from '../lib/alternate.mjs';
import { login } from '../lib/graphql.mjs';
import { measureRead } from '../lib/read-scenario.mjs';
import { loadSchema } from '../lib/schema.mjs';
import { BENCH_PASSWORD } from '../lib/seed-week.mjs';
import { outcomesUtility } from '../lib/utility.mjs';

/** The whole dashboard in one request: every field of Outcomes, as schema.gql has it now. */
export function outcomesQuery(source) {
  return `query Outcomes($weekId: ID!) { outcomes(weekId: $weekId) { ${loadSchema(source).selection('Outcomes')} } }`;
}

export async function outcomesScenario(ctx) {
  const token = await login(ctx.api.url, ctx.week.plan.liaison.email, BENCH_PASSWORD);
  const result = await measureRead(ctx, {
    query: outcomesQuery(ctx.source),
    variables: { weekId: ctx.week.weekId },
    token,
    baselinePath: '/outcomes',
    check: (text) => text.includes('"byCountryAndDay"'),
  });
  const targets = [target('p50 < 20 ms', result.medians.api.p50, '<', 20, 'ms')];
  const coordinatorToken = await login(ctx.api.url, ctx.week.plan.coordinator.email, BENCH_PASSWORD);
  const utility = await outcomesUtility(ctx.api.url, outcomesQuery(ctx.source), ctx.week.weekId, {
    liaisonToken: token,
    coordinatorToken,
  });
  const percent = (n) =>
    `${((100 * n) / Math.max(1, utility.shownCells + utility.hiddenCells)).toFixed(1)} %`;
  return {
    id: 'outcomes',
    number: 2,
    title: `outcomes query, whole dashboard, week of ${ctx.week.counts.interactions.toLocaleString('en')} interactions`,
    measures:
      `${ctx.options.readConnections} connection(s) for ${ctx.options.readDurationS} s, the Europol liaison (suppressed figures), every table of Outcomes in one request (${result.responseBytes.toLocaleString('en')} bytes). ` +
      `Accuracy of the released figures against the coordinator's exact ones: ${utility.shownCells.toLocaleString('en')} figures shown, ` +
      `${utility.unchanged.toLocaleString('en')} of them exact, mean absolute difference ${utility.meanAbsoluteDifference.toFixed(2)}, largest ${utility.largestAbsoluteDifference}; ` +
      `${utility.hiddenCells} hidden (${percent(utility.hiddenCells)}), ${utility.hiddenTrueSmall} of them truly from 1 to ${utility.minCount - 1}`,
    baseline:
      'bare Node http + pg pool: the single hand-written GROUP BY over the raw interactions of the week',
    baselineSql: BASELINE_SQL,
    rounds: result.rounds,
    medians: result.medians,
    ratios: result.ratios,
    ratio: { metric: 'p50', value: result.ratios.p50, meaning: 'API p50 ÷ baseline p50' },
    targets,
    met: result.failed === 0 && targets.every((t) => t.met),
    failedRequests: result.failed,
    utility,
  };
}
