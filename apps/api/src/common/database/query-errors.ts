import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the row (SQLSTATE 23505): two writers raced for the same key. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';
