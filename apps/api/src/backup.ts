import 'reflect-metadata';
import { ConfigError, loadConfig } from './common/config/app-config';
import { backupDatabase, BackupError, defaultBackupFile, restoreDatabase } from './common/database/backup';

const USAGE = `Usage:
  npm run db:backup [-- --out <file>] [--force]   back up the configured database (default: backups/empact-<kind>-<time>.<ext>)
  npm run db:restore -- <file> [--force]          replace the configured database with a backup
The configured database is the server at DATABASE_URL when it is set, else the embedded one in DATA_DIR.
Stop the API on an embedded database before either; stop it before a restore in any case.`;

interface Args {
  command: string | undefined;
  out?: string;
  file?: string;
  force: boolean;
}

/** Reads `--out x`, `--out=x`, `--force`, `--force=true` (as nx forwards it) and one positional file. */
function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const args: Args = { command, force: false };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') ? rest[i].split(/=(.*)/s, 2) : [rest[i]];
    const value = () => inline ?? rest[++i];
    if (flag === '--out' || flag === '--file') {
      const given = value();
      if (!given) throw new BackupError(`${flag} needs a file name.\n${USAGE}`);
      if (flag === '--out') args.out = given;
      else args.file = given;
    } else if (flag === '--force') {
      args.force = inline === undefined || inline === 'true';
    } else if (!flag.startsWith('-') && !args.file) {
      args.file = flag;
    } else {
      throw new BackupError(`Unknown argument ${rest[i]}.\n${USAGE}`);
    }
  }
  return args;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `npm run db:backup` and `npm run db:restore`. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  switch (args.command) {
    case 'backup': {
      const file = args.out ?? args.file ?? defaultBackupFile(config);
      const result = await backupDatabase(config, file, { force: args.force });
      const from =
        result.kind === 'embedded'
          ? `the embedded database in ${config.DATA_DIR}`
          : 'the PostgreSQL server database';
      console.log(`Backed up ${from} to ${result.file} (${megabytes(result.bytes)}).`);
      return;
    }
    case 'restore': {
      if (!args.file) throw new BackupError(`Which backup? Name the file.\n${USAGE}`);
      const result = await restoreDatabase(config, args.file, { force: args.force });
      console.log(
        `Restored ${result.file} into ${result.kind === 'embedded' ? `the embedded database in ${result.target}` : result.target} ` +
          `(${result.migrations} migrations applied in it; the API applies any newer ones when it starts).`,
      );
      return;
    }
    default:
      throw new BackupError(USAGE);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof BackupError ? error.message : error);
  process.exit(1);
});
