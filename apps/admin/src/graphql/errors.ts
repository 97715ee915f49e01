import type { CombinedError } from 'urql';

export interface ServerError {
  message: string;
  code: string | undefined;
  /** The input field the error is about, when there is one ("email", "roles"). */
  field: string | undefined;
}

/**
 * The server's errors, already translated into the reader's language by the API. When no answer came (network
 * down, a proxy's error page), `networkMessage` stands in, since the browser's own text is not translated.
 */
export function serverErrors(error: CombinedError | undefined, networkMessage: string): ServerError[] {
  if (!error) return [];
  if (error.graphQLErrors.length === 0)
    return [{ message: networkMessage, code: undefined, field: undefined }];
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = graphQLError.extensions as { code?: unknown; field?: unknown };
    const field = typeof extensions.field === 'string' ? extensions.field.split('.').pop() : undefined;
    return {
      message: graphQLError.message,
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      field,
    };
  });
}

/** Errors that name an input field, keyed by the field, for showing beside it; the rest go to a notification. */
export function splitFieldErrors(
  error: CombinedError | undefined,
  fields: readonly string[],
  networkMessage: string,
): { fieldErrors: Record<string, string>; otherErrors: ServerError[] } {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: ServerError[] = [];
  for (const item of serverErrors(error, networkMessage)) {
    if (
      item.code === 'BAD_USER_INPUT' &&
      item.field &&
      fields.includes(item.field) &&
      !fieldErrors[item.field]
    ) {
      fieldErrors[item.field] = item.message;
    } else {
      otherErrors.push(item);
    }
  }
  return { fieldErrors, otherErrors };
}
