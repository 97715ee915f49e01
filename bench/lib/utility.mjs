import { gql } from './graphql.mjs';

/**
 * What the disclosure control costs in accuracy on the bench week: the liaison's released figures against the
 * coordinator's exact ones (`unsuppressed: true`) for the same question, cell by cell, totals included. A count is
 * any object of the answer with `value` and `suppressed`; hidden and not-yet-happened cells are counted apart.
 */
export async function outcomesUtility(apiUrl, query, weekId, { liaisonToken, coordinatorToken }) {
  const exactQuery = query.replace(
    'outcomes(weekId: $weekId)',
    'outcomes(weekId: $weekId, unsuppressed: true)',
  );
  const [released, exact] = await Promise.all([
    gql(apiUrl, query, { weekId }, liaisonToken),
    gql(apiUrl, exactQuery, { weekId }, coordinatorToken),
  ]);
  const differences = [];
  let hidden = 0;
  let hiddenTrueSmall = 0;
  const k = released.outcomes.minCount;
  const walk = (shown, truth) => {
    if (Array.isArray(shown)) return shown.forEach((item, i) => walk(item, truth[i]));
    if (!shown || typeof shown !== 'object') return;
    if ('value' in shown && 'suppressed' in shown) {
      if (shown.pending) return;
      if (shown.suppressed) {
        hidden++;
        if (truth.value < k) hiddenTrueSmall++;
      } else differences.push(Math.abs(shown.value - truth.value));
      return;
    }
    for (const key of Object.keys(shown)) walk(shown[key], truth[key]);
  };
  walk(released.outcomes, exact.outcomes);
  const mean = differences.reduce((a, b) => a + b, 0) / Math.max(1, differences.length);
  return {
    shownCells: differences.length,
    unchanged: differences.filter((d) => d === 0).length,
    meanAbsoluteDifference: mean,
    largestAbsoluteDifference: Math.max(0, ...differences),
    hiddenCells: hidden,
    hiddenTrueSmall,
    minCount: k,
  };
}
