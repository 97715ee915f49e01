import { describePlan, planFrom } from '../baselines/api-sql.mjs';
import { interactionBody, signInOperators } from '../scenarios/log-interaction.mjs';

const PROBE = new URL('./pg-probe.cjs', import.meta.url).pathname;

/**
 * What the built API sends to PostgreSQL for one logInteraction, captured for real: a short-lived API process with
 * lib/pg-probe.cjs, one operator's request after another country's (so that the connection's row-level-security
 * identity has to change, as it mostly does under load), every statement with its parameters, prepared name,
 * connection and first row. Returns the plan the "API's SQL from bare pg" baseline replays (baselines/api-sql.mjs).
 */
export async function captureLogInteraction(ctx, startApi) {
  const { options } = ctx;
  const api = await startApi('capture-api', {
    port: options.ports.diagnosticApi,
    nodeArgs: ['--require', PROBE],
    env: { PROBE_PORT: String(options.ports.probe) },
  });
  const probe = (path) => fetch(`http://127.0.0.1:${options.ports.probe}${path}`).then((r) => r.json());
  try {
    const loggers = await signInOperators(api.url, ctx.week.plan, { max: 3, log: () => {} });
    const first = loggers[0];
    const other = loggers.find((l) => l.country !== first.country) ?? first;
    const post = async (logger) => {
      const body = interactionBody(logger);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${logger.token}` },
        body,
      });
      const text = await response.text();
      if (!text.includes('"logInteraction":{"id"'))
        throw new Error(`capture: logInteraction failed: ${text.slice(0, 300)}`);
      return JSON.parse(body).variables.input;
    };
    for (let i = 0; i < 3; i++) await post(first);
    // Three captures; a statement is the request's only if each of them has it (work the API does in the background,
    // a timer's, may fall into one capture's window, not into all three).
    const captures = [];
    for (let i = 0; i < 3; i++) {
      await post(other);
      await probe('/start?detail');
      const input = await post(first);
      captures.push({ input, calls: (await probe('/stop')).calls });
    }
    const inEvery = (call) => captures.every((c) => c.calls.some((seen) => seen.sql === call.sql));
    const [{ input, calls }] = captures;
    const claims = JSON.parse(Buffer.from(first.token.split('.')[1], 'base64url').toString('utf8'));
    const plan = planFrom(calls.filter(inEvery), { input, claims });
    // What ran beside the requests (a background job's statements): not replayed, named in the report.
    const background = [
      ...new Set(
        captures.flatMap((c) =>
          c.calls
            .filter((call) => !inEvery(call))
            .map((call) => call.sql.replace(/\s+/g, ' ').trim().slice(0, 120)),
        ),
      ),
    ];
    return { ...plan, described: describePlan(plan), background };
  } finally {
    await api.stop();
  }
}
