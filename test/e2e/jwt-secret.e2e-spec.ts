import { JwtService } from '@nestjs/jwt';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const ME = '{ me { email } }';
/** The development secret earlier versions printed in the source: anyone could sign tokens with it. */
const PUBLISHED_SECRET = 'empact-development-secret-do-not-use-in-production';

/** A token for the same sign-in as `token`, signed with another secret. */
function resign(token: string, secret: string): string {
  const jwt = new JwtService();
  const { sub, sid } = jwt.decode<{ sub: string; sid: string }>(token);
  return jwt.sign({ sub, sid }, { secret, algorithm: 'HS256', expiresIn: 600 });
}

describe('the secret that signs access tokens', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'empact-secret-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  describe('without JWT_SECRET', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ DATA_DIR: dataDir });
    });
    afterAll(() => t?.close());

    it('is generated on the first start, kept beside the data for the owner only, and is not the published one', async () => {
      const file = join(dataDir, 'jwt-secret');
      const secret = readFileSync(file, 'utf8').trim();
      expect(secret.length).toBeGreaterThanOrEqual(48);
      expect(secret).not.toBe(PUBLISHED_SECRET);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const token = await t.login('coordinator.no@empact.test');
      expect((await t.gql<{ me: { email: string } }>(ME, {}, { token })).data?.me.email).toBe(
        'coordinator.no@empact.test',
      );
    });

    it('refuses a token for a real sign-in signed with the development secret of the source', async () => {
      const token = await t.login('coordinator.no@empact.test');
      expect(codeOf(await t.gql(ME, {}, { token: resign(token, PUBLISHED_SECRET) }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('with JWT_SECRET and JWT_SECRET_PREVIOUS (a rotation)', () => {
    const current = 'c'.repeat(20) + Math.random().toString(36).repeat(3);
    const previous = 'p'.repeat(20) + Math.random().toString(36).repeat(3);
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ JWT_SECRET: current, JWT_SECRET_PREVIOUS: previous });
    });
    afterAll(() => t?.close());

    it('accepts tokens signed with either while the old ones run out, and nothing else', async () => {
      const token = await t.login('liaison@empact.test');
      expect(codeOf(await t.gql(ME, {}, { token: resign(token, current) }))).toBeUndefined();
      expect(codeOf(await t.gql(ME, {}, { token: resign(token, previous) }))).toBeUndefined();
      expect(codeOf(await t.gql(ME, {}, { token: resign(token, 'x'.repeat(48)) }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(ME, {}, { token: resign(token, PUBLISHED_SECRET) }))).toBe('UNAUTHENTICATED');
    });
  });
});
