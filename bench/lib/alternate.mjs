import { median } from './stats.mjs';

/**
 * Runs a scenario's baseline and the API in alternating rounds (baseline, API, baseline, API, ...): the machine
 * is shared and its speed drifts, so each API round is compared with the baseline round just before it, and
 * only medians and ratios are quoted. A short warm-up of each side comes first and is not counted. `between`
 * names further sides (a second baseline) that run after the baseline and before the API in each round.
 */
export async function alternate({ rounds, warmup, baseline, between = {}, api, describe, log }) {
  const sides = [['baseline', baseline], ...Object.entries(between), ['api', api]];
  if (warmup) for (const [, run] of sides) await run(warmup);
  const width = Math.max(...sides.map(([name]) => name.length));
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const result = { round };
    for (const [name, run] of sides) {
      result[name] = await run();
      log(`    round ${round} ${(name === 'api' ? 'API' : name).padEnd(width)} ${describe(result[name])}`);
    }
    results.push(result);
  }
  return results;
}

/** Medians of each metric per side, and the median of the per-round ratios API ÷ baseline. */
export function summarize(rounds, metrics) {
  const side = (name) => Object.fromEntries(metrics.map((m) => [m, median(rounds.map((r) => r[name][m]))]));
  const names = Object.keys(rounds[0] ?? { baseline: 0, api: 0 }).filter((k) => k !== 'round');
  const ratios = Object.fromEntries(
    metrics.map((m) => [
      m,
      median(
        rounds.map((r) => (r.baseline[m] > 0 ? r.api[m] / r.baseline[m] : null)).filter((v) => v !== null),
      ),
    ]),
  );
  return { medians: Object.fromEntries(names.map((name) => [name, side(name)])), ratios };
}

export function target(label, value, op, limit, unit = '') {
  const met =
    value !== null &&
    value !== undefined &&
    (op === '<'
      ? value < limit
      : op === '<='
        ? value <= limit
        : op === '>='
          ? value >= limit
          : value > limit);
  return { label, value, op, limit, unit, met, ...(met ? {} : { missedBy: missedBy(value, op, limit) }) };
}

/** How far a value is from its limit, as a factor: 1.4 means 40 % too slow (or too low). */
function missedBy(value, op, limit) {
  if (value === null || value === undefined) return null;
  return op.startsWith('<') ? value / limit : limit / value;
}
