export * from './locales/locales';
export * from './locales/endonyms';
export * from './access/roles';
export * from './access/policy';
export * from './countries/countries';
export * from './accounts/account-rules';
export * from './errors/error-codes';
export * from './weeks/week-days';
