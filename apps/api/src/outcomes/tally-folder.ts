import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { describeError } from '../common/logging/redact';
import { runAsSystem } from '../common/request-context';
import { OutcomesRepository } from './outcomes.repository';

/**
 * Folds the outcome tally's queue every TALLY_FOLD_MS, so that it stays short between reads (every read of the
 * figures folds first, so what a reader sees never lags). With several API instances each folds; the database lets
 * one fold at a time, and a fold that finds the queue empty costs one short statement.
 */
@Injectable()
export class TallyFolder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TallyFolder');
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly tally: OutcomesRepository,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.TALLY_FOLD_MS;
    if (every === 0) return;
    this.timer = setInterval(() => void this.fold(), every);
    this.timer.unref();
  }

  /** Stops folding before the database closes, and lets a fold under way finish. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One fold, unless the last one is still running. */
  private fold(): void {
    if (this.running || !this.timer) return;
    this.running = runAsSystem(() => this.tally.fold())
      .then(
        () => undefined,
        (error: unknown) => this.logger.error(`Folding the outcome tally failed: ${describeError(error)}`),
      )
      .finally(() => (this.running = null));
  }
}
