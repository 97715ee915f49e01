import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Runs a command in the workspace, its output shown with a prefix; rejects on a non-zero exit. */
export function run(command, args, { env = {}, quiet = false, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(String(chunk).replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-3000)}`)),
    );
  });
}

/**
 * `--ref <commit>`: the sources of a commit, exported with `git archive` into the run's folder (beside the
 * workspace's node_modules, linked), so that a run can measure a known state while the checkout is being edited.
 * Returns the folder, or the workspace itself without a ref.
 */
export async function sourcesAt(ref, workDir, log) {
  if (!ref) return ROOT;
  const dir = join(workDir, 'src');
  mkdirSync(dir, { recursive: true });
  log(`exporting ${ref} (git archive) to build it apart from the working tree`);
  await run('sh', ['-c', `git archive --format=tar "$REF" | tar -x -C "$DIR"`], {
    env: { REF: ref, DIR: dir },
    quiet: true,
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The shell command of a project's build target, from its project.json, run directly (no nx daemon). */
async function buildProject(source, project, log) {
  if (source === ROOT) {
    log(`building ${project} (npx nx run ${project}:build)`);
    await run('npx', ['nx', 'run', `${project}:build`, '--outputStyle=static'], { quiet: true });
    return;
  }
  const projectJson = JSON.parse(readFileSync(join(source, `apps/${project}/project.json`), 'utf8'));
  const command = projectJson.targets.build.options.command;
  log(`building ${project} of the exported sources (${command})`);
  await run('sh', ['-c', command], {
    cwd: source,
    quiet: true,
    env: { PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
  });
}

/**
 * Builds the API (nx caches it when nothing changed) and copies dist/api to the run's own folder, so that
 * another build in the same checkout (other people work here too) cannot pull the files from under a
 * running API. Module resolution still finds the workspace's node_modules from there.
 */
export async function buildApi(workDir, { skip = false, log, source = ROOT }) {
  // workDir null: use dist/api where it is (the seed script, which runs only the migrations).
  if (!skip) await buildProject(source, 'api', log);
  const dist = join(source, 'dist/api');
  if (!existsSync(join(dist, 'apps/api/src/main.js')))
    throw new Error(`${dist}/apps/api/src/main.js is missing: run without --no-build`);
  const copy = workDir && source === ROOT ? join(workDir, 'api') : dist;
  if (copy !== dist) cpSync(dist, copy, { recursive: true });
  return {
    main: join(copy, 'apps/api/src/main.js'),
    nodeArgs: apiNodeArgs(source),
    migrate: join(copy, 'apps/api/src/migrate.js'),
    dir: copy,
  };
}

/**
 * The Node options `npm start` gives the API (its nx start target, e.g. the heap limit), so that the bench starts
 * the API as it runs in use.
 */
export function apiNodeArgs(source = ROOT) {
  const project = JSON.parse(readFileSync(join(source, 'apps/api/project.json'), 'utf8'));
  const command = project.targets?.start?.options?.command ?? '';
  const match = /^node\s+(.*?)\s*dist\/api\/apps\/api\/src\/main\.js/.exec(command);
  if (!match)
    throw new Error(
      `apps/api/project.json: the start target does not run node dist/api/apps/api/src/main.js (${command})`,
    );
  return match[1].split(/\s+/).filter(Boolean);
}

export async function buildAdmin({ skip = false, log, source = ROOT }) {
  if (!skip) await buildProject(source, 'admin', log);
  const dist = join(source, 'dist/admin');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: run without --no-build`);
  return dist;
}

/** Applies the migrations to a database with the built API's own migrate script. */
export async function migrate(api, databaseUrl) {
  return run(process.execPath, [api.migrate], {
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    quiet: true,
  });
}
