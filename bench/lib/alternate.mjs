import { median } from './stats.mjs';

/**
 * Runs a scenario's baseline and the API in alternating rounds (baseline, API, baseline, API, ...): the machine
 * is shared and its speed drifts, so each API round is compared with the baseline round just before it, and
 * only medians and ratios are quoted. A short warm-up of each side comes first and is not counted.
 */
export async function alternate({ rounds, warmup, baseline, api, describe, log }) {
  if (warmup) {
    await baseline(warmup);
    await api(warmup);
  }
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const b = await baseline();
    log(`    round ${round} baseline ${describe(b)}`);
    const a = await api();
    log(`    round ${round} API      ${describe(a)}`);
    results.push({ round, baseline: b, api: a });
  }
  return results;
}

/** Medians of each metric per side, and the median of the per-round ratios API ÷ baseline. */
export function summarize(rounds, metrics) {
  const side = (name) => Object.fromEntries(metrics.map((m) => [m, median(rounds.map((r) => r[name][m]))]));
  const ratios = Object.fromEntries(
    metrics.map((m) => [
      m,
      median(
        rounds.map((r) => (r.baseline[m] > 0 ? r.api[m] / r.baseline[m] : null)).filter((v) => v !== null),
      ),
    ]),
  );
  return { medians: { baseline: side('baseline'), api: side('api') }, ratios };
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
