import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the row (SQLSTATE 23505): two writers raced for the same key. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';

/** A foreign key refused the row (SQLSTATE 23503), here the named constraint: the row points at something that does not exist. */
export const isForeignKeyViolation = (error: unknown, constraint: string): boolean => {
  if (!(error instanceof QueryFailedError)) return false;
  const failure = error as QueryFailedError & {
    code?: string;
    constraint?: string;
    driverError?: { constraint?: string };
  };
  return (
    failure.code === '23503' &&
    (failure.constraint ?? failure.driverError?.constraint ?? error.message).includes(constraint)
  );
};
