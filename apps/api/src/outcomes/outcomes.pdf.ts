import { renderPdf } from '../common/pdf/render-pdf';
import type { CountObject } from './dto/outcomes.object';
import type { LabelledTable, OutcomeLabels, OutcomeTableName } from './outcomes.labels';
import type { OutcomesReport } from './outcomes.service';

/** Colour-blind-safe enough to tell fourteen topics apart (Tableau 20, every other shade first). */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#a0cbe8', '#ffbe7d', '#8cd17d', '#d4a6c8'];
const CHART_WIDTH = 300;
const MAX_COLUMNS = 7;

/** A hidden count is drawn as nothing; the charts say so under them. */
const drawn = (count: CountObject) => (count.suppressed || count.value === null ? 0 : count.value);

function stackedBars({ table, rowNames, columnNames }: LabelledTable, labels: OutcomeLabels): unknown[] {
  const totals = table.cells.map((row) => row.reduce((sum, cell) => sum + drawn(cell), 0));
  const max = Math.max(1, ...totals);
  const rows = table.rows.map((_, r) => {
    let x = 0;
    const rects = table.cells[r].map((cell, c) => {
      const w = (drawn(cell) / max) * CHART_WIDTH;
      const rect = { type: 'rect', x, y: 0, w, h: 12, color: PALETTE[c % PALETTE.length] };
      x += w;
      return rect;
    });
    return [{ text: rowNames[r], fontSize: 9 }, { canvas: rects.length > 0 ? rects : [{ type: 'rect', x: 0, y: 0, w: 0, h: 12 }] }, { text: labels.count(table.rowTotals[r]), fontSize: 9, alignment: 'right' }];
  });
  const legend = columnNames.map((name, c) => ({
    columns: [{ width: 10, canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: PALETTE[c % PALETTE.length] }] }, { width: '*', text: name, fontSize: 8 }],
    columnGap: 4,
  }));
  const half = Math.ceil(legend.length / 2);
  return [
    { table: { widths: [110, CHART_WIDTH, '*'], body: rows }, layout: 'noBorders' },
    { columns: [{ stack: legend.slice(0, half) }, { stack: legend.slice(half) }], margin: [0, 6, 0, 0] },
  ];
}

function lineChart({ table, columnNames }: LabelledTable, labels: OutcomeLabels): unknown[] {
  const width = 480;
  const height = 110;
  const values = table.columnTotals.map(drawn);
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((value, i) => ({ x: i * step, y: height - (value / max) * height }));
  return [
    {
      canvas: [
        { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.5, lineColor: '#999999' },
        ...(points.length > 1 ? [{ type: 'polyline', points, lineWidth: 2, lineColor: PALETTE[0] }] : []),
        ...points.map((p) => ({ type: 'ellipse', x: p.x, y: p.y, r1: 2.5, r2: 2.5, color: PALETTE[0] })),
      ],
      margin: [10, 4, 10, 4],
    },
    {
      columns: columnNames.map((name, i) => ({ width: '*', stack: [{ text: name, fontSize: 8 }, { text: labels.count(table.columnTotals[i]), fontSize: 9, bold: true }], alignment: 'center' })),
    },
  ];
}

/** Platforms down, countries across, each cell shaded by its share of the largest. */
function heatMap({ table, rowNames, columnNames }: LabelledTable, labels: OutcomeLabels): unknown {
  const max = Math.max(1, ...table.cells.flat().map(drawn));
  const shade = (value: number) => {
    const level = Math.round(255 - (value / max) * 135);
    return `#${level.toString(16).padStart(2, '0')}${Math.min(255, level + 20).toString(16).padStart(2, '0')}ff`;
  };
  const body = [
    [{ text: '', fontSize: 8 }, ...rowNames.map((name) => ({ text: name, fontSize: 8, bold: true, alignment: 'center' }))],
    ...table.columns.map((_, c) => [
      { text: columnNames[c], fontSize: 8, bold: true },
      ...table.rows.map((__, r) => ({ text: labels.count(table.cells[r][c]), fontSize: 8, alignment: 'center', fillColor: shade(drawn(table.cells[r][c])) })),
    ]),
  ];
  return { table: { headerRows: 1, body }, layout: 'lightHorizontalLines' };
}

