import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('gives a newcomer working defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.embedded).toBe(true);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.SEED_DEMO).toBe(true);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({
      PORT: '4010',
      SEED_DEMO: 'false',
      DATABASE_URL: 'postgres://x@localhost/db',
    });
    expect(config.PORT).toBe(4010);
    expect(config.SEED_DEMO).toBe(false);
    expect(config.embedded).toBe(false);
  });

  it('refuses to start in production without a secret and says which', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_PASSWORD: 'something-long' })).toThrow(
      /JWT_SECRET/,
    );
  });

  it('refuses the development secret earlier versions printed in the source, in any mode and as the previous one', () => {
    const published = 'empact-development-secret-do-not-use-in-production';
    expect(() => loadConfig({ JWT_SECRET: published })).toThrow(/JWT_SECRET: the development secret/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), JWT_SECRET_PREVIOUS: published })).toThrow(
      /JWT_SECRET_PREVIOUS/,
    );
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('believes no forwarded header unless TRUST_PROXY names the proxies, as Express takes them', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7, fd00::/8, 172.16.0.0/255.240.0.0' }).trustProxy,
    ).toEqual(['10.0.0.0/8', '192.168.1.7', 'fd00::/8', '172.16.0.0/255.240.0.0']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('refuses a TRUST_PROXY entry Express could not read, naming it', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, proxy.example.org' })).toThrow(
      /TRUST_PROXY: cannot read proxy\.example\.org;/,
    );
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses CORS_ORIGINS that are not origins, since no browser would send them', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://admin.example.org, http://localhost:4200' }).corsOrigins,
    ).toHaveLength(2);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://admin.example.org/' })).toThrow(
      /CORS_ORIGINS: https:\/\/admin\.example\.org\/:/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'admin.example.org' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: "https://a.example; script-src 'unsafe-inline'" })).toThrow(
      /CORS_ORIGINS/,
    );
  });

  it('refuses to start in production without a key for two-factor secrets', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'false' }),
    ).toThrow(/TWO_FACTOR_KEY/);
  });

  it('starts in production with a real secret and demo off', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      TWO_FACTOR_KEY: 'y'.repeat(40),
      SEED_DEMO: 'false',
    });
    expect(config.production).toBe(true);
  });
});
