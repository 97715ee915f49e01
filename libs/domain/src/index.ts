export * from './locales/locales';
export * from './locales/endonyms';
export * from './access/roles';
export * from './access/policy';
export * from './access/audit-log';
export * from './countries/countries';
export * from './accounts/account-rules';
export * from './accounts/two-factor';
export * from './errors/error-codes';
export * from './weeks/week-days';
export * from './weeks/zoned-time';
export * from './weeks/week-setup';
export * from './weeks/week-readiness';
export * from './schedule/schedule-rules';
export * from './schedule/plan-import';
export * from './schedule/session-reach';
export * from './schedule/roster-rules';
export * from './schedule/plan-copy';
export * from './schedule/now';
export * from './interactions/vocabulary';
export * from './referrals/triage';
export * from './interactions/input-bounds';
export * from './interactions/personal-data';
export {
  registerNameLexicon,
  loadNameLexicon,
  hasNameLexicon,
  nameLexiconOf,
} from './personal-data/name-lexicon';
export type { NameLexicon } from './personal-data/name-lexicon';
export * from './guidance/guidance-rules';
export * from './outcomes/cell-key';
export * from './outcomes/outcome-table';
export * from './text/text-bounds';
export * from './text/text-rules';
export * from './police-profiles/police-profile-rules';
