import { ANSWER_BOUND_MS } from './load-loop.js';
import { tookMs, type Exchange } from './exchange.js';
import type { OutageTimeline } from './outage-scenario.js';

export interface OutageReport {
  server: string;
  /** Requests whose time overlapped the outage (stop to restart), by status. */
  duringOutage: Record<string, number>;
  /** Requests answered after the restart and before recovery, by status. */
  whileRecovering: Record<string, number>;
  /** Error codes of every failed request of the scenario. */
  errorCodes: Record<string, number>;
  requests: number;
  longestMs: number;
  recoveryMs: number | undefined;
}

function countBy(exchanges: readonly Exchange[], key: (exchange: Exchange) => string) {
  const counts: Record<string, number> = {};
  for (const exchange of exchanges) counts[key(exchange)] = (counts[key(exchange)] ?? 0) + 1;
  return counts;
}

export function outageReport(
  server: string,
  exchanges: readonly Exchange[],
  timeline: OutageTimeline,
): OutageReport {
  const recoveredAt = timeline.recoveredAt ?? Number.POSITIVE_INFINITY;
  const status = (exchange: Exchange) => String(exchange.status);
  return {
    server,
    duringOutage: countBy(
      exchanges.filter(
        (e) => e.endedAt >= timeline.stoppedAt && e.startedAt <= timeline.restartedAt,
      ),
      status,
    ),
    whileRecovering: countBy(
      exchanges.filter((e) => e.endedAt > timeline.restartedAt && e.endedAt <= recoveredAt),
      status,
    ),
    errorCodes: countBy(
      exchanges.filter((e) => e.status < 200 || e.status >= 300),
      describeExchange,
    ),
    requests: exchanges.length,
    longestMs: Math.max(0, ...exchanges.map(tookMs)),
    recoveryMs:
      timeline.recoveredAt === undefined ? undefined : timeline.recoveredAt - timeline.restartedAt,
  };
}

/**
 * The exchanges that break the promise made while a server is away: a success,
 * or 503 in the error envelope, and an answer within the bound; never a 500, a
 * 504 or a hang.
 */
export function brokenPromises(exchanges: readonly Exchange[]): Record<string, number> {
  const broken = exchanges.filter((exchange) => {
    const succeeded = exchange.status >= 200 && exchange.status < 300;
    const unavailable = exchange.status === 503 && exchange.errorCode === 'service_unavailable';
    return !(succeeded || unavailable) || tookMs(exchange) >= ANSWER_BOUND_MS;
  });
  return countBy(broken, describeExchange);
}

function describeExchange(exchange: Exchange): string {
  const slow = tookMs(exchange) >= ANSWER_BOUND_MS ? ' after the bound' : '';
  return `${exchange.status} ${exchange.errorCode ?? '(not in the envelope)'}${slow} ${exchange.operation}`;
}
