import { i18n } from './i18n';

type Section = Record<string, unknown>;

/**
 * The admin.json sections only lazily loaded pages use (LAZY_SECTIONS in vite.config.mts): kept out of the first
 * download and added to i18next when the page that needs them is loaded. Import this module only from lazy chunks.
 */
const weekReport = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'weekReport' },
  import: 'default',
  eager: true,
});
const guidanceReads = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'guidanceReads' },
  import: 'default',
  eager: true,
});

const outcomes = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'outcomes' },
  import: 'default',
  eager: true,
});

function register(modules: Record<string, Section>): void {
  for (const [path, section] of Object.entries(modules)) {
    const language = /locales\/([^/]+)\/admin\.json/.exec(path)?.[1];
    if (language) i18n.addResourceBundle(language, 'admin', section, true, false);
  }
}

/** Words of the week report page. */
export function registerWeekReportWords(): void {
  register(weekReport);
}

/** Words for the read counts in the guidance library. */
export function registerGuidanceReadsWords(): void {
  register(guidanceReads);
}

/** Words of the outcomes dashboard. */
export function registerOutcomesWords(): void {
  register(outcomes);
}
