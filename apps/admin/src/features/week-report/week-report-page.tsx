import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Checkbox,
  Grid,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
  Typography,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  can,
  isLocale,
  type Locale,
  LOCALES,
  WEEK_REPORT_LESSONS_MAX,
  WEEK_REPORT_SUMMARY_EN_MAX,
} from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { WeekReportFieldsFragment } from '../../gql/graphql';
import { serverErrors, splitFieldErrors } from '../../graphql/errors';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { currentLocale } from '../../i18n/i18n';
import { loadWeekReportWords } from '../../i18n/lazy-sections';
import { downloadExport, exportUrl } from '../../lib/download-export';
import { countryName, formatInstant, languageName } from '../../lib/intl';
import { DEBRIEF_TEXT_FIELDS } from '../debriefs/debrief-fields';
import { SaveWeekReportMutation, WeekReportDebriefsQuery, WeekReportQuery } from './week-report.documents';

await loadWeekReportWords();

const REPORT_CONTEXT = { additionalTypenames: ['WeekReport', 'Debrief'] };

type ExportFormat = 'md' | 'pdf';

/** The week's lessons learned and the debriefs they draw on: written by coordinators, read and exported by all. */
export default function WeekReportPage() {
  const { t } = useTranslation();
  const { weekId = '' } = useParams();
  const actor = toActor(useAccount());
  const editor = can(actor, 'debrief.review');
  const [{ data, error }, reload] = useQuery({
    query: WeekReportQuery,
    variables: { weekId },
    context: REPORT_CONTEXT,
  });
  const report = data?.weekReport;
  const fileStem = `week-report-${data?.actionWeek.code ?? weekId}`;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('weekReport.title')}</Title>
        <Text size="sm" c="dimmed">
          {data?.actionWeek ? `${data.actionWeek.code} · ${data.actionWeek.title} — ` : ''}
          {t('weekReport.subtitle')}
        </Text>
      </div>
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {!report && !error && (
        <Center h="30vh">
          <Loader aria-label={t('state.loading')} />
        </Center>
      )}
      {report && (
        <>
          <ExportPanel weekId={weekId} fileStem={fileStem} />
          {editor && (
            <ReportEditor
              // A new version (saved here or reloaded after a conflict) starts the form again from it.
              key={report.version}
              report={report}
              onConflict={() => reload({ requestPolicy: 'network-only' })}
            />
          )}
          <ReportView report={report} />
        </>
      )}
    </Stack>
  );
}

function ExportPanel({ weekId, fileStem }: { weekId: string; fileStem: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [language, setLanguage] = useState<Locale>(currentLocale());
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await downloadExport(
        exportUrl(weekId, `week-report.${format}`, { language }),
        `${fileStem}-${language}.${format}`,
      );
    } catch {
      notifications.show({ color: 'red', message: t('weekReport.export.failed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" role="region" aria-labelledby="week-report-export">
      <Title order={3} size="h4" id="week-report-export" mb="xs">
        {t('weekReport.export.title')}
      </Title>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('weekReport.export.language')}
          value={language}
          onChange={(value) => isLocale(value) && setLanguage(value)}
          allowDeselect={false}
          data={LOCALES.map((code) => ({ value: code, label: languageName(code, lng) }))}
          w={220}
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === 'md'}
          disabled={busy !== null}
          onClick={() => void download('md')}
        >
          {t('weekReport.export.markdown')}
        </Button>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === 'pdf'}
          disabled={busy !== null}
          onClick={() => void download('pdf')}
        >
          {t('weekReport.export.pdf')}
        </Button>
      </Group>
    </Paper>
  );
}

