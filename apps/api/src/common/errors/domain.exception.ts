import type { ErrorCode } from '@empact/domain';

/**
 * A refusal the caller can act on: a stable code for programs, an i18n key (errors namespace) for people.
 * Thrown by services; turned into a GraphQL error in the caller's language by the one error filter.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey = `code.${code}`,
    readonly params: Record<string, string | number> = {},
    /** Extra machine-readable details, e.g. the field that was wrong. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'DomainException';
  }
}

export const notFound = (messageKey = 'code.NOT_FOUND') => new DomainException('NOT_FOUND', messageKey);
export const forbidden = () => new DomainException('FORBIDDEN');
export const unauthenticated = (messageKey = 'code.UNAUTHENTICATED') =>
  new DomainException('UNAUTHENTICATED', messageKey);
export const badInput = (field: string, messageKey: string, params: Record<string, string | number> = {}) =>
  new DomainException('BAD_USER_INPUT', messageKey, { field, ...params }, { field });
