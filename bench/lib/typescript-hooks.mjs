/**
 * Node module hooks that let the bench import libs/domain's TypeScript as it is, so that the bench plans its week
 * with the very rules the API and the admin app use (no copy to keep in step). Registered by ./domain.mjs.
 * Types are only stripped (by @swc/core, as jest does): nothing is type-checked here.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

/** TypeScript imports name no extension: './week-days' is './week-days.ts' (or a folder's index.ts). */
export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
    for (const ending of ['.ts', '/index.ts']) {
      const url = new URL(specifier + ending, context.parentURL);
      if (existsSync(url)) return { url: url.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = await transform(await readFile(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
