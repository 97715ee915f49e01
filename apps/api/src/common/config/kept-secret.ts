import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A random secret generated on the first start and kept in `dir/file` (mode 0600) for the next ones. Concurrent first
 * starts agree: the file is written under a name of its own and linked into place, which fails if another process got
 * there first, and every process then reads the one that won.
 */
export function keptSecret(dir: string, file: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  const existing = readSecret(path);
  if (existing) return existing;
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
  return current;
}

function readSecret(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
