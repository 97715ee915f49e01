import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconRefresh,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { PLAN_IMPORT_MAX_ROWS } from '@empact/domain';
import type { PreviewPlanImportQuery as PreviewResult } from '../../gql/graphql';
import { type ServerError, serverErrors } from '../../graphql/errors';
import { downloadExport, exportUrl } from '../../lib/download-export';
import { countryName, formatDay, formatNumber, timeZoneName } from '../../lib/intl';
import { formatTimeRange } from '../schedule/zoned-time';
import { ImportPlanMutation, PreviewPlanImportQuery } from './plan-import.documents';
import {
  fileToBase64,
  isRefusedRow,
  PLAN_FILE_ACCEPT,
  PLAN_FILE_MAX,
  planImportContext,
  shownRows,
  tooLargePlanFile,
} from './plan-import-file';

export interface PlanImportWeek {
  id: string;
  code: string;
  timeZone: string;
}

type Preview = PreviewResult['previewPlanImport'];
type PreviewRow = Preview['rows'][number];

/** A file as checked: what was sent, so that the import sends exactly the file the preview showed. */
interface Checked {
  fileName: string;
  contentBase64: string;
  preview: Preview;
}

interface PlanImportDialogProps {
  week: PlanImportWeek;
  onClose: () => void;
  onImported: (count: number) => void;
}

/**
 * Plans a week from a spreadsheet: the template to download, the file to check (every row is checked by the API with
 * the planning rules, its errors and conflicts in the reader's language), and the import, offered only when no row has
 * a problem. The API checks the file again when it imports, and plans every session or none.
 */
