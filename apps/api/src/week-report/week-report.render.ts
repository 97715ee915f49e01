import type { Locale } from '@empact/domain';
import { renderPdf } from '../common/pdf/render-pdf';
import type { I18nService } from '../common/i18n/i18n.service';
import { MARKDOWN_PDF_STYLES, markdownToPdf } from './markdown-pdf';
import type { WeekReportDocument } from './week-report.service';

const DEBRIEF_FIELDS = [
  'whatWorked',
  'challenges',
  'signals',
  'platformObservations',
  'guidanceSuggestions',
] as const;

/** Everything the two exports write, in one shape: labels in the reader's language, free text in its own. */
interface Section {
  heading: string;
  subheading: string;
  meta: string;
  /** `markdown`: the text is Markdown (the lessons learned), shown as its structure rather than as written. */
  parts: { label: string; text: string; markdown?: boolean }[];
  summaryEn: string | null;
}

function sections(
  doc: WeekReportDocument,
  i18n: I18nService,
  locale: Locale,
): { title: string; facts: [string, string][]; lessons: Section; debriefs: Section[] } {
  const t = (key: string, params: Record<string, unknown> = {}) => i18n.t(locale, key, params, 'common');
  const language = (tag: string) =>
    new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const { week, report } = doc;
  return {
    title: `${t('report.title')}: ${week.title}`,
    facts: [
      [t('report.host'), i18n.countryName(locale, week.hostCountry)],
      [t('report.days'), `${day(week.firstDay)} – ${day(week.lastDay)} (${week.timeZone})`],
      [t('report.countries'), week.countries.map((c) => i18n.countryName(locale, c.country)).join(', ')],
    ],
    lessons: {
      heading: t('report.lessonsLearned'),
      subheading: '',
      meta: t('report.writtenIn', { language: language(report.language) }),
      parts: [{ label: '', text: report.lessonsLearned, markdown: true }],
      summaryEn: report.summaryEn,
    },
    debriefs: report.debriefs.map((debrief) => {
      const session = doc.sessions[debrief.sessionId];
      const when = session ? i18n.formatInstant(locale, session.startsAt, week.timeZone) : '';
      return {
        heading: `${i18n.countryName(locale, debrief.country)} · ${session ? `${session.platform} · ${session.venue}` : ''}`,
        subheading: when,
        meta: `${t('report.writtenIn', { language: language(debrief.language) })} · ${debrief.author}`,
        parts: [
          ...DEBRIEF_FIELDS.map((field) => ({ label: t(`report.${field}`), text: debrief[field] })),
          {
            label: t('report.wellbeing'),
            text: [debrief.wellbeingScore ? `${debrief.wellbeingScore}/5` : '', debrief.wellbeingText]
              .filter(Boolean)
              .join(' — '),
          },
        ].filter((part) => part.text.trim() !== ''),
        summaryEn: debrief.summaryEn,
      };
    }),
  };
}

export function weekReportMarkdown(doc: WeekReportDocument, i18n: I18nService, locale: Locale): string {
  const s = sections(doc, i18n, locale);
  const t = (key: string) => i18n.t(locale, key, {}, 'common');
  const lines = [`# ${s.title}`, '', ...s.facts.map(([label, value]) => `- **${label}:** ${value}`), ''];
  const section = (level: string, section: Section) => {
    lines.push(`${level} ${section.heading}`, '');
    if (section.subheading) lines.push(section.subheading, '');
    lines.push(`_${section.meta}_`, '');
    for (const part of section.parts) {
      if (part.label) lines.push(`**${part.label}**`, '');
      lines.push(part.text, '');
    }
    if (section.summaryEn) lines.push(`> **${t('report.summaryEn')}:** ${section.summaryEn}`, '');
  };
  section('##', s.lessons);
  lines.push(`## ${t('report.debriefs')}`, '');
  if (s.debriefs.length === 0) lines.push(t('report.noDebriefs'), '');
  s.debriefs.forEach((debrief) => section('###', debrief));
  return lines.join('\n');
}

/**
 * The report as a PDF (pdfmake): each free text in its own language, its English summary beside it; the lessons
 * learned, written in Markdown, as headings, lists and emphasis (never as "## " text).
 */
export async function weekReportPdf(
  doc: WeekReportDocument,
  i18n: I18nService,
  locale: Locale,
): Promise<Buffer> {
  const s = sections(doc, i18n, locale);
  const t = (key: string) => i18n.t(locale, key, {}, 'common');
  const block = (section: Section, level: 'h2' | 'h3') => [
    { text: section.heading, style: level },
    ...(section.subheading ? [{ text: section.subheading, style: 'meta' }] : []),
    { text: section.meta, style: 'meta' },
    {
      columns: [
        {
          width: '*',
          stack: section.parts.flatMap((part) => [
            ...(part.label ? [{ text: part.label, style: 'label' }] : []),
            ...(part.markdown ? markdownToPdf(part.text) : [{ text: part.text, margin: [0, 0, 0, 6] }]),
          ]),
        },
        section.summaryEn
          ? {
              width: 180,
              stack: [
                { text: t('report.summaryEn'), style: 'label' },
                { text: section.summaryEn, italics: true },
              ],
              margin: [12, 0, 0, 0],
            }
          : { width: 0, text: '' },
      ],
    },
  ];
  return renderPdf({
    info: { title: s.title, creator: 'EMPACT Action Week platform' },
    styles: MARKDOWN_PDF_STYLES,
    content: [
      { text: s.title, style: 'h1' },
      {
        table: {
          widths: [140, '*'],
          body: s.facts.map(([label, value]) => [{ text: label, bold: true }, value]),
        },
        layout: 'noBorders',
      },
      ...block(s.lessons, 'h2'),
      { text: t('report.debriefs'), style: 'h2' },
      ...(s.debriefs.length === 0
        ? [{ text: t('report.noDebriefs') }]
        : s.debriefs.flatMap((d) => block(d, 'h3'))),
    ],
  });
}
