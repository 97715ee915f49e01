import { loadSectionWords } from './i18n';

/**
 * The admin.json sections only some pages show (LAZY_SECTIONS in vite.config.mts): kept out of the first download,
 * and fetched in the reader's language (and English, the fallback) when a page that shows them is loaded. A page
 * module awaits its section at the top (`await loadPlanImportWords();`), so its chunk is ready only with its words;
 * without them (a failed fetch) the page still opens, showing keys rather than nothing.
 */
function load(section: Parameters<typeof loadSectionWords>[0]): Promise<void> {
  return loadSectionWords(section).catch(() => undefined);
}

/** Words of the week report page. */
export const loadWeekReportWords = (): Promise<void> => load('weekReport');

/** Words for the read counts in the guidance library. */
export const loadGuidanceReadsWords = (): Promise<void> => load('guidanceReads');

/** Words of the outcomes dashboard. */
export const loadOutcomesWords = (): Promise<void> => load('outcomes');

/** Words of the weeks list and a week's set-up page. */
export const loadWeekSetupWords = (): Promise<void> => load('weekSetup');

/** Words of the police profiles page. */
export const loadProfilesWords = (): Promise<void> => load('profiles');

/** Words of the audit log viewer and the retention status. */
export const loadAuditLogWords = (): Promise<void> => load('auditLog');

/** Words of the plan import dialog on the week board. */
export const loadPlanImportWords = (): Promise<void> => load('planImport');
