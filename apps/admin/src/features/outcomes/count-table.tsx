import type { CSSProperties, ReactNode } from 'react';
import { Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type CountCell,
  type CountTableData,
  hasSuppressed,
  heatShare,
  largestShown,
} from './outcome-figures';
import type { KeyLabel } from './outcome-labels';
import classes from './outcomes.module.css';

/**
 * A suppressed count: a word, never a number, on a hatched ground like the charts' mark, with the reason on hover
 * and in its accessible name.
 */
export function SuppressedMark({ minCount }: { minCount: number }) {
  const { t } = useTranslation();
  const hint = t('outcomes.suppressed.hint', { k: minCount });
  return (
    <Text span size="sm" fs="italic" title={hint} data-suppressed="" className={classes.hiddenMark}>
      {/* Read out as the reason alone, which starts with the word shown. */}
      <span aria-hidden>{t('outcomes.suppressed.mark')}</span>
      <span className={classes.visuallyHidden}>{hint}</span>
    </Text>
  );
}

/** A day that has not begun: no figure yet, which is not a zero. */
export function PendingMark() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed" title={t('outcomes.pending.hint')} data-pending="">
      <span aria-hidden>{t('outcomes.pending.mark')}</span>
      <span className={classes.visuallyHidden}>{t('outcomes.pending.hint')}</span>
    </Text>
  );
}

/** A count as it may be read: the number, or the suppression mark. */
export function CountValue({
  cell,
  minCount,
  format,
}: {
  cell: CountCell | undefined;
  minCount: number;
  format: (value: number) => string;
}) {
  if (!cell) return null;
  if (cell.suppressed) return <SuppressedMark minCount={minCount} />;
  if (cell.pending) return <PendingMark />;
  return <>{format(cell.value ?? 0)}</>;
}

/** The line under a table that has hidden counts: what the mark means. */
export function SuppressionNote({ id, minCount }: { id: string; minCount: number }) {
  const { t } = useTranslation();
  return (
    <Text id={id} size="xs" c="dimmed" mt={4}>
      {t('outcomes.suppressed.note', { max: minCount - 1 })}
    </Text>
  );
}

/** Shading of a heat map cell: the brand colour, stronger for larger counts; a hidden count has its own mark. */
function heatStyle(cell: CountCell, largest: number): CSSProperties | undefined {
  if (cell.suppressed || cell.pending) return undefined;
  const share = heatShare(cell, largest);
  if (share === 0) return undefined;
  const percent = Math.round(12 + 78 * share);
  // The text keeps its own colour: white on the theme's blue falls short of AA contrast, black on it does not.
  return {
    backgroundColor: `color-mix(in srgb, var(--mantine-color-blue-filled) ${percent}%, transparent)`,
    color: 'var(--mantine-color-black)',
  };
}

export interface CountTableProps {
  /** Base for the ids the table's caption and note use. */
  id: string;
  caption: string;
  table: CountTableData;
  minCount: number;
  /** Header of the first column: what the rows are ("Country", "Urgency"). */
  rowHeader: string;
  rowLabel: KeyLabel;
  columnLabel: KeyLabel;
  format: (value: number) => string;
  /** Shades each cell by its count: the table is then also the heat map. */
  heat?: boolean;
  /** Shown instead of the table when it has no rows or no columns. */
  empty: ReactNode;
}

/**
 * A count table as a real table: a caption, column and row headers with their scope, the totals of every row and
 * column and the grand total, suppressed counts as a word explained under the table.
 */
export function CountTable({
  id,
  caption,
  table,
  minCount,
  rowHeader,
  rowLabel,
  columnLabel,
  format,
  heat = false,
  empty,
}: CountTableProps) {
  const { t } = useTranslation();
  if (table.rows.length === 0 || table.columns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const noteId = `${id}-note`;
  const suppressed = hasSuppressed(table);
  const largest = heat ? largestShown(table) : 0;
  const total = t('outcomes.table.total');

  return (
    <Box>
      {/* A wide table scrolls sideways: the keyboard can reach and scroll it too. */}
      <Table.ScrollContainer
        minWidth={Math.min(1200, 150 + 85 * (table.columns.length + 1))}
        scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'group', 'aria-label': caption } }}
      >
        <Table
          withTableBorder
          withColumnBorders
          highlightOnHover
          captionSide="top"
          aria-describedby={suppressed ? noteId : undefined}
          className={classes.countTable}
        >
          <Table.Caption className={classes.caption}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{rowHeader}</Table.Th>
              {table.columns.map((column) => (
                <Table.Th key={column} scope="col" className={classes.number}>
                  {columnLabel(column)}
                </Table.Th>
              ))}
              <Table.Th scope="col" className={classes.number}>
                {total}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={row}>
                <Table.Th scope="row" className={classes.rowHeader}>
                  {rowLabel(row)}
                </Table.Th>
                {table.columns.map((column, c) => {
                  const cell = table.cells[r]?.[c];
                  return (
                    <Table.Td
                      key={column}
                      className={classes.number}
                      style={heat && cell ? heatStyle(cell, largest) : undefined}
                    >
                      <CountValue cell={cell} minCount={minCount} format={format} />
                    </Table.Td>
                  );
                })}
                <Table.Td className={classes.total}>
                  <CountValue cell={table.rowTotals[r]} minCount={minCount} format={format} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{total}</Table.Th>
              {table.columns.map((column, c) => (
                <Table.Td key={column} className={classes.total}>
                  <CountValue cell={table.columnTotals[c]} minCount={minCount} format={format} />
                </Table.Td>
              ))}
              <Table.Td className={classes.total}>
                <CountValue cell={table.grandTotal} minCount={minCount} format={format} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {heat && (
        <Group gap={6} mt={4} aria-hidden>
          <Text size="xs" c="dimmed">
            {t('outcomes.heat.fewer')}
          </Text>
          <span className={classes.heatScale} />
          <Text size="xs" c="dimmed">
            {t('outcomes.heat.more')}
          </Text>
        </Group>
      )}
      {suppressed && <SuppressionNote id={noteId} minCount={minCount} />}
    </Box>
  );
}
