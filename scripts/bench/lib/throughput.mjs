// Benchmark 2: requests per second and latency at a fixed number of
// connections, measured with autocannon in this process. Latencies are taken
// from every 2xx response at microsecond resolution (autocannon's own
// histogram keeps whole milliseconds).
import autocannon from 'autocannon';
import { scale, summarize } from './stats.mjs';

function load({ url, headers, connections, seconds, record }) {
  const instance = autocannon({ url, headers, connections, duration: seconds });
  const latenciesMs = [];
  if (record) {
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
    });
  }
  return Promise.resolve(instance).then((result) => ({ result, latenciesMs }));
}

/**
 * A warm-up (discarded) then a measured run against one URL; countCpu() starts
 * counting CPU per process and returns the function that reads the counts.
 */
export async function measureThroughput({
  url,
  headers = {},
  connections,
  warmupS,
  measureS,
  countCpu = () => () => undefined,
}) {
  await load({ url, headers, connections, seconds: warmupS, record: false });
  const cpu = countCpu();
  const { result, latenciesMs } = await load({
    url,
    headers,
    connections,
    seconds: measureS,
    record: true,
  });
  const ok = result['2xx'];
  const latency = scale(summarize(latenciesMs), 1, 3);
  return {
    connections,
    seconds: result.duration,
    requests2xx: ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rps: Number((ok / result.duration).toFixed(1)),
    latencyMs: latency,
    cpuCores: cpu(),
    autocannon: {
      requestsPerSecondMean: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
    },
  };
}
