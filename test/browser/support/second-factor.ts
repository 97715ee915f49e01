import { join } from 'node:path';
import { SecondFactors } from '../../support/second-factor';

/**
 * The demo accounts' authenticator apps, for the journeys: the secrets the demo seed kept in the API's DATA_DIR
 * (test/browser/run.mjs passes it on), and a record there of the codes already used, since every journey file signs
 * in anew against the same server and a code is accepted once.
 */
const DATA_DIR = process.env.DATA_DIR;
export const secondFactors = new SecondFactors(
  DATA_DIR,
  DATA_DIR ? join(DATA_DIR, 'journeys-second-factors.json') : undefined,
);
