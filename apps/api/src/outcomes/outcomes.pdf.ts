import { renderPdf } from '../common/pdf/render-pdf';
import type { CountObject } from './dto/outcomes.object';
import type { OutcomesObject } from './dto/outcomes.object';
import type { LabelledTable, OutcomeLabels, OutcomeTableName } from './outcomes.labels';
import type { OutcomesReport } from './outcomes.service';

/** Colour-blind-safe enough to tell fourteen topics apart (Tableau 20, every other shade first). */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#a0cbe8',
  '#ffbe7d',
  '#8cd17d',
  '#d4a6c8',
];
const CHART_WIDTH = 300;
const MAX_COLUMNS = 7;

const HIDDEN_GREY = '#9a9a9a';
/** A hidden segment's width: a mark, not a quantity (its value is unknown, but it is not zero). */
const HIDDEN_WIDTH = 8;

const shownValue = (count: CountObject) =>
  count.suppressed || count.pending || count.value === null ? 0 : count.value;

/** A hatched box: grey diagonal lines in a grey frame, so that print in black and white still tells it apart. */
function hatch(x: number, y: number, w: number, h: number): unknown[] {
  const lines: unknown[] = [];
  for (let offset = -h; offset < w; offset += 3) {
    const x1 = Math.max(x, x + offset);
    const x2 = Math.min(x + w, x + offset + h);
    lines.push({
      type: 'line',
      x1,
      y1: y + h - (x1 - x - offset),
      x2,
      y2: y + h - (x2 - x - offset),
      lineWidth: 0.6,
      lineColor: HIDDEN_GREY,
    });
  }
  return [{ type: 'rect', x, y, w, h, lineWidth: 0.6, lineColor: HIDDEN_GREY }, ...lines];
}

/** What the hatching and the marks mean, under every chart and table part that may show them. */
const legend = (labels: OutcomeLabels, outcomes: OutcomesObject): unknown[] => [
  ...(outcomes.suppressed
    ? [
        {
          columns: [
            { width: 14, canvas: hatch(0, 1, 10, 8) },
            { width: '*', text: labels.t('outcomes.charts.hiddenMarked'), fontSize: 8 },
          ],
          columnGap: 4,
        },
      ]
    : []),
  ...labels.legends(outcomes).map((text) => ({ text, fontSize: 8, color: '#555555' })),
];

/** One bar per country: a segment per topic in its colour, a hatched mark per hidden topic, the released total beside it. */
function stackedBars({ table, rowNames, columnNames }: LabelledTable, labels: OutcomeLabels): unknown[] {
  const lengths = table.cells.map((row) => row.reduce((sum, cell) => sum + shownValue(cell), 0));
  const hiddenCounts = table.cells.map((row) => row.filter((cell) => cell.suppressed).length);
  const scale = (CHART_WIDTH - HIDDEN_WIDTH * Math.max(0, ...hiddenCounts)) / Math.max(1, ...lengths);
  const rows = table.rows.map((_, r) => {
    let x = 0;
    const shapes = table.cells[r].flatMap((cell, c) => {
      if (cell.suppressed) {
        const mark = hatch(x, 0, HIDDEN_WIDTH, 12);
        x += HIDDEN_WIDTH;
        return mark;
      }
      const w = shownValue(cell) * scale;
      const rect = { type: 'rect', x, y: 0, w, h: 12, color: PALETTE[c % PALETTE.length] };
      x += w;
      return [rect];
    });
    return [
      { text: rowNames[r], fontSize: 9 },
      { canvas: shapes.length > 0 ? shapes : [{ type: 'rect', x: 0, y: 0, w: 0, h: 12 }] },
      { text: labels.count(table.rowTotals[r]), fontSize: 9, alignment: 'right' },
    ];
  });
  const colours = columnNames.map((name, c) => ({
    columns: [
      { width: 10, canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: PALETTE[c % PALETTE.length] }] },
      { width: '*', text: name, fontSize: 8 },
    ],
    columnGap: 4,
  }));
  const half = Math.ceil(colours.length / 2);
  return [
    { table: { widths: [110, CHART_WIDTH, '*'], body: rows }, layout: 'noBorders' },
    { columns: [{ stack: colours.slice(0, half) }, { stack: colours.slice(half) }], margin: [0, 6, 0, 0] },
  ];
}

/** The day totals as a line that breaks where a total is hidden (hatched at the axis) and stops before the days to come. */
function lineChart({ table, columnNames }: LabelledTable, labels: OutcomeLabels): unknown[] {
  const width = 480;
  const height = 110;
  const totals = table.columnTotals;
  const max = Math.max(1, ...totals.map(shownValue));
  const step = totals.length > 1 ? width / (totals.length - 1) : 0;
  const point = (i: number) => ({ x: i * step, y: height - (shownValue(totals[i]) / max) * height });
  const plotted = (i: number) => !totals[i].suppressed && !totals[i].pending && totals[i].value !== null;
  const shapes: unknown[] = [
    { type: 'line', x1: 0, y1: height, x2: width, y2: height, lineWidth: 0.5, lineColor: '#999999' },
  ];
  totals.forEach((count, i) => {
    if (plotted(i) && i > 0 && plotted(i - 1))
      shapes.push({
        type: 'line',
        x1: point(i - 1).x,
        y1: point(i - 1).y,
        x2: point(i).x,
        y2: point(i).y,
        lineWidth: 2,
        lineColor: PALETTE[0],
      });
    if (plotted(i))
      shapes.push({ type: 'ellipse', x: point(i).x, y: point(i).y, r1: 2.5, r2: 2.5, color: PALETTE[0] });
    else if (count.suppressed) shapes.push(...hatch(point(i).x - 4, height - 10, 8, 10));
  });
  return [
    { canvas: shapes, margin: [10, 4, 10, 4] },
    {
      columns: columnNames.map((name, i) => ({
        width: '*',
        stack: [
          { text: name, fontSize: 8 },
          { text: labels.count(totals[i]), fontSize: 9, bold: true },
        ],
        alignment: 'center',
      })),
    },
  ];
}

