import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../common/config/app-config';
import { TWO_FACTOR_KEY_FILE, TwoFactorKeys } from './two-factor-keys';

describe(TwoFactorKeys.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'empact-2fa-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const keys = (env: Record<string, string> = {}) => new TwoFactorKeys(loadConfig({ DATA_DIR: dir, ...env }));

  it('seals a secret that only the same key opens, for the same account', () => {
    const sealed = keys({ TWO_FACTOR_KEY: 'k'.repeat(40) }).seal('account-a', 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(keys({ TWO_FACTOR_KEY: 'k'.repeat(40) }).open('account-a', sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => keys({ TWO_FACTOR_KEY: 'k'.repeat(40) }).open('account-b', sealed)).toThrow();
    expect(() => keys({ TWO_FACTOR_KEY: 'x'.repeat(40) }).open('account-a', sealed)).toThrow();
  });

  it('seals the same secret differently each time', () => {
    const box = keys({ TWO_FACTOR_KEY: 'k'.repeat(40) });
    expect(box.seal('a', 'JBSWY3DPEHPK3PXP')).not.toBe(box.seal('a', 'JBSWY3DPEHPK3PXP'));
  });

  it('without TWO_FACTOR_KEY, generates one in DATA_DIR (owner only) and keeps it for the next start', () => {
    const sealed = keys().seal('a', 'JBSWY3DPEHPK3PXP');
    expect(statSync(join(dir, TWO_FACTOR_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(keys().open('a', sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('hashes recovery codes per account and key, never as the code itself', () => {
    const box = keys({ TWO_FACTOR_KEY: 'k'.repeat(40) });
    const hash = box.hashRecoveryCode('a', 'ABCDEFGHJK');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(box.hashRecoveryCode('a', 'ABCDEFGHJK')).toBe(hash);
    expect(box.hashRecoveryCode('b', 'ABCDEFGHJK')).not.toBe(hash);
    expect(keys({ TWO_FACTOR_KEY: 'x'.repeat(40) }).hashRecoveryCode('a', 'ABCDEFGHJK')).not.toBe(hash);
  });
});