/** A table in parts of at most seven columns, so that fourteen topics or twenty-seven countries still fit on A4. */
function countTable({ title, table, rowNames, columnNames }: LabelledTable, labels: OutcomeLabels, corner: string): unknown[] {
  const total = labels.t('outcomes.total');
  const parts: number[][] = [];
  for (let start = 0; start < table.columns.length || start === 0; start += MAX_COLUMNS) {
    parts.push(table.columns.map((_, c) => c).slice(start, start + MAX_COLUMNS));
  }
  return [
    { text: title, style: 'h3' },
    ...parts.map((columns, part) => {
      const last = part === parts.length - 1;
      const head = [corner, ...columns.map((c) => columnNames[c]), ...(last ? [total] : [])].map((text) => ({ text, bold: true, fontSize: 8 }));
      const line = (name: string, cells: CountObject[], rowTotal: CountObject) => [
        { text: name, fontSize: 8 },
        ...columns.map((c) => ({ text: labels.count(cells[c]), fontSize: 8, alignment: 'right' })),
        ...(last ? [{ text: labels.count(rowTotal), fontSize: 8, alignment: 'right', bold: true }] : []),
      ];
      const body = [
        head,
        ...table.rows.map((_, r) => line(rowNames[r], table.cells[r], table.rowTotals[r])),
        line(total, table.columnTotals, table.grandTotal).map((cell) => ({ ...cell, bold: true })),
      ];
      return { table: { headerRows: 1, widths: [90, ...head.slice(1).map(() => '*')], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 8] };
    }),
  ];
}

/** The outcomes as a PDF in the reader's language: the week, three charts, every table, and the debrief digest. */
export function outcomesPdf(report: OutcomesReport, labels: OutcomeLabels): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) => labels.t(key, params);
  const tables = labels.tables(report.outcomes);
  const named = Object.fromEntries(tables.map((table) => [table.name, table])) as Record<OutcomeTableName, LabelledTable>;
  const title = `${t('outcomes.title')}: ${report.week.title}`;
  const hidden = report.outcomes.suppressed ? [{ text: t('outcomes.charts.hiddenNotPlotted'), style: 'meta' }] : [];
  return renderPdf({
    info: { title, creator: 'EMPACT Action Week platform' },
    content: [
      { text: title, style: 'h1' },
      { table: { widths: [140, '*'], body: labels.facts(report).map(([label, value]) => [{ text: label, bold: true }, value]) }, layout: 'noBorders' },
      { text: t('outcomes.charts.topicsByCountry'), style: 'h2' },
      ...stackedBars(named.byTopic, labels),
      ...hidden,
      { text: t('outcomes.charts.perDay'), style: 'h2' },
      ...lineChart(named.byCountryAndDay, labels),
      ...hidden,
      { text: t('outcomes.charts.heatMap'), style: 'h2' },
      heatMap(named.byPlatform, labels),
      ...hidden,
      { text: t('outcomes.figures'), style: 'h2', pageBreak: 'before' },
      ...tables.flatMap((table) => countTable(table, labels, table.name === 'referrals' ? t('outcomes.urgency') : t('outcomes.country'))),
      { text: t('outcomes.tables.patrolHours'), style: 'h3' },
      {
        table: {
          headerRows: 1,
          widths: [140, 80],
          body: [
            [{ text: t('outcomes.country'), bold: true }, { text: t('outcomes.hours'), bold: true, alignment: 'right' }],
            ...report.outcomes.patrolHours.map((h) => [labels.country(h.country), { text: labels.number(h.hours), alignment: 'right' }]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: t('outcomes.digest'), style: 'h2', pageBreak: 'before' },
      { text: t('outcomes.digestNote'), style: 'meta' },
      ...report.digest.flatMap((country) => [
        { text: labels.country(country.country), style: 'h3' },
        ...(country.summaries.length === 0
          ? [{ text: t('outcomes.noSummaries'), italics: true }]
          : country.summaries.map((summary) => ({
              stack: [
                { text: `${labels.platform(summary.platform)} · ${labels.formatInstant(summary.startsAt, report.week.timeZone)}`, style: 'meta' },
                { text: summary.summaryEn, margin: [0, 0, 0, 6] },
              ],
            }))),
      ]),
    ],
  });
}
