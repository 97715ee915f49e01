import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { describeError } from './redact';

/** A statement's text without its string literals (the API binds values as parameters, but a literal may slip in). */
export function statementText(query: string): string {
  return query
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);
}

/**
 * TypeORM's logger for the API: a failed or slow statement is printed with its SQL and the error's code, never with
 * its parameters (they carry notes, details and debriefs). TypeORM's own loggers print the parameters.
 */
export class RedactingTypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly level: 'error' | 'warn' | 'log' | 'debug') {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    if (this.level === 'debug') this.logger.debug(`query: ${statementText(query)}`);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    if (this.level === 'error') return;
    this.logger.error(`statement failed: ${describeError(error)} -- ${statementText(query)}`);
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.logger.warn(`slow statement (${time} ms): ${statementText(query)}`);
  }

  logSchemaBuild(message: string): void {
    if (this.level === 'debug') this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // TypeORM's own notices (as before, when only errors were logged) show at debug level only.
    if (this.level !== 'debug') return;
    const text = typeof message === 'string' ? message : describeError(message);
    if (level === 'warn') this.logger.warn(text);
    else this.logger.debug(text);
  }
}
