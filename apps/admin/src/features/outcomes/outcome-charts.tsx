import { useId } from 'react';
import { BarChart, LineChart } from '@mantine/charts';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOPICS } from '@empact/domain';
import {
  chartValue,
  type CountTableData,
  hasPending,
  hasSuppressed,
  hiddenColumns,
  hiddenMarkHeight,
} from './outcome-figures';
import type { OutcomeLabels } from './outcome-labels';
import classes from './outcomes.module.css';

/** One colour per topic, the same on every reader's screen; codes added later take the grey. */
const TOPIC_COLORS: Record<(typeof TOPICS)[number], string> = {
  BULLYING: 'orange.6',
  GROOMING_SEXUAL_EXPLOITATION: 'red.8',
  SEXTORTION: 'pink.7',
  HATE_SPEECH: 'grape.6',
  EXTREMISM_RADICALISATION: 'violet.7',
  THREATS_VIOLENCE: 'red.5',
  SELF_HARM_SUICIDE: 'indigo.7',
  FRAUD_SCAMS: 'yellow.7',
  DRUGS: 'lime.8',
  GAMING_CONFLICT: 'cyan.6',
  ONLINE_SAFETY_ADVICE: 'teal.6',
  QUESTIONS_ABOUT_POLICE: 'blue.6',
  SMALL_TALK_TRUST_BUILDING: 'green.6',
  OTHER: 'gray.6',
};

const LINE_COLORS = [
  'blue.6',
  'orange.6',
  'teal.6',
  'grape.6',
  'red.6',
  'cyan.7',
  'lime.8',
  'pink.6',
  'indigo.6',
];

function topicColor(code: string): string {
  return (TOPIC_COLORS as Record<string, string | undefined>)[code] ?? 'gray.5';
}

interface ChartProps {
  table: CountTableData;
  labels: OutcomeLabels;
  /** What the picture shows, for whoever cannot see it; the table beside it has the figures. */
  description: string;
  /** The legend line under the chart: how suppressed counts are drawn. */
  note: string;
  /** k, for the key of hidden counts. */
  minCount: number;
}

/** The series of a stacked bar that marks a row's hidden counts. */
const HIDDEN_KEY = '__hidden';

/** The hatching of hidden counts, defined inside the chart's own SVG (ids are per chart: a page has several). */
function HiddenPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} fill="var(--mantine-color-body)" />
        <line x1={0} y1={0} x2={0} y2={6} stroke="var(--mantine-color-gray-7)" strokeWidth={3} />
      </pattern>
    </defs>
  );
}

/**
 * The key of hidden counts: a hatched swatch and its meaning, in words that assistive technology reads too (the
 * chart's picture itself is one image, named by its description).
 */
function HiddenKey({ minCount }: { minCount: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" justify="center" mt={4} data-hidden-key="">
      <span className={classes.hiddenSwatch} aria-hidden />
      <Text size="xs">{t('outcomes.chart.hiddenKey', { k: minCount })}</Text>
    </Group>
  );
}

/**
 * The chart's key, below it in the page's own flow (recharts gives its legend a fixed height, which a long list of
 * topics in German or Finnish overflows). Hidden from assistive technology: the table names every series.
 */
