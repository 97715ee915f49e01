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

const weekSetup = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'weekSetup' },
  import: 'default',
  eager: true,
});

const profiles = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'profiles' },
  import: 'default',
  eager: true,
});

const auditLog = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'auditLog' },
  import: 'default',
  eager: true,
});

const planImport = import.meta.glob<Section>('../../../../libs/i18n/src/locales/*/admin.json', {
  query: { section: 'planImport' },
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

/** Words of the weeks list and a week's set-up page. */
export function registerWeekSetupWords(): void {
  register(weekSetup);
}

/** Words of the police profiles page. */
export function registerProfilesWords(): void {
  register(profiles);
}

/** Words of the audit log viewer and the retention status. */
export function registerAuditLogWords(): void {
  register(auditLog);
}

/** Words of the plan import dialog on the week board. */
export function registerPlanImportWords(): void {
  register(planImport);
}
