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
        `bare insert ${num(b.rps)} req/s, p50 ${ms(b.p50)}, p99 ${ms(b.p99)}` +
          (s.medians.apiSql
            ? `; API's SQL from bare pg ${num(s.medians.apiSql.rps)} req/s, p50 ${ms(s.medians.apiSql.p50)}, p99 ${ms(s.medians.apiSql.p99)}`
            : ''),
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
    case 'busiestHour': {
      const slowest = s.operations.reduce((w, o) => (o.p99 > (w?.p99 ?? -1) ? o : w), null);
      const requests = s.operations.reduce((n, o) => n + o.perSecond, 0);
      return [
        '–',
        `${num(requests, 1)} req/s; slowest p99 ${ms(slowest?.p99)} (${slowest?.op ?? '–'}); CPU of two cores: API ${Math.round(s.cpu.api * 100)} %, PostgreSQL ${Math.round(s.cpu.database * 100)} %`,
        '–',
      ];
    }
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
  // Scenario 1 has a second baseline (the API's own SQL from bare pg) between the bare one and the API.
  const sides = [
    ['baseline', cpu && s.medians.apiSql ? 'bare baseline' : 'baseline'],
    ...(s.medians.apiSql ? [['apiSql', "API's SQL"]] : []),
    ['api', 'API'],
  ];
  const columns = (label) => [
    `${label} req/s`,
    'p50',
    'p99',
    ...(cpu ? ['CPU per request (server / PostgreSQL)'] : []),
  ];
  const names = ['round', ...sides.flatMap(([, label]) => columns(label))];
  return [
    `| ${names.join(' | ')} |`,
    `| ${names.map(() => '---').join(' | ')} |`,
    ...s.rounds.map((r) => `| ${r.round} | ${sides.map(([side]) => cell(r[side])).join(' | ')} |`),
    `| **median** | ${sides.map(([side]) => cell(s.medians[side])).join(' | ')} |`,
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
    if (s.id === 'logInteraction' && s.split) {
      const { cpu, server, database } = s.split;
      const pct = (share) => (share === null ? '–' : `${Math.round(share * 100)} %`);
      lines.push(
        `CPU per logged interaction (server process + PostgreSQL): bare insert ${ms(cpu.bare.total)}, API's SQL from bare pg ${ms(cpu.apiSql.total)}, API ${ms(cpu.api.total)}. ` +
          `Of the API's cost above the bare insert, the schema's share (API's SQL baseline − bare baseline) is ${ms(s.split.schema)} (${pct(s.split.schemaShare)}: server ${ms(server.schema)}, PostgreSQL ${ms(database.schema)}) ` +
          `and the stack's (API − API's SQL baseline) ${ms(s.split.stack)} (${pct(s.split.stackShare)}: server ${ms(server.stack)}, PostgreSQL ${ms(database.stack)}).`,
        '',
      );
    }
    if (s.id === 'logInteraction' && s.apiSqlBaseline) {
      lines.push(
        s.apiSqlBaseline.statements
          ? `Second baseline: ${s.apiSqlBaseline.what}. The statements of one request, in order:\n\n${s.apiSqlBaseline.statements.map((line) => `- \`${line.replace(/`/g, "'")}\``).join('\n')}`
          : `Second baseline not measured: ${s.apiSqlBaseline.error}.`,
        '',
      );
      if (s.apiSqlBaseline.background?.length)
        lines.push(
          `Statements the API sent beside the captured requests (a background job's; not replayed, so their cost is in the API column): ${s.apiSqlBaseline.background.map((sql) => `\`${sql.replace(/`/g, "'")}\``).join(', ')}.`,
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
    if (s.id === 'busiestHour') {
      lines.push(
        '| operation | requests | per second | p50 | p99 | failed |',
        '| --- | --- | --- | --- | --- | --- |',
        ...s.operations.map(
          (o) =>
            `| ${o.op} | ${num(o.requests)} | ${num(o.perSecond, 1)} | ${ms(o.p50)} | ${ms(o.p99)} | ${o.failed ? `${o.failed}: ${String(o.firstError).slice(0, 120).replace(/\|/g, '\\|')}` : '0'} |`,
        ),
        `| subscriptions: socket open → connection_ack | ${num(s.subscribe.sockets)} sockets | – | ${ms(s.subscribe.p50)} | ${ms(s.subscribe.p99)} | ${s.subscribe.errors} |`,
        '',
        `CPU over the window, as a share of ${s.machine?.cores ?? 2} cores: API process ${Math.round(s.cpu.api * 100)} %, its PostgreSQL backends ${Math.round(s.cpu.database * 100)} %, together ${Math.round(s.cpu.together * 100)} % (the load generator ${Math.round(s.cpu.generator * 100)} %; PostgreSQL's own background processes are not counted).`,
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
