import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Numbers for people: milliseconds and ratios with the precision they deserve, thousands separated. */
export function ms(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value).toLocaleString('en')} ms`;
}
const num = (value, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const times = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);
const seconds = (msValue) =>
  msValue === null || msValue === undefined ? '–' : `${(msValue / 1000).toFixed(2)} s`;
const yesNo = (met) => (met ? '**yes**' : '**no**');

function targetCell(t) {
  const value =
    t.unit === '×'
      ? times(t.value)
      : t.unit === 'ms'
        ? ms(t.value)
        : `${num(t.value, t.unit === 's' ? 2 : 1)} ${t.unit}`;
  const missed = t.met ? '' : t.missedBy ? ` (missed by ${times(t.missedBy)})` : ' (not measured)';
  return `${t.label}: ${value}${missed}`;
}

/** One line per scenario for the summary table: the medians that its targets are about. */
function summaryCells(s) {
  const b = s.medians.baseline;
  const a = s.medians.api;
  switch (s.id) {
    case 'logInteraction':
      return [
        `${num(b.rps)} req/s, p50 ${ms(b.p50)}, p99 ${ms(b.p99)}`,
        `${num(a.rps)} req/s, p50 ${ms(a.p50)}, p99 ${ms(a.p99)}`,
        `${times(s.ratios.rps)} req/s`,
      ];
    case 'outcomes':
    case 'schedule':
      return [
        `p50 ${ms(b.p50)}, p99 ${ms(b.p99)}`,
        `p50 ${ms(a.p50)}, p99 ${ms(a.p99)}`,
        `${times(s.ratios.p50)} p50`,
      ];
    case 'startup':
      return [
        `${seconds(b.coldMs)} empty, ${seconds(b.warmMs)} existing`,
        `${seconds(a.coldMs)} empty, ${seconds(a.warmMs)} existing; RSS ${num(s.rss?.api, 0)} MB after scenario 1`,
        `${times(s.ratios.coldMs)} empty, ${times(s.ratios.warmMs)} existing`,
      ];
    case 'adminBundle':
      return [`${num(b.kb, 1)} KB (whole app)`, `${num(a.kb, 1)} KB`, `${times(s.ratios.kb)}`];
    case 'identifierCheck':
      return [`${ms(b.ms)} (ordinary notes)`, `${ms(a.ms)} (${a.what})`, `${times(s.ratios.ms)}`];
    default:
      return ['', '', ''];
  }
}

function roundsTable(s) {
  if (s.rounds.length === 0) return '';
  if (s.id === 'startup') {
    const rows = s.rounds.map(
      (r) =>
        `| ${r.round} | ${seconds(r.baseline.coldMs)} | ${seconds(r.api.coldMs)} | ${seconds(r.baseline.warmMs)} | ${seconds(r.api.warmMs)} | ${num(r.baseline.rssAtReadyMb)} / ${num(r.api.rssAtReadyMb)} MB |`,
    );
    return [
      '| round | baseline, empty folder | API, empty folder | baseline, existing folder | API, existing folder | RSS when ready (baseline / API) |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      `| **median** | ${seconds(s.medians.baseline.coldMs)} | ${seconds(s.medians.api.coldMs)} | ${seconds(s.medians.baseline.warmMs)} | ${seconds(s.medians.api.warmMs)} | ${num(s.medians.baseline.rssAtReadyMb)} / ${num(s.medians.api.rssAtReadyMb)} MB |`,
    ].join('\n');
  }
  if (s.id === 'identifierCheck') {
    return [
      '| round | ordinary notes | slowest hostile text | which |',
      '| --- | --- | --- | --- |',
      ...s.rounds.map((r) => `| ${r.round} | ${ms(r.baseline.ms)} | ${ms(r.api.ms)} | ${r.api.what} |`),
    ].join('\n');
  }
  const cpu = s.id === 'logInteraction';
  const cell = (x) =>
    `${num(x.rps, x.rps < 100 ? 1 : 0)} | ${ms(x.p50)} | ${ms(x.p99)}${cpu ? ` | ${ms(x.cpu?.serverMsPerRequest ?? x.serverMsPerRequest)} / ${ms(x.cpu?.databaseMsPerRequest ?? x.databaseMsPerRequest)}` : ''}`;
  const head = cpu
    ? '| round | baseline req/s | p50 | p99 | CPU per request (server / PostgreSQL) | API req/s | p50 | p99 | CPU per request (server / PostgreSQL) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    : '| round | baseline req/s | p50 | p99 | API req/s | p50 | p99 |\n| --- | --- | --- | --- | --- | --- | --- |';
  return [
    head,
    ...s.rounds.map((r) => `| ${r.round} | ${cell(r.baseline)} | ${cell(r.api)} |`),
    `| **median** | ${cell(s.medians.baseline)} | ${cell(s.medians.api)} |`,
  ].join('\n');
}

export function markdown(report) {
  const m = report.machine;
  const w = report.week;
  const lines = [
    '# Benchmarks: latest run',
    '',
    `${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpuModel}, ${m.cores} cores, ${num(m.memoryMb / 1024, 0)} GB, ${m.platform}; Node ${m.node}, PostgreSQL ${report.database.serverVersion}. ` +
      `Load average ${m.loadAverage?.[0] ?? '–'} at the start, ${report.loadAverageAtEnd?.[0] ?? '–'} at the end (other work shares the machine). ` +
      `${report.options.quick ? 'Quick run' : 'Full run'} in ${num(report.durationSeconds / 60, 1)} min: ${report.options.rounds} alternating round${report.options.rounds === 1 ? '' : 's'} (baseline, API, ...) per scenario; the load generator runs on the same machine. ` +
      'The machine is shared and its speed drifts: read the ratios and medians, not one absolute time.',
    '',
    report.code
      ? `Code: ${report.code.workingTree ? 'the working tree at' : 'commit'} ${report.code.commit.slice(0, 10)}${report.code.uncommittedChanges ? ' with uncommitted changes' : ''}.`
      : '',
    '',
    w
      ? `Data: one action week of ${w.countries} countries, ${num(w.sessions)} sessions (${w.liveSessions} live during the run), ${num(w.interactions)} interactions, ${num(w.referrals)} referrals, ` +
        `seeded in ${num(report.seed.loadSeconds, 1)} s (interactions and referrals; ${num(report.seed.rowsPerSecond)} rows/s)${report.seed.hasTally ? ', outcome tally rebuilt by refresh_outcome_tally()' : ''}.`
      : 'No week was seeded (no scenario needed one).',
    '',
    `**${report.summary.met} of ${report.summary.total} scenarios meet their targets.**`,
    '',
    '| # | scenario | baseline (median) | API (median) | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.scenarios.map((s) => {
      const [b, a, r] = summaryCells(s);
      return `| ${s.number} | ${s.title} | ${b} | ${a} | ${r} | ${s.targets.map(targetCell).join('; ')} | ${yesNo(s.met)} |`;
    }),
    '',
  ];
  for (const s of report.scenarios) {
    lines.push(
      `## ${s.number}. ${s.title}`,
      '',
      `Measures: ${s.measures}.`,
      '',
      `Baseline: ${s.baseline}${s.baselineSql ? ` — \`${s.baselineSql}\`` : ''}.`,
      '',
    );
    const table = roundsTable(s);
    if (table) lines.push(table, '');
    if (s.failedRequests)
      lines.push(
        `**${s.failedRequests} requests failed** (non-2xx or GraphQL errors); the scenario counts as not met.`,
        '',
      );
    if (s.id === 'logInteraction') {
      lines.push(
        `RSS after the last round: API ${num(s.rssAfterMb.api)} MB, baseline ${num(s.rssAfterMb.baseline)} MB. CPU per request is the server process's and its PostgreSQL backends' CPU time over the round, divided by the requests served; the load generator used ${ms(s.medians.api.generatorMsPerRequest)} per API request.`,
        '',
      );
    }
    if (s.id === 'logInteraction' && s.connectionStates) {
      const states = (list) =>
        list
          .slice(0, 5)
          .map((w) => `${w.what} ${Math.round(w.share * 100)} %`)
          .join(', ');
      lines.push(
        `What the PostgreSQL connections were doing (pg_stat_activity every 200 ms, share of connection-samples): API — ${states(s.connectionStates.api)}; baseline — ${states(s.connectionStates.baseline)}.`,
        '',
      );
    }
    if (s.id === 'startup' && s.profiled) {
      const { emptyFolder: cold, existingFolder: warm } = s.profiled;
      lines.push(
        `Where a start goes: one more start of each kind with a start-up probe (bench/lib/startup-probe.cjs: the CPU profiler, require() timed by package, the phases' methods timed), ready in ${seconds(cold.readyMs)} and ${seconds(warm.readyMs)}:`,
        '',
        '| phase (wall clock) | empty folder | existing folder |',
        '| --- | --- | --- |',
        ...cold.phases.map((p, i) => `| ${p.name} | ${seconds(p.ms)} | ${seconds(warm.phases[i]?.ms)} |`),
        '',
        `Loading the code took ${seconds(warm.requireMs)} in require() on the existing folder; the packages that cost most (their own modules, not the packages they load): ${warm.requires
          .slice(0, 8)
          .map((r) => `${r.name} ${ms(r.ms)} (${r.modules} require calls)`)
          .join(', ')}. CPU by origin on the empty folder: ${cold.origins
          .slice(0, 6)
          .map((o) => `${o.name} ${Math.round(o.share * 100)} %`)
          .join(', ')}.`,
        '',
      );
    }
    if (s.id === 'identifierCheck') {
      lines.push(
        '| hostile text | ms per check | ÷ ordinary notes |',
        '| --- | --- | --- |',
        ...s.texts.map((t) => `| ${t.what} | ${ms(t.ms)} | ${times(t.ratio)} |`),
        '',
      );
    }
    if (s.id === 'adminBundle') {
      lines.push(
        '| file | bytes | gzipped |',
        '| --- | --- | --- |',
        ...s.files.map((f) => `| ${f.file} | ${num(f.bytes)} | ${num(f.gzipBytes)} |`),
        '',
      );
    }
  }
  if (report.diagnostics) {
    lines.push(
      '## Where the time goes',
      '',
      'A separate API process with a statement probe (bench/lib/pg-probe.cjs), requests sent one after another: statements per request, and the wall time split into time with a statement in flight (PostgreSQL and the socket) and the rest (Node: Express, Apollo, guard, validation, service, serialisation).',
      '',
      '| operation | statements per request | wall per request | statement in flight | Node | of which garbage collection |',
      '| --- | --- | --- | --- | --- | --- |',
      ...Object.entries(report.diagnostics).map(([id, d]) => {
        const gc = Object.entries(d.gc ?? {});
        const gcMs = gc.reduce((sum, [, g]) => sum + g.msPerRequest, 0);
        const gcCount = gc.map(([kind, g]) => `${num(g.perRequest, 2)} ${kind}`).join(', ');
        return `| ${id} | ${num(d.statementsPerRequest, 1)} | ${ms(d.wallMsPerRequest)} | ${ms(d.databaseMsPerRequest)} | ${ms(d.nodeMsPerRequest)} | ${ms(gcMs)}${gcCount ? ` (${gcCount})` : ''} |`;
      }),
      '',
      'CPU of the API process per request, from a V8 CPU profile of a second pass: self time by where the code comes from (V8 builtins and Node internals count for the package or API code that called them; microtasks and timers run by the event loop stay "node:"):',
      '',
      '| operation | CPU per request | by origin |',
      '| --- | --- | --- |',
      ...Object.entries(report.diagnostics).map(
        ([id, d]) =>
          `| ${id} | ${ms(d.cpu.msPerRequest)} | ${d.cpu.origins
            .slice(0, 6)
            .map((o) => `${o.name} ${Math.round(o.share * 100)} %`)
            .join(', ')} |`,
      ),
      '',
    );
    for (const [id, d] of Object.entries(report.diagnostics)) {
      lines.push(
        `<details><summary>${id}: statements</summary>`,
        '',
        '| per request | ms each | statement |',
        '| --- | --- | --- |',
        ...d.statements
          .slice(0, 15)
          .map(
            (st) => `| ${num(st.perRequest, 2)} | ${ms(st.msEach)} | \`${st.sql.replace(/\|/g, '\\|')}\` |`,
          ),
        '',
        '</details>',
        '',
        `<details><summary>${id}: functions with the most CPU</summary>`,
        '',
        '| ms per request | share | function |',
        '| --- | --- | --- |',
        ...d.cpu.functions
          .slice(0, 15)
          .map(
            (f) =>
              `| ${ms(f.msPerRequest)} | ${Math.round(f.share * 100)} % | \`${f.name.replace(/\|/g, '\\|')}\` |`,
          ),
        '',
        '</details>',
        '',
      );
    }
  }
  return lines.join('\n');
}

/**
 * Writes through a temporary file so that an interrupted run never leaves half a report; formatted with the
 * workspace's Prettier settings so that `npm run format` leaves the committed results alone.
 */
export async function writeReport(report, jsonFile, markdownFile) {
  mkdirSync(dirname(jsonFile), { recursive: true });
  let format = (text) => text;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(jsonFile)) ?? {};
    format = (text, parser) => prettier.format(text, { ...config, parser });
  } catch {
    // Prettier is a dev dependency; without it the files are written as generated.
  }
  for (const [file, text, parser] of [
    [jsonFile, `${JSON.stringify(report, null, 2)}\n`, 'json'],
    [markdownFile, `${markdown(report)}\n`, 'markdown'],
  ]) {
    writeFileSync(`${file}.tmp`, await format(text, parser));
    renameSync(`${file}.tmp`, file);
  }
}
