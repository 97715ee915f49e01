import { ERROR_CODES, Locale } from '@empact/domain';
import { flattenKeys, resources } from '@empact/i18n';

/**
 * What every answer of the API must be, whatever was sent: below HTTP 500, and either data or errors that each carry
 * a code clients branch on (never INTERNAL_SERVER_ERROR) and a message in the caller's language.
 */

export interface Answer {
  status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  body: { data?: Record<string, unknown> | null; errors?: unknown } | undefined;
  text: string;
}

export interface Expectation {
  /** The root field called. */
  field: string;
  /** Language of refusals from resolvers and guards: the account's preference, else Accept-Language, else English. */
  locale: Locale;
  /** Language of refusals found before any resolver ran: the signed-in account's too (the API looks it up for them). */
  preExecutionLocale: Locale;
  /** Whether the caller may get data at all (not a non-public field called without signing in). */
  mayProceed: boolean;
  /** Valid variables: GraphQL's own checks must let them through, whatever the resolvers then say. */
  typeCorrect: boolean;
  /** Broken variables: only BAD_USER_INPUT is right. */
  typeWrong?: boolean;
}

const ALLOWED_CODES = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'));

const ENGLISH = flattenKeys(resources.en.errors);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEMPLATES = Object.entries(ENGLISH).map(([key, text]) => ({
  key,
  pattern: new RegExp(
    `^${text
      .split(/\{\{[^}]*\}\}/)
      .map(escape)
      .join('[\\s\\S]*')}$`,
  ),
}));
const LOCAL: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(resources).map(([locale, namespaces]) => [locale, flattenKeys(namespaces.errors)]),
);

/** graphql-js, Apollo and graphql-armor speak English; such a message reached the caller untranslated. */
const RAW_ENGLISH =
  /^(Variable "\$|Field "|Argument "|Unknown (argument|type|operation)|Cannot query|Syntax Error|Expected (value|type)|(Int|Float|String|Boolean|ID) cannot represent|Enum "|Value "|Query depth|Query Cost|Aliases limit|Token limit|Directives limit|Operation batching|This operation has been blocked|Must provide|GraphQL operations must|POST body|Unexpected token|request entity)/;

/** Why a message is English although the caller reads another language with a translation of it; null if fine. */
export function untranslated(message: string, locale: Locale): string | null {
  if (locale === 'en') return null;
  if (RAW_ENGLISH.test(message)) return `an untranslated GraphQL message for a ${locale} reader`;
  for (const { key, pattern } of TEMPLATES) {
    const local = LOCAL[locale][key];
    if (pattern.test(message) && local && local !== ENGLISH[key]) {
      return `the English text of errors:${key} although a ${locale} translation exists`;
    }
  }
  return null;
}

interface ErrorShape {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown };
}

/** Everything wrong with one answer; empty when it is a success or a proper refusal. */
export function problemsWith(answer: Answer, expect: Expectation): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  const body = answer.body;
  if (!body || typeof body !== 'object') {
    problems.push(`the body is not a GraphQL answer: ${answer.text.slice(0, 200)}`);
    return problems;
  }
  const errors = body.errors as ErrorShape[] | undefined;
  if (errors === undefined) {
    if (expect.typeWrong) problems.push('broken variables were accepted');
    if (!expect.mayProceed) problems.push('succeeded without signing in');
    if (body.data?.[expect.field] === undefined || body.data?.[expect.field] === null) {
      problems.push('neither data nor errors');
    }
    return problems;
  }
  if (!Array.isArray(errors) || errors.length === 0) {
    problems.push('errors is not a non-empty list');
    return problems;
  }
  for (const error of errors) {
    const code = error?.extensions?.code;
    const beforeResolvers = error?.path === undefined;
    if (typeof code !== 'string' || !ALLOWED_CODES.has(code)) problems.push(`code ${String(code)}`);
    if (expect.typeWrong && code !== 'BAD_USER_INPUT')
      problems.push(`code ${String(code)} for broken variables`);
    if (expect.typeCorrect && beforeResolvers)
      problems.push('type-correct variables were refused before any resolver ran');
    if (typeof error?.message !== 'string' || error.message.trim() === '') {
      problems.push('an empty message');
      continue;
    }
    const why = untranslated(error.message, beforeResolvers ? expect.preExecutionLocale : expect.locale);
    if (why) problems.push(`the message is ${why}`);
  }
  return problems;
}
