import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { JWT_SECRET_FILE, jwtSecrets } from './jwt-secret';

describe('jwtSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'empact-jwt-')), 'data');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('generates a random secret on the first start, readable by the owner only, and keeps it for the next', () => {
    const first = jwtSecrets(loadConfig({ DATA_DIR: dir }));
    expect(first.source).toBe('file');
    expect(first.current).toMatch(/^[\w-]{64}$/);
    expect(statSync(join(dir, JWT_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(jwtSecrets(loadConfig({ DATA_DIR: dir })).current).toBe(first.current);
    const other = join(dir, '..', 'other');
    expect(jwtSecrets(loadConfig({ DATA_DIR: other })).current).not.toBe(first.current);
  });

  it('keeps the secret already in the folder, whoever wrote it', () => {
    jwtSecrets(loadConfig({ DATA_DIR: dir }));
    writeFileSync(join(dir, JWT_SECRET_FILE), `${'k'.repeat(40)}\n`);
    expect(jwtSecrets(loadConfig({ DATA_DIR: dir })).current).toBe('k'.repeat(40));
  });

  it('uses JWT_SECRET and JWT_SECRET_PREVIOUS when they are set, and writes nothing', () => {
    const secrets = jwtSecrets(
      loadConfig({ DATA_DIR: dir, JWT_SECRET: 'a'.repeat(40), JWT_SECRET_PREVIOUS: 'b'.repeat(40) }),
    );
    expect(secrets).toEqual({ current: 'a'.repeat(40), previous: 'b'.repeat(40), source: 'setting' });
    expect(() => readFileSync(join(dir, JWT_SECRET_FILE))).toThrow(/ENOENT/);
  });
});
