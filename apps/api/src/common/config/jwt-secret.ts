import { AppConfig } from './app-config';
import { keptSecret } from './kept-secret';

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
 */
export function jwtSecrets(config: AppConfig): JwtSecrets {
  if (config.JWT_SECRET)
    return { current: config.JWT_SECRET, previous: config.JWT_SECRET_PREVIOUS, source: 'setting' };
  return {
    current: keptSecret(config.DATA_DIR, JWT_SECRET_FILE),
    previous: config.JWT_SECRET_PREVIOUS,
    source: 'file',
  };
}
