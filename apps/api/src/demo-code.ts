import { TOTP_PERIOD_SECONDS } from '@empact/domain';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './common/config/app-config';
import { DEMO_TWO_FACTOR_FILE, readDemoSecrets } from './demo/demo-two-factor';
import { totpCode } from './two-factor/totp';

/**
 * `npm run demo:code -- <e-mail>`: the code a demo account's authenticator app would show now, read from the secrets
 * the demo seed kept in DATA_DIR. Without an e-mail, the codes of every demo account that has one. With --recovery,
 * the account's recovery codes as the seed handed them out (each works once).
 */
function main(): void {
  const config = loadConfig();
  const secrets = readDemoSecrets(config.DATA_DIR);
  const args = process.argv.slice(2);
  const wanted = args.filter((arg) => !arg.startsWith('-'));
  const recovery = args.includes('--recovery');
  if (Object.keys(secrets).length === 0) {
    console.error(
      `No demo secrets in ${join(config.DATA_DIR, DEMO_TWO_FACTOR_FILE)}: start the API once with SEED_DEMO on an empty database.`,
    );
    process.exit(1);
  }
  const emails = wanted.length > 0 ? wanted.map((email) => email.trim().toLowerCase()) : Object.keys(secrets);
  const seconds = TOTP_PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % TOTP_PERIOD_SECONDS);
  let missing = false;
  for (const email of emails) {
    const demo = secrets[email];
    if (demo && recovery) console.log(`${email}: ${demo.recoveryCodes.join(' ')}`);
    else if (demo) console.log(`${totpCode(demo.secret)}  ${email}`);
    else {
      console.error(
        `${email} has no demo authenticator (its role does not need one): ${Object.keys(secrets).join(', ')} do.`,
      );
      missing = true;
    }
  }
  if (!recovery)
    console.log(`(valid for ${seconds} more seconds, and the 30 after; each code signs in once)`);
  if (missing) process.exit(1);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
