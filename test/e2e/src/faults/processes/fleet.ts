import { freePort } from '@tally/testing';
import { CONNECT_CALLBACK_PATH } from '../../platform.js';
import { PlatformSandbox } from '../../platform-sandbox.js';
import { AppProcess, type AppName } from './app-process.js';

type Env = Record<string, string | undefined>;

/** Settings of every process: small pools (many processes share one Postgres), logs the harness reads. */
const COMMON_ENV: Env = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  METRICS_PORT: '0',
  DATABASE_POOL_SIZE: '4',
};

const ENV_BY_APP: Record<AppName, Env> = {
  gateway: {
    // A manual sync in flight on a dead creators process answers within this plus the NATS timeout.
    SYNC_WAIT_MS: '3000',
    // Keys are verified by identity again every second, so identity's death shows in every request.
    KEY_CACHE_TTL_MS: '1000',
    // The load loops are the only clients: rate limits are not what these tests look at.
    RATE_LIMIT_PRODUCTION: '1000000/600s',
    RATE_LIMIT_BURST: '100000/1s',
    RATE_LIMIT_IP: '1000000/10s',
  },
  identity: { IDENTITY_HEALTH_PORT: '0' },
  creators: { CREATORS_HEALTH_PORT: '0' },
  'sync-worker': {
    SYNC_WORKER_HEALTH_PORT: '0',
    SYNC_SCHEDULER_ENABLED: 'false',
    SYNC_CONCURRENCY: '3',
    // A killed worker's jobs go back to the queue within a few seconds instead of a minute.
    SYNC_LOCK_DURATION_MS: '2000',
    SYNC_STALLED_INTERVAL_MS: '1000',
  },
};

/**
 * Two processes of each app (`-a` and `-b`), built and started as operators
 * run them, against the machine's Postgres, Redis and NATS under this test
 * file's NATS subject and Redis key prefixes, plus the TikTok sandbox in the
 * test's process. TikTok sends browsers back to `gateway-a`.
 */
export class Fleet {
  private constructor(
    readonly sandbox: PlatformSandbox,
    readonly gateways: [AppProcess, AppProcess],
    readonly identities: [AppProcess, AppProcess],
    readonly creators: [AppProcess, AppProcess],
    readonly workers: [AppProcess, AppProcess],
    /** The public URL of each gateway, in the order of `gateways`. */
    readonly gatewayUrls: [string, string],
  ) {}

  static async start(): Promise<Fleet> {
    const ports = [await freePort(), await freePort()];
    const gatewayUrls: [string, string] = [
      `http://127.0.0.1:${ports[0]}`,
      `http://127.0.0.1:${ports[1]}`,
    ];
    const sandbox = await PlatformSandbox.start([`${gatewayUrls[0]}${CONNECT_CALLBACK_PATH}`]);
    const shared: Env = {
      ...process.env,
      ...COMMON_ENV,
      ...sandbox.env,
      PUBLIC_BASE_URL: gatewayUrls[0],
    };
    const pair = (app: AppName, extra: (index: number) => Env = () => ({})) =>
      [0, 1].map(
        (index) =>
          new AppProcess(`${app}-${'ab'[index]}`, app, {
            ...shared,
            ...ENV_BY_APP[app],
            ...extra(index),
          }),
      ) as [AppProcess, AppProcess];
    const fleet = new Fleet(
      sandbox,
      pair('gateway', (index) => ({ PORT: String(ports[index]) })),
      pair('identity'),
      pair('creators'),
      pair('sync-worker'),
      gatewayUrls,
    );
    try {
      await Promise.all(fleet.processes().map((each) => each.start()));
    } catch (error) {
      // Whatever did start must not outlive the failure (jest would never exit).
      await fleet.stop();
      throw error;
    }
    return fleet;
  }

  /** Starts again every process a test killed: each test begins with two of each. */
  async revive(): Promise<void> {
    await Promise.all(
      this.processes()
        .filter((each) => !each.isRunning())
        .map((each) => each.start()),
    );
  }

  processes(): AppProcess[] {
    return [...this.identities, ...this.creators, ...this.workers, ...this.gateways];
  }

  /** Kills whatever still runs (SIGKILL: nothing to wait for) and closes the sandbox. */
  async stop(): Promise<void> {
    await Promise.all(this.processes().map((each) => each.dispose()));
    await this.sandbox.close();
  }

  /** The last lines of every process's log, for a failing test's message. */
  logTails(lines = 20): string {
    return this.processes()
      .map((each) => `--- ${each.name}\n${each.log.split('\n').slice(-lines).join('\n')}`)
      .join('\n');
  }
}
