import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** Nest's own start-up chatter: one line per module and route, useful only when debugging. */
const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
]);

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];

/** The console logger at the configured level, without Nest's start-up chatter unless LOG_LEVEL=debug. */
export class AppLogger extends ConsoleLogger {
  constructor(private readonly level: 'error' | 'warn' | 'log' | 'debug') {
    super();
    this.setLogLevels(LEVELS.slice(0, LEVELS.indexOf(level) + 1));
  }

  override log(message: unknown, context?: string): void {
    if (this.level !== 'debug' && context && FRAMEWORK_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
