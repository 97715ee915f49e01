import { createHash } from 'node:crypto';

/** SHA-256 of a secret token, as stored: the token itself is never kept. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