/** Platforms down, countries across, each cell shaded by its share of the largest. */
function heatMap({ table, rowNames, columnNames }: LabelledTable, labels: OutcomeLabels): unknown {
  const max = Math.max(1, ...table.cells.flat().map(shownValue));
  const shade = (value: number) => {
    const level = Math.round(255 - (value / max) * 135);
    return `#${level.toString(16).padStart(2, '0')}${Math.min(255, level + 20)
      .toString(16)
      .padStart(2, '0')}ff`;
  };
  const body = [
    [
      { text: '', fontSize: 8 },
      ...rowNames.map((name) => ({ text: name, fontSize: 8, bold: true, alignment: 'center' })),
    ],
    ...table.columns.map((_, c) => [
      { text: columnNames[c], fontSize: 8, bold: true },
      ...table.rows.map((__, r) => {
        const cell = table.cells[r][c];
        // Hidden: hatched (the document's pattern), not the shade of a zero.
        const fillColor = cell.suppressed ? ['hatch', HIDDEN_GREY] : shade(shownValue(cell));
        return { text: labels.count(cell), fontSize: 8, alignment: 'center', fillColor };
      }),
    ]),
  ];
  return { table: { headerRows: 1, body }, layout: 'lightHorizontalLines' };
}

/** A table in parts of at most seven columns, so that fourteen topics or twenty-seven countries still fit on A4. */
function countTable(
  { title, table, rowNames, columnNames }: LabelledTable,
  labels: OutcomeLabels,
  corner: string,
): unknown[] {
  const total = labels.t('outcomes.total');
  const parts: number[][] = [];
  for (let start = 0; start < table.columns.length || start === 0; start += MAX_COLUMNS) {
    parts.push(table.columns.map((_, c) => c).slice(start, start + MAX_COLUMNS));
  }
  return [
    { text: title, style: 'h3' },
    ...parts.map((columns, part) => {
      const last = part === parts.length - 1;
      const head = [corner, ...columns.map((c) => columnNames[c]), ...(last ? [total] : [])].map((text) => ({
        text,
        bold: true,
        fontSize: 8,
      }));
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
      return {
        table: { headerRows: 1, widths: [90, ...head.slice(1).map(() => '*')], body },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 8],
      };
    }),
  ];
}

/** The outcomes as a PDF in the reader's language: the week, three charts, every table, and the debrief digest. */
export function outcomesPdf(report: OutcomesReport, labels: OutcomeLabels): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) => labels.t(key, params);
  const tables = labels.tables(report.outcomes);
  const named = Object.fromEntries(tables.map((table) => [table.name, table])) as Record<
    OutcomeTableName,
    LabelledTable
  >;
  const title = `${t('outcomes.title')}: ${report.week.title}`;
  const marks = legend(labels, report.outcomes);
  return renderPdf({
    info: { title, creator: 'EMPACT Action Week platform' },
    patterns: {
      hatch: { boundingBox: [1, 1, 4, 4], xStep: 3, yStep: 3, pattern: '0.6 w 0 1 m 4 5 l s 2 0 m 5 3 l s' },
    },
    content: [
      { text: title, style: 'h1' },
      {
        table: {
          widths: [140, '*'],
          body: labels.facts(report).map(([label, value]) => [{ text: label, bold: true }, value]),
        },
        layout: 'noBorders',
      },
      { text: t('outcomes.charts.topicsByCountry'), style: 'h2' },
      ...stackedBars(named.byTopic, labels),
      ...marks,
      { text: t('outcomes.charts.perDay'), style: 'h2' },
      ...lineChart(named.byCountryAndDay, labels),
      ...marks,
      { text: t('outcomes.charts.pendingNotPlotted'), style: 'meta' },
      { text: t('outcomes.charts.heatMap'), style: 'h2' },
      heatMap(named.byPlatform, labels),
      ...marks,
      { text: t('outcomes.figures'), style: 'h2', pageBreak: 'before' },
      ...marks,
      ...tables.flatMap((table) =>
        countTable(table, labels, table.name === 'referrals' ? t('outcomes.urgency') : t('outcomes.country')),
      ),
      { text: t('outcomes.tables.patrolHours'), style: 'h3' },
      {
        table: {
          headerRows: 1,
          widths: [140, 80],
          body: [
            [
              { text: t('outcomes.country'), bold: true },
              { text: t('outcomes.hours'), bold: true, alignment: 'right' },
            ],
            ...report.outcomes.patrolHours.map((h) => [
              labels.country(h.country),
              { text: labels.number(h.hours), alignment: 'right' },
            ]),
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
                {
                  text: `${labels.platform(summary.platform)} · ${labels.formatInstant(summary.startsAt, report.week.timeZone)}`,
                  style: 'meta',
                },
                { text: summary.summaryEn, margin: [0, 0, 0, 6] },
              ],
            }))),
      ]),
    ],
  });
}
