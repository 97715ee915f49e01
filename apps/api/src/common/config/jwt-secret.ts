import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';

/** The file beside the embedded database that keeps a generated secret from one start to the next. */
export const JWT_SECRET_FILE = 'jwt-secret';

/** The secrets access tokens are checked with: the current one signs, the previous one is still accepted while tokens signed with it live. */
export interface JwtSecrets {
  current: string;
  previous?: string;
  /** Where the current one came from: the JWT_SECRET setting, or the file generated on the first start. */
  source: 'setting' | 'file';
}

/**
 * JWT_SECRET when it is set (production requires it); otherwise a random secret generated on the first start and kept
 * in DATA_DIR/jwt-secret (mode 0600), as the demo password is printed once: nothing in the source signs a token.
 * Concurrent first starts agree: the file is written under a name of its own and linked into place, which fails if
 * another process got there first, and every process then reads the one that won.
 */
export function jwtSecrets(config: AppConfig): JwtSecrets {
  if (config.JWT_SECRET) return { current: config.JWT_SECRET, previous: config.JWT_SECRET_PREVIOUS, source: 'setting' };
  mkdirSync(config.DATA_DIR, { recursive: true });
  const path = join(config.DATA_DIR, JWT_SECRET_FILE);
  const existing = readSecret(path);
  if (existing) return { current: existing, previous: config.JWT_SECRET_PREVIOUS, source: 'file' };
  const draft = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, path);
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const current = readSecret(path);
  if (!current) throw new Error(`${path} holds no secret`);
  return { current, previous: config.JWT_SECRET_PREVIOUS, source: 'file' };
}

function readSecret(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
