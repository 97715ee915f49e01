/**
 * What the bench takes from libs/domain (calendar days and wall-clock times in a zone), loaded from its TypeScript
 * sources through ./typescript-hooks.mjs: one implementation for the API, the admin app and the bench.
 */
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);

const weeks = await import('../../libs/domain/src/weeks/week-days.ts');
const zoned = await import('../../libs/domain/src/weeks/zoned-time.ts');

export const { addDays, localDate } = weeks;
export const { clockTime, zonedInstant } = zoned;