export function PlanImportDialog({ week, onClose, onImported }: PlanImportDialogProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const client = useClient();
  const [, importPlan] = useMutation(ImportPlanMutation);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ServerError[]>([]);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [onlyRefused, setOnlyRefused] = useState(false);
  const [rechecked, setRechecked] = useState(false);
  const [checking, setChecking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [downloadError, setDownloadError] = useState(false);

  const chooseFile = (next: File | null) => {
    setFile(next);
    setChecked(null);
    setRefusal([]);
    setRechecked(false);
    setFileError(
      next && tooLargePlanFile(next) ? t('errors:planImport.tooLarge', { max: PLAN_FILE_MAX }) : null,
    );
  };

  const download = async (kind: 'xlsx' | 'csv') => {
    setDownloadError(false);
    try {
      await downloadExport(
        exportUrl(week.id, `plan-template.${kind}`, { language: kind === 'xlsx' ? lng : null }),
        `plan-${week.code}.${kind}`,
      );
    } catch {
      setDownloadError(true);
    }
  };

  const check = async (fileName: string, contentBase64: string): Promise<Preview | null> => {
    const result = await client
      .query(
        PreviewPlanImportQuery,
        { weekId: week.id, fileName, contentBase64 },
        { requestPolicy: 'network-only', ...planImportContext('PreviewPlanImport') },
      )
      .toPromise();
    if (result.error || !result.data) {
      setChecked(null);
      setRefusal(serverErrors(result.error, t('errors.network')));
      return null;
    }
    const preview = result.data.previewPlanImport;
    setRefusal([]);
    setChecked({ fileName, contentBase64, preview });
    setOnlyRefused(preview.refusedRows > 0);
    return preview;
  };

  const checkFile = async () => {
    if (!file || fileError) return;
    setChecking(true);
    setRechecked(false);
    try {
      await check(file.name, await fileToBase64(file));
    } finally {
      setChecking(false);
    }
  };

  const importFile = async () => {
    if (!checked) return;
    setImporting(true);
    try {
      const { fileName, contentBase64 } = checked;
      const result = await importPlan(
        { weekId: week.id, fileName, contentBase64 },
        { additionalTypenames: ['PatrolSession'], ...planImportContext('ImportPlan') },
      );
      const count = result.data?.importPlan.imported;
      if (count !== undefined) {
        notifications.show({ color: 'green', message: t('planImport.imported', { count }) });
        onImported(count);
        onClose();
        return;
      }
      const [first] = serverErrors(result.error, t('errors.network'));
      if (first?.code === 'PLAN_IMPORT_INVALID') {
        // The week's plan changed since the check (someone planned meanwhile): show the rows as they now stand.
        await check(fileName, contentBase64);
        setRechecked(true);
      } else {
        setRefusal(serverErrors(result.error, t('errors.network')));
      }
    } finally {
      setImporting(false);
    }
  };

  const preview = checked?.preview;
  const rows = preview ? shownRows(preview.rows, onlyRefused) : [];
  const ready = preview ? preview.rows.length - preview.refusedRows : 0;
  const zone = `${timeZoneName(week.timeZone, lng)} (${week.timeZone})`;

  return (
    <Modal opened onClose={onClose} size="min(1100px, 96vw)" title={t('planImport.title')}>
      <Stack gap="md">
        <Text size="sm">{t('planImport.intro')}</Text>
        <Text size="sm">{t('planImport.timesIn', { zone })}</Text>

        <section aria-labelledby="plan-import-template">
          <Title order={3} size="h5" id="plan-import-template" mb="xs">
            {t('planImport.templateHeading')}
          </Title>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('xlsx')}
            >
              {t('planImport.downloadXlsx')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('csv')}
            >
              {t('planImport.downloadCsv')}
            </Button>
          </Group>
          {downloadError && (
            <Text size="sm" c="red.8" role="alert" mt={4}>
              {t('planImport.downloadFailed')}
            </Text>
          )}
        </section>

        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('planImport.file')}
            description={t('planImport.fileHint', {
              max: PLAN_FILE_MAX,
              rows: formatNumber(PLAN_IMPORT_MAX_ROWS, lng),
            })}
            placeholder={t('planImport.filePlaceholder')}
            accept={PLAN_FILE_ACCEPT}
            value={file}
            onChange={chooseFile}
            clearable
            clearButtonProps={{ 'aria-label': t('planImport.clearFile') }}
            error={fileError}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            w={{ base: '100%', sm: 420 }}
          />
          <Button
            onClick={() => void checkFile()}
            loading={checking}
            disabled={!file || !!fileError || importing}
            leftSection={checked ? <IconRefresh size={16} aria-hidden /> : undefined}
          >
            {t('planImport.check')}
          </Button>
        </Group>

        {refusal.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title={t('planImport.fileRefused')}
            role="alert"
          >
            <Stack gap={4}>
              {refusal.map((problem, index) => (
                <Text size="sm" key={index}>
                  {problem.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}

        {preview && (
          <Stack gap="sm" aria-live="polite">
            {rechecked && (
              <Alert color="orange" icon={<IconAlertCircle aria-hidden />} role="alert">
                {t('planImport.rechecked')}
              </Alert>
            )}
            <Text size="sm">{t('planImport.checked', { count: preview.rows.length })}</Text>
            {preview.refusedRows > 0 ? (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {t('planImport.refused', { count: preview.refusedRows })}
              </Alert>
            ) : (
              <Alert color="green" icon={<IconCircleCheck aria-hidden />}>
                {t('planImport.allReady')}
              </Alert>
            )}
            {preview.refusedRows > 0 && (
              <Checkbox
                label={t('planImport.onlyRefused')}
                checked={onlyRefused}
                onChange={(event) => setOnlyRefused(event.currentTarget.checked)}
              />
            )}
            <Table.ScrollContainer minWidth={760} maxHeight={420}>
              <Table striped stickyHeader verticalSpacing="xs" captionSide="top">
                <Table.Caption>{t('planImport.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('planImport.col.row')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.date')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.time')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.platform')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.venue')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.countries')}</Table.Th>
                    <Table.Th scope="col">{t('planImport.col.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <PreviewTableRow key={row.row} row={row} timeZone={week.timeZone} locale={lng} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            onClick={() => void importFile()}
            loading={importing}
            disabled={!preview || preview.refusedRows > 0 || preview.rows.length === 0 || checking}
          >
            {t('planImport.import', { count: ready })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewTableRow({ row, timeZone, locale }: { row: PreviewRow; timeZone: string; locale: string }) {
  const { t } = useTranslation();
  const { session, cells } = row;
  const refused = isRefusedRow(row);
  const problems = row.errors.length + row.conflicts.length;
  return (
    <Table.Tr>
      <Table.Th scope="row">{row.row}</Table.Th>
      <Table.Td>{session ? formatDay(cells.date, locale) : cells.date}</Table.Td>
      <Table.Td>
        {session
          ? formatTimeRange(new Date(session.startsAt), new Date(session.endsAt), timeZone, locale)
          : [cells.start, cells.end].filter(Boolean).join('–')}
      </Table.Td>
      <Table.Td>{session?.platformName ?? cells.platform}</Table.Td>
      <Table.Td>{session?.venue ?? cells.venue}</Table.Td>
      <Table.Td>
        {session ? session.countries.map((code) => countryName(code, locale)).join(', ') : cells.countries}
      </Table.Td>
      <Table.Td>
        {refused ? (
          <Stack gap={4}>
            <Badge color="red" variant="light" tt="none">
              {t('planImport.problems', { count: problems })}
            </Badge>
            <List size="sm" spacing={2}>
              {row.errors.map((error, index) => (
                <List.Item key={`e${index}`}>
                  {/* The column's name in the reader's language, and its key as the file's header row writes it. */}
                  {t(`planImport.fieldLabel.${error.field}`, { defaultValue: error.field })}{' '}
                  <Text span size="sm" ff="monospace">
                    ({error.field})
                  </Text>
                  {': '}
                  {error.message}
                </List.Item>
              ))}
              {row.conflicts.map((conflict, index) => (
                <List.Item key={`c${index}`}>{conflict.message}</List.Item>
              ))}
            </List>
          </Stack>
        ) : (
          <Badge
            color="green"
            variant="light"
            tt="none"
            leftSection={<IconCircleCheck size={12} aria-hidden />}
          >
            {t('planImport.ready')}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
