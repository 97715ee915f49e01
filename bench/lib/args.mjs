/**
 * A tiny command-line parser: `--name value`, `--name=value` and bare `--flag` (true). Names are kept as written
 * (kebab-case); `number()` and `flag()` read them with a default.
 */
export function parseArgs(argv = process.argv.slice(2)) {
  const values = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg} (options start with --)`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) values.set(name, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) values.set(name, argv[++i]);
    else values.set(name, true);
  }
  return {
    has: (name) => values.has(name),
    string: (name, fallback) => (values.has(name) ? String(values.get(name)) : fallback),
    flag: (name) => values.get(name) === true || ['1', 'true', 'yes'].includes(String(values.get(name))),
    number(name, fallback) {
      if (!values.has(name)) return fallback;
      const value = Number(String(values.get(name)).replace(/_/g, ''));
      if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got ${values.get(name)}`);
      return value;
    },
    list: (name, fallback) =>
      values.has(name)
        ? String(values.get(name))
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : fallback,
    names: () => [...values.keys()],
  };
}
