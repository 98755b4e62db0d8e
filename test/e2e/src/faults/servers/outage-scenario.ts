import type { LoadLoop } from './load-loop.js';

/** Load before the server goes, so that caches and connections are warm as in production. */
const WARM_UP_MS = 1_500;
/** Long enough for every operation to meet the outage more than once on every lane. */
const OUTAGE_MS = 6_000;
export const RECOVERY_BOUND_MS = 30_000;
/** Load after recovery, to see that it lasts. */
const AFTERMATH_MS = 1_500;
const PROBE_INTERVAL_MS = 250;

export interface ServerOutage {
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export interface OutageTimeline {
  stoppedAt: number;
  restartedAt: number;
  /** When a round of every operation first succeeded after the restart; undefined: not within the bound. */
  recoveredAt: number | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the load running while the server is stopped and started again (on
 * its port, the apps untouched), and measures when the platform answers
 * every operation again.
 */
export async function runOutage(load: LoadLoop, outage: ServerOutage): Promise<OutageTimeline> {
  load.start();
  try {
    await sleep(WARM_UP_MS);
    const stoppedAt = Date.now();
    await outage.stop();
    await sleep(OUTAGE_MS);
    await outage.restart();
    const restartedAt = Date.now();
    let recoveredAt: number | undefined;
    while (recoveredAt === undefined && Date.now() - restartedAt < RECOVERY_BOUND_MS) {
      if (await load.round()) recoveredAt = Date.now();
      else await sleep(PROBE_INTERVAL_MS);
    }
    if (recoveredAt !== undefined) await sleep(AFTERMATH_MS);
    return { stoppedAt, restartedAt, recoveredAt };
  } finally {
    await load.stop();
  }
}
