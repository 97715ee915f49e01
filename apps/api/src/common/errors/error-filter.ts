import type { ErrorCode } from '@empact/domain';
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { I18nService } from '../i18n/i18n.service';
import { describeErrorWithStack } from '../logging/redact';
import { requestLocale, requestStore } from '../request-context';
import { DomainException } from './domain.exception';

/** PostgreSQL error classes that mean "the database is not there right now", not "the request is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'PERSONAL_DATA_IN_NOTES':
    case 'PLAN_IMPORT_FILE_TYPE':
    case 'PLAN_IMPORT_TOO_MANY_ROWS':
    case 'PLAN_IMPORT_COLUMNS':
    case 'PLAN_IMPORT_EMPTY':
    case 'PLAN_IMPORT_INVALID':
      return 400;
    case 'PLAN_IMPORT_TOO_LARGE':
      return 413;
    case 'UNAUTHENTICATED':
    case 'TWO_FACTOR_REQUIRED':
    case 'TWO_FACTOR_CODE_INVALID':
      return 401;
    case 'FORBIDDEN':
    case 'TWO_FACTOR_ENROLMENT_REQUIRED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'SCHEDULE_CONFLICT':
    case 'WEEK_NOT_IN_PLANNING':
    case 'WEEK_HAS_LIVE_SESSIONS':
    case 'PLAN_COPY_REFUSED':
      return 409;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'INTERNAL_SERVER_ERROR':
      return 500;
  }
}

function fromHttpStatus(status: number): ErrorCode {
  if (status === 400 || status === 413 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/** Any thrown thing as a DomainException; null for an error that is a bug. */
export function toDomainException(error: unknown): DomainException | null {
  if (error instanceof DomainException) return error;
  if (error instanceof HttpException) return new DomainException(fromHttpStatus(error.getStatus()));
  const code = (error as { code?: unknown } | null)?.code;
  // The SQLSTATE counts on any database error: while a connection opens, pg's own errors arrive without TypeORM's wrapper.
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_NODE_CODES.has(code) || (error instanceof Error && UNAVAILABLE_SQLSTATE.test(code)))
  ) {
    return new DomainException('SERVICE_UNAVAILABLE');
  }
  if (
    error instanceof Error &&
    /Connection terminated|timeout exceeded when trying to connect/i.test(error.message)
  ) {
    return new DomainException('SERVICE_UNAVAILABLE');
  }
  // What the database refuses as data (a NUL in a text, a date out of range: class 22) or a required column left
  // empty (23502) was sent by the caller: a refusal of their input, not a fault of ours.
  if (typeof code === 'string' && error instanceof Error && /^22/.test(code))
    return new DomainException('BAD_USER_INPUT');
  if (typeof code === 'string' && error instanceof Error && /^23/.test(code))
    return integrityRefusal(code, error as IntegrityError);
  return null;
}

/** What PostgreSQL (and PGlite) tell of a broken constraint, beside the SQLSTATE. `detail` quotes values: never pass it on. */
interface IntegrityError {
  column?: string;
  detail?: string;
}

/** A column as the API names its fields: scope_platform → scopePlatform. */
const fieldOf = (column: string | undefined) =>
  column?.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const refusalOf = (field: string | undefined, messageKey: string) =>
  field
    ? new DomainException('BAD_USER_INPUT', messageKey, { field }, { field })
    : new DomainException('BAD_USER_INPUT');

/**
 * A constraint of the database refused a write. The services check what a client can get wrong first, so this is
 * the net under them: a value that the rules of the tables refuse was sent by the caller and is a refusal of their
 * input; a row that another write got to first, or that others still point at, is a conflict with the data as it is.
 */
function integrityRefusal(code: string, error: IntegrityError): DomainException | null {
  switch (code) {
    case '23502': // not_null_violation: a required value left empty
      return refusalOf(fieldOf(error.column), 'input.required');
    case '23503': {
      // foreign_key_violation: on insert or update the value names nothing that exists; on delete others still need the row.
      if (error.detail && /is still referenced/.test(error.detail)) return new DomainException('CONFLICT');
      return refusalOf(fieldOf(/^Key \((\w+)\)=/.exec(error.detail ?? '')?.[1]), 'input.oneOf');
    }
    case '23514': // check_violation: a value out of what the table allows (its constraint names no field one can trust)
      return new DomainException('BAD_USER_INPUT');
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
      return new DomainException('CONFLICT');
    default:
      return null;
  }
}

/**
 * The id as sent, as text the database stores: without NUL, at most 100 characters, halves of surrogate pairs (sent,
 * or left by the cut) as U+FFFD. Either would make the insert fail and lose the refusal's audit entry too.
 */
export function storableId(id: string): string {
  return id
    .split(String.fromCharCode(0))
    .join('')
    .slice(0, 100)
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

/**
 * The one error mapper: every refusal leaves with a stable `extensions.code` and a message in the caller's
 * language; anything unexpected is logged and leaves as INTERNAL_SERVER_ERROR without its details.
 */
@Catch()
export class ErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly i18n: I18nService,
    private readonly audit: AuditService,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (exception instanceof GraphQLError && exception.extensions?.code) return exception;
    const known = toDomainException(exception);
    // Without the values: a database error's message and detail can quote the row, notes included.
    if (!known) this.logger.error(describeErrorWithStack(exception));
    const error = known ?? new DomainException('INTERNAL_SERVER_ERROR');
    const message = this.i18n.t(requestLocale(), error.messageKey, error.params);

    if (host.getType<string>() === 'graphql') {
      this.auditRefusedMutation(GqlArgumentsHost.create(host), error.code);
      return new GraphQLError(message, { extensions: { code: error.code, ...error.extensions } });
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (!response.headersSent) {
      response
        .status(httpStatusOf(error.code))
        .json({ error: { code: error.code, message, ...error.extensions } });
    }
  }

  private auditRefusedMutation(host: GqlArgumentsHost, code: ErrorCode): void {
    const info = host.getInfo<GraphQLResolveInfo | undefined>();
    if (info?.parentType.name !== 'Mutation') return;
    const args = host.getArgs<Record<string, unknown>>();
    const input = args.input as Record<string, unknown> | undefined;
    const targetId = args.id ?? input?.id;
    this.audit.recordFailure({
      action: info.fieldName,
      outcome: code,
      actorId: requestStore()?.actor?.id ?? null,
      targetId: typeof targetId === 'string' ? storableId(targetId) : null,
    });
  }
}
