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
    const config = loadConfig({ PORT: '4010', SEED_DEMO: 'false', DATABASE_URL: 'postgres://x@localhost/db' });
    expect(config.PORT).toBe(4010);
    expect(config.SEED_DEMO).toBe(false);
    expect(config.embedded).toBe(false);
  });

  it('refuses to start in production without a secret and says which', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_PASSWORD: 'something-long' })).toThrow(/JWT_SECRET/);
  });

  it('refuses the development secret earlier versions printed in the source, in any mode and as the previous one', () => {
    const published = 'empact-development-secret-do-not-use-in-production';
    expect(() => loadConfig({ JWT_SECRET: published })).toThrow(/JWT_SECRET: the development secret/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(40), JWT_SECRET_PREVIOUS: published })).toThrow(/JWT_SECRET_PREVIOUS/);
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('starts in production with a real secret and demo off', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'false' });
    expect(config.production).toBe(true);
  });
});
