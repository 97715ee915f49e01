import autocannon from 'autocannon';
import { percentile } from './stats.mjs';

/**
 * One timed load on one server with autocannon. Latencies are taken from autocannon's own 'response' events
 * (hrtime, fractions of a ms) rather than its histogram, which counts whole milliseconds: the baselines answer
 * in well under one. A request only counts as served when its status is 2xx and `verify(body)` accepts it (a
 * GraphQL error comes back as 200 with "errors").
 */
export async function load({
  url,
  method = 'GET',
  headers = {},
  body,
  setupRequest,
  verify,
  connections = 10,
  durationS = 10,
}) {
  const latencies = [];
  const request = { method, path: new URL(url).pathname + new URL(url).search, headers, body };
  if (setupRequest) request.setupRequest = setupRequest;
  let firstError = null;
  const instance = autocannon({
    url: new URL(url).origin,
    connections,
    duration: durationS,
    requests: [request],
    timeout: 30,
    ...(verify
      ? {
          verifyBody: (text) => {
            const ok = verify(text);
            if (!ok && !firstError) firstError = text.slice(0, 500);
            return ok;
          },
        }
      : {}),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  const failed = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  const served = Math.max(0, latencies.length - (result.mismatches ?? 0));
  return {
    requests: result.requests.total,
    served,
    failed,
    rps: served / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    durationS: result.duration,
    ...(failed > 0
      ? {
          firstError:
            firstError ?? `non2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
        }
      : {}),
  };
}
