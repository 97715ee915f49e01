import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { target } from '../lib/alternate.mjs';
import { NOTES } from '../lib/notes.mjs';
import { median } from '../lib/stats.mjs';

const LENGTH = 4000;

/**
 * Scenario 6: the identifier check (`findPersonalData`, the built API's own code with its name lists) on 4,000
 * characters written to make a pattern backtrack (`libs/domain/src/personal-data/hostile-texts.json`, the texts the
 * domain's unit test runs), against the same check on 4,000 characters of ordinary notes in the same round. A text
 * that made a pattern backtrack would cost hundreds of times an ordinary note; the target is the slowest hostile
 * text under 10 × the ordinary one. In process, no server: it measures the check, not the network.
 */
export function identifierCheckScenario(ctx) {
  const require = createRequire(import.meta.url);
  const domain = join(ctx.apiBuild.dir, 'libs/domain/src');
  require(join(domain, 'personal-data-lexicon.js')); // registers the name lists, as the API does on start
  const { findPersonalData } = require(join(domain, 'interactions/personal-data.js'));
  const hostile = JSON.parse(
    readFileSync(join(ctx.source, 'libs/domain/src/personal-data/hostile-texts.json'), 'utf8'),
  ).map((t) => ({ what: t.what, text: t.unit.repeat(t.times) }));
  const ordinary = ordinaryText();
  const iterations = ctx.options.quick ? 3 : 10;
  /** Milliseconds per check of one text: the median of a few checks after one not counted. */
  const timeOf = (text) => {
    findPersonalData(text);
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      findPersonalData(text);
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const rounds = [];
  for (let round = 1; round <= ctx.options.rounds; round++) {
    const baselineMs = timeOf(ordinary);
    const texts = hostile.map((h) => ({ what: h.what, ms: timeOf(h.text) }));
    const slowest = texts.reduce((a, b) => (b.ms > a.ms ? b : a));
    ctx.log(
      `    round ${round} ordinary ${baselineMs.toFixed(2)} ms; slowest hostile "${slowest.what}" ${slowest.ms.toFixed(2)} ms`,
    );
    rounds.push({ round, baseline: { ms: baselineMs }, api: { ms: slowest.ms, what: slowest.what }, texts });
  }
  // Per text, the median over rounds of its ratio to the ordinary note of the same round.
  const perText = hostile
    .map((h, i) => ({
      what: h.what,
      ms: median(rounds.map((r) => r.texts[i].ms)),
      ratio: median(rounds.map((r) => r.texts[i].ms / r.baseline.ms)),
    }))
    .sort((a, b) => b.ratio - a.ratio);
  const worst = perText[0];
  const baselineMs = median(rounds.map((r) => r.baseline.ms));
  const targets = [target('slowest hostile text < 10 × an ordinary note', worst.ratio, '<', 10, '×')];
  return {
    id: 'identifierCheck',
    number: 6,
    title: 'Identifier check on 4,000 hostile characters',
    measures: `findPersonalData of the built API on each of ${hostile.length} hostile texts of ~${LENGTH} characters, median of ${iterations} checks per text and round`,
    baseline: `the same check on ${LENGTH} characters of ordinary patrol notes (bench/lib/notes.mjs), in the same round`,
    rounds: rounds.map(({ round, baseline, api }) => ({ round, baseline, api })),
    medians: { baseline: { ms: baselineMs }, api: { ms: worst.ms, what: worst.what } },
    ratios: { ms: worst.ratio },
    ratio: { metric: 'ms', value: worst.ratio, meaning: 'slowest hostile text ÷ ordinary notes' },
    texts: perText,
    targets,
    met: targets.every((t) => t.met),
    failedRequests: 0,
  };
}

/** Ordinary notes of every language, the officer's text and its English summary, to 4,000 characters. */
function ordinaryText() {
  const notes = Object.values(NOTES).flatMap((pairs) => pairs.flat());
  let text = '';
  for (let i = 0; text.length < LENGTH; i++) text += `${notes[i % notes.length]} `;
  return text.slice(0, text.lastIndexOf(' ', LENGTH));
}
