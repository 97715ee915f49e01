import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo accounts whose role needs a second factor come with an authenticator secret each, kept in this file of
 * DATA_DIR (mode 0600) beside the embedded database: `npm run demo:code -- <e-mail>` prints the code of the moment
 * from it, so that a newcomer signs in without setting up an app first. Their recovery codes are kept there too.
 */
export const DEMO_TWO_FACTOR_FILE = 'demo-two-factor.json';

/** E-mail → the base32 secret of its authenticator and its recovery codes (as handed out, each works once). */
export type DemoSecrets = Record<string, { secret: string; recoveryCodes: string[] }>;

export function writeDemoSecrets(dataDir: string, secrets: DemoSecrets): void {
  writeFileSync(join(dataDir, DEMO_TWO_FACTOR_FILE), `${JSON.stringify(secrets, null, 2)}\n`, {
    mode: 0o600,
  });
}

/** The secrets of the last demo seed in `dataDir`, or none when it wrote none. */
export function readDemoSecrets(dataDir: string): DemoSecrets {
  try {
    return JSON.parse(readFileSync(join(dataDir, DEMO_TWO_FACTOR_FILE), 'utf8')) as DemoSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}