function ReportEditor({ report, onConflict }: { report: WeekReportFieldsFragment; onConflict: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [lessonsLearned, setLessonsLearned] = useState(report.lessonsLearned);
  const [language, setLanguage] = useState(report.language);
  const [summaryEn, setSummaryEn] = useState(report.summaryEn ?? '');
  const [debriefIds, setDebriefIds] = useState<string[]>(report.debriefs.map((debrief) => debrief.id));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [{ data }] = useQuery({
    query: WeekReportDebriefsQuery,
    variables: { weekId: report.weekId },
    context: REPORT_CONTEXT,
  });
  const [result, save] = useMutation(SaveWeekReportMutation);
  const guard = useFreeTextGuard({ lessonsLearned, summaryEn });
  const submitted = (data?.debriefs ?? []).filter((debrief) => debrief.status === 'SUBMITTED');

  const onSave = async () => {
    if (guard.blocked) return;
    const response = await save({
      input: {
        weekId: report.weekId,
        version: report.version,
        lessonsLearned,
        language,
        summaryEn: summaryEn.trim() ? summaryEn : null,
        debriefIds: debriefIds.filter((id) => submitted.some((debrief) => debrief.id === id)),
      },
    });
    if (response.data) {
      setFieldErrors({});
      notifications.show({ color: 'green', message: t('weekReport.saved') });
      return;
    }
    if (guard.refused(response.error, { lessonsLearned, summaryEn })) return;
    const split = splitFieldErrors(
      response.error,
      ['lessonsLearned', 'language', 'summaryEn', 'debriefIds'],
      t('errors.network'),
    );
    setFieldErrors(split.fieldErrors);
    if (split.otherErrors.some((error) => error.code === 'CONFLICT')) {
      notifications.show({ color: 'orange', message: t('weekReport.conflict'), autoClose: false });
      onConflict();
      return;
    }
    if (split.otherErrors[0]) notifications.show({ color: 'red', message: split.otherErrors[0].message });
  };

  return (
    <Paper withBorder p="md" radius="md" role="region" aria-labelledby="week-report-editor">
      <Title order={3} size="h4" id="week-report-editor" mb="xs">
        {t('weekReport.edit.title')}
      </Title>
      <Stack gap="sm">
        <Select
          label={t('weekReport.edit.language')}
          value={language}
          onChange={(value) => value && setLanguage(value)}
          allowDeselect={false}
          data={LOCALES.map((code) => ({ value: code, label: languageName(code, lng) }))}
          error={fieldErrors.language}
          w={260}
        />
        <Textarea
          id="week-report-lessons"
          maxLength={WEEK_REPORT_LESSONS_MAX}
          label={t('weekReport.edit.lessonsLearned')}
          description={t('weekReport.edit.lessonsHelp')}
          lang={language}
          autosize
          minRows={8}
          maxRows={24}
          value={lessonsLearned}
          onChange={(event) => setLessonsLearned(event.currentTarget.value)}
          error={fieldErrors.lessonsLearned ?? guard.errorOf('lessonsLearned')}
        />
        {guard.panel('lessonsLearned', 'week-report-lessons')}
        <Textarea
          id="week-report-summary"
          maxLength={WEEK_REPORT_SUMMARY_EN_MAX}
          label={t('weekReport.edit.summaryEn')}
          description={t('weekReport.edit.summaryHelp')}
          lang="en"
          autosize
          minRows={3}
          value={summaryEn}
          onChange={(event) => setSummaryEn(event.currentTarget.value)}
          error={fieldErrors.summaryEn ?? guard.errorOf('summaryEn')}
        />
        {guard.panel('summaryEn', 'week-report-summary')}
        <Checkbox.Group
          label={t('weekReport.edit.debriefs')}
          description={t('weekReport.edit.debriefsHelp')}
          value={debriefIds}
          onChange={setDebriefIds}
          error={fieldErrors.debriefIds}
        >
          <Stack gap="xs" mt="xs">
            {!data && <Loader size="sm" aria-label={t('state.loading')} />}
            {data && submitted.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('weekReport.edit.noSubmitted')}
              </Text>
            )}
            {submitted.map((debrief) => (
              <Checkbox
                key={debrief.id}
                value={debrief.id}
                label={
                  <span>
                    <Text span fw={600} size="sm">
                      {countryName(debrief.country, lng)} · {languageName(debrief.language, lng)}
                    </Text>
                    <Text span size="xs" c="dimmed">
                      {' · '}
                      {[debrief.author, debrief.submittedAt ? formatInstant(debrief.submittedAt, lng) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </span>
                }
                description={
                  <span lang="en">{debrief.summaryEn?.trim() || t('weekReport.view.noEnglishSummary')}</span>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button loading={result.fetching} disabled={guard.blocked} onClick={() => void onSave()}>
            {t('weekReport.edit.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ReportView({ report }: { report: WeekReportFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Stack gap="md" role="region" aria-labelledby="week-report-view">
      <Title order={3} size="h4" id="week-report-view">
        {t('weekReport.view.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Title order={4} size="h5">
            {t('weekReport.view.lessonsLearned')}
          </Title>
          <Group gap={6}>
            <Badge variant="outline" color="gray">
              {languageName(report.language, lng)}
            </Badge>
            {report.updatedAt && (
              <Text size="xs" c="dimmed">
                {t('weekReport.view.updated', { time: formatInstant(report.updatedAt, lng) })}
              </Text>
            )}
          </Group>
        </Group>
        {report.lessonsLearned.trim() ? (
          // Markdown rendered by the API's markdown-it in safe mode (as guidance is): raw HTML comes out inert.
          <Typography data-report-lessons>
            <div lang={report.language} dangerouslySetInnerHTML={{ __html: report.lessonsLearnedHtml }} />
          </Typography>
        ) : (
          <Text size="sm" c="dimmed">
            {t('weekReport.view.nothingWritten')}
          </Text>
        )}
        {report.summaryEn && (
          <>
            <Text size="xs" fw={600} mt="sm">
              {t('weekReport.view.englishSummary')}
            </Text>
            <Text size="sm" lang="en" style={{ whiteSpace: 'pre-wrap' }}>
              {report.summaryEn}
            </Text>
          </>
        )}
      </Paper>
      <Title order={4} size="h5">
        {t('weekReport.view.debriefs')}
      </Title>
      {report.debriefs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('weekReport.view.noLinked')}
        </Text>
      )}
      <Stack gap="sm" role="list" aria-label={t('weekReport.view.debriefs')}>
        {report.debriefs.map((debrief) => (
          <Paper key={debrief.id} withBorder p="md" radius="md" role="listitem">
            <Text fw={600}>{countryName(debrief.country, lng)}</Text>
            <Text size="xs" c="dimmed" mb="xs">
              {[
                debrief.author,
                languageName(debrief.language, lng),
                debrief.submittedAt ? formatInstant(debrief.submittedAt, lng) : null,
                debrief.wellbeingScore
                  ? t('debrief.review.wellbeing', { score: debrief.wellbeingScore })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="xs">
                  {DEBRIEF_TEXT_FIELDS.filter((field) => debrief[field].trim()).map((field) => (
                    <div key={field}>
                      <Text size="xs" fw={600}>
                        {t(`debrief.field.${field}`)}
                      </Text>
                      <Text size="sm" lang={debrief.language} style={{ whiteSpace: 'pre-wrap' }}>
                        {debrief[field]}
                      </Text>
                    </div>
                  ))}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="sm">
                  <Text size="xs" fw={600}>
                    {t('weekReport.view.englishSummary')}
                  </Text>
                  <Text size="sm" lang="en" style={{ whiteSpace: 'pre-wrap' }}>
                    {debrief.summaryEn?.trim() || t('weekReport.view.noEnglishSummary')}
                  </Text>
                </Paper>
              </Grid.Col>
            </Grid>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
