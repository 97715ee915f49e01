import { useState } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeCsv, IconFileTypePdf, IconFileZip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { downloadExport, exportUrl } from '../../lib/download-export';
import { languageName } from '../../lib/intl';
import type { OutcomeFilters } from './outcomes-filters';

type ExportKind = 'csv' | 'zip' | 'pdf';

const FILES: Record<ExportKind, { file: string; stem: string }> = {
  csv: { file: 'outcomes.csv', stem: 'outcomes' },
  zip: { file: 'outcomes.zip', stem: 'outcomes' },
  pdf: { file: 'report.pdf', stem: 'outcomes-report' },
};

/** The figures as files: in the interface language and with the filters on screen, so the file is what one sees. */
export function OutcomesExport({
  weekId,
  weekCode,
  filters,
  exact,
}: {
  weekId: string;
  weekCode: string | undefined;
  filters: OutcomeFilters;
  /** A coordinator reading the exact figures downloads them too (the API checks and audits it). */
  exact: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const language = currentLocale();

  const download = async (kind: ExportKind) => {
    const { file, stem } = FILES[kind];
    const parts = [stem, weekCode ?? weekId, filters.country, filters.platform, filters.day, language];
    setBusy(kind);
    try {
      await downloadExport(
        exportUrl(weekId, file, { language, ...filters, unsuppressed: exact ? 'true' : null }),
        `${parts.filter(Boolean).join('-')}.${kind}`,
      );
    } catch {
      notifications.show({ color: 'red', message: t('outcomes.export.failed') });
    } finally {
      setBusy(null);
    }
  };

  const button = (kind: ExportKind, label: string, Icon: typeof IconFileZip) => (
    <Button
      variant={kind === 'pdf' ? 'filled' : 'default'}
      // A shade darker than the theme's blue: white on it reads at AA contrast.
      color={kind === 'pdf' ? 'blue.8' : undefined}
      leftSection={<Icon size={16} aria-hidden />}
      loading={busy === kind}
      disabled={busy !== null}
      onClick={() => void download(kind)}
    >
      {label}
    </Button>
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="outcomes-export">
      <Title order={3} size="h4" id="outcomes-export">
        {t('outcomes.export.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('outcomes.export.description', { language: languageName(language, i18n.language) })}{' '}
        {exact ? t('outcomes.export.exact') : t('outcomes.export.suppressed')}
      </Text>
      <Group gap="sm">
        {button('csv', t('outcomes.export.csv'), IconFileTypeCsv)}
        {button('zip', t('outcomes.export.zip'), IconFileZip)}
        {button('pdf', t('outcomes.export.pdf'), IconFileTypePdf)}
      </Group>
    </Paper>
  );
}
