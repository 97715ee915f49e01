import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig } from '../common/config/app-config';
import { keptSecret } from '../common/config/kept-secret';

/** The file beside the embedded database that keeps a generated TWO_FACTOR_KEY from one start to the next. */
export const TWO_FACTOR_KEY_FILE = 'two-factor-key';

const SEALED = /^v1\.([\w-]+)$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const derive = (key: string, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', key, '', `empact two-factor ${purpose}`, 32));

/**
 * Keys of two-factor sign-in, derived from TWO_FACTOR_KEY (or the key generated in DATA_DIR): one seals authenticator
 * secrets (AES-256-GCM, bound to their account), one keys the hashes of recovery codes (HMAC-SHA-256). A copy of the
 * database alone reveals neither a secret nor a code.
 */
@Injectable()
export class TwoFactorKeys {
  private readonly sealing: Buffer;
  private readonly hashing: Buffer;

  constructor(config: AppConfig) {
    const key = config.TWO_FACTOR_KEY ?? keptSecret(config.DATA_DIR, TWO_FACTOR_KEY_FILE);
    this.sealing = derive(key, 'secret sealing');
    this.hashing = derive(key, 'recovery code hashing');
  }

  /** Encrypts an authenticator secret for one account: the sealed text cannot be moved to another account's row. */
  seal(accountId: string, secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.sealing, iv);
    cipher.setAAD(Buffer.from(accountId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The secret sealed for this account; throws when it was sealed with another key or for another account. */
  open(accountId: string, sealed: string): string {
    const match = SEALED.exec(sealed);
    if (!match) throw new Error('Not a sealed two-factor secret');
    const raw = Buffer.from(match[1], 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.sealing, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(accountId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  /** The stored form of a recovery code (canonical, see normalizeRecoveryCode): 64 hex characters. */
  hashRecoveryCode(accountId: string, code: string): string {
    return createHmac('sha256', this.hashing).update(`${accountId}:${code}`).digest('hex');
  }
}
