import { BarChart, LineChart } from '@mantine/charts';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOPICS } from '@empact/domain';
import { chartValue, type CountTableData } from './outcome-figures';
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
export function TopicChart({ table, labels, description, note }: ChartProps) {
  const format = useChartValue(labels);
  const data = table.rows.map((country, r) => ({
    country: labels.country(country),
    ...Object.fromEntries(table.columns.map((topic, c) => [topic, chartValue(table.cells[r]?.[c])])),
  }));
  const series = table.columns.map((topic) => ({
    name: topic,
    label: labels.topic(topic),
    color: topicColor(topic),
  }));
  return (
    <figure style={{ margin: 0 }}>
      <Box role="img" aria-label={description} className={classes.chart}>
        <BarChart
          h={260}
          data={data}
          dataKey="country"
          type="stacked"
          series={series}
          valueFormatter={format as (value: number) => string}
          accessibilityLayer={false}
          maxBarWidth={64}
        />
        <ChartKey series={series} />
      </Box>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {note}
      </Text>
    </figure>
  );
}

/** A line per day: one per country, or the column totals of all countries together. */
export function TrendChart({ table, labels, description, note, total }: ChartProps & { total: boolean }) {
  const { t } = useTranslation();
  const format = useChartValue(labels);
  const totalKey = '__total';
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
        />
        <ChartKey series={series} />
      </Box>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {note}
      </Text>
    </figure>
  );
}