function ChartKey({ series }: { series: { name: string; label: string; color: string }[] }) {
  return (
    <Group gap="xs" justify="center" mt="xs" aria-hidden>
      {series.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          <Box
            w={10}
            h={10}
            style={{
              borderRadius: '50%',
              background: `var(--mantine-color-${item.color.replace('.', '-')})`,
            }}
          />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** A value in a tooltip: a hidden count reads as the suppression mark, never as a number. */
function useChartValue(labels: OutcomeLabels): (value: number | null) => string {
  const { t } = useTranslation();
  return (value) =>
    value === null || value === undefined ? t('outcomes.suppressed.mark') : labels.number(value);
}

/** Bars per country, stacked by topic. */
export function TopicChart({ table, labels, description, note, minCount }: ChartProps) {
  const { t } = useTranslation();
  const format = useChartValue(labels);
  const patternId = `${useId().replace(/:/g, '')}-hidden`;
  const hidden = hasSuppressed(table);
  // A row with hidden counts ends in a hatched mark of one fixed height: where counts are hidden, never how many.
  const markHeight = hiddenMarkHeight(table);
  const hiddenByCountry = new Map<string, string[]>();
  const data = table.rows.map((country, r) => {
    const hiddenTopics = hiddenColumns(table, r);
    hiddenByCountry.set(labels.country(country), hiddenTopics.map(labels.topic));
    return {
      country: labels.country(country),
      ...Object.fromEntries(table.columns.map((topic, c) => [topic, chartValue(table.cells[r]?.[c])])),
      [HIDDEN_KEY]: hiddenTopics.length > 0 ? markHeight : null,
    };
  });
  const series = table.columns.map((topic) => ({
    name: topic,
    label: labels.topic(topic),
    color: topicColor(topic),
  }));
  const hiddenLabel = t('outcomes.suppressed.mark');
  return (
    <figure style={{ margin: 0 }}>
      <Box
        role="img"
        aria-label={hidden ? `${description} ${t('outcomes.chart.hiddenDescription')}` : description}
        className={classes.chart}
      >
        <BarChart
          h={260}
          data={data}
          dataKey="country"
          type="stacked"
          series={hidden ? [...series, { name: HIDDEN_KEY, label: hiddenLabel, color: 'gray.7' }] : series}
          valueFormatter={format as (value: number) => string}
          accessibilityLayer={false}
          maxBarWidth={64}
          barProps={(item) =>
            item.name === HIDDEN_KEY
              ? {
                  // The mark's height is no figure: it stays out of the tooltip, which names the hidden topics.
                  tooltipType: 'none',
                  shape: (shape: {
                    x?: number;
                    y?: number;
                    width?: number;
                    height?: number;
                    payload?: Record<string, unknown>;
                  }) =>
                    // Rows without hidden counts get no mark (the chart still asks for a shape for them).
                    typeof shape.payload?.[HIDDEN_KEY] !== 'number' ? (
                      <g />
                    ) : (
                      <rect
                        x={shape.x}
                        y={shape.y}
                        width={shape.width}
                        height={shape.height}
                        fill={`url(#${patternId})`}
                        stroke="var(--mantine-color-gray-7)"
                        strokeWidth={1}
                        data-hidden-count=""
                      />
                    ),
                }
              : {}
          }
          tooltipProps={{
            labelFormatter: (label: unknown) => {
              const topics = hiddenByCountry.get(String(label)) ?? [];
              return topics.length > 0
                ? `${String(label)} · ${hiddenLabel}: ${topics.join(', ')}`
                : String(label);
            },
          }}
        >
          {hidden && <HiddenPattern id={patternId} />}
        </BarChart>
        <ChartKey series={series} />
      </Box>
      {hidden && <HiddenKey minCount={minCount} />}
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {note}
      </Text>
    </figure>
  );
}

/** A line per day: one per country, or the column totals of all countries together. */
export function TrendChart({
  table,
  labels,
  description,
  note,
  total,
}: Omit<ChartProps, 'minCount'> & { total: boolean }) {
  const { t } = useTranslation();
  const format = useChartValue(labels);
  const totalKey = '__total';
  const hidden = total ? table.columnTotals.some((cell) => cell.suppressed) : hasSuppressed(table);
  const pending = hasPending(table);
  // What the tooltip adds to a day: not begun yet, or which lines are hidden on it (they have no point).
  const dayNotes = new Map(
    table.columns.map((day, c) => {
      const hiddenOn = total
        ? table.columnTotals[c]?.suppressed
          ? [t('outcomes.days.allCountries')]
          : []
        : table.rows.filter((_, r) => table.cells[r]?.[c]?.suppressed).map(labels.country);
      const dayNote = table.columnTotals[c]?.pending
        ? t('outcomes.pending.mark')
        : hiddenOn.length > 0
          ? `${t('outcomes.suppressed.mark')}: ${hiddenOn.join(', ')}`
          : '';
      return [labels.day(day), dayNote];
    }),
  );
  const data = table.columns.map((day, c) => ({
    day: labels.day(day),
    ...(total
      ? { [totalKey]: chartValue(table.columnTotals[c]) }
      : Object.fromEntries(table.rows.map((country, r) => [country, chartValue(table.cells[r]?.[c])]))),
  }));
  const series = total
    ? [{ name: totalKey, label: t('outcomes.days.allCountries'), color: 'blue.7' }]
    : table.rows.map((country, r) => ({
        name: country,
        label: labels.country(country),
        color: LINE_COLORS[r % LINE_COLORS.length],
      }));
  return (
    <figure style={{ margin: 0 }}>
      <Box role="img" aria-label={description} className={classes.chart}>
        <LineChart
          h={240}
          data={data}
          dataKey="day"
          series={series}
          curveType="linear"
          connectNulls={false}
          valueFormatter={format as (value: number) => string}
          accessibilityLayer={false}
          tooltipProps={{
            labelFormatter: (label: unknown) => {
              const dayNote = dayNotes.get(String(label));
              return dayNote ? `${String(label)} · ${dayNote}` : String(label);
            },
          }}
        />
        <ChartKey series={series} />
      </Box>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {[note, hidden ? t('outcomes.chart.lineHidden') : '', pending ? t('outcomes.chart.linePending') : '']
          .filter(Boolean)
          .join(' ')}
      </Text>
    </figure>
  );
}
