import { bearer, createKey, signUp } from '../../accounts.js';
import { CreatorsApi } from '../../creators/creators-api.js';
import { Platform } from '../../platform.js';
import { AcknowledgedWork } from './acknowledged-work.js';
import { loadOperations } from './load-operations.js';
import { LoadLoop } from './load-loop.js';
import { brokenPromises, outageReport } from './outage-report.js';
import { RECOVERY_BOUND_MS, runOutage, type ServerOutage } from './outage-scenario.js';
import { missingFromList, unfinishedSyncJobs } from './found-again.js';
import { PrivateServers } from './private-servers.js';

const LANES = 3;
/** Syncs retry with backoff (2, 4, 8 s...) after failing on a missing server. */
const SYNC_JOBS_BOUND_MS = 45_000;
const SCENARIO_TIMEOUT_MS = 120_000;
const TIKTOK_LATENCY_MS = 250;

/**
 * Issue #16, faults: NATS, Redis and PostgreSQL, the test's own, each stopped
 * and started again on its port while a customer keeps calling the API. While
 * one is away every answer is a success or 503 in the error envelope, within
 * the bound; the apps, never restarted, answer everything again once it is
 * back; and nothing the platform acknowledged is lost.
 */
describe('NATS, Redis and PostgreSQL stopped and started again under load', () => {
  let servers: PrivateServers;
  let platform: Platform;
  let headers: Record<string, string>;
  let creatorIds: string[];

  beforeAll(async () => {
    servers = await PrivateServers.start();
    platform = await Platform.start(
      {
        ...servers.env,
        // Short, so that syncs queued under load answer 202 and the load keeps moving.
        SYNC_WAIT_MS: '300',
        // The load is one customer asking fast: rate limits are not under test here.
        RATE_LIMIT_PRODUCTION: '999999/600s',
        RATE_LIMIT_BURST: '999999/1s',
        RATE_LIMIT_IP: '999999/10s',
      },
      { tiktok: true },
    );
    const owner = await signUp(platform);
    headers = bearer((await createKey(platform, owner)).key);
    const api = new CreatorsApi(platform, headers);
    creatorIds = [await api.connectAndSync('maya.bakes'), await api.connectAndSync('leo.lifts')];
    // Syncs then outlast SYNC_WAIT_MS: the load leaves jobs queued and running when a server goes.
    await slowDownTikTok(platform, TIKTOK_LATENCY_MS);
  }, SCENARIO_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.stop().catch(() => undefined);
    await servers?.dispose();
  });

  async function survives(server: string, outage: ServerOutage): Promise<void> {
    const acknowledged = new AcknowledgedWork();
    const load = new LoadLoop(loadOperations(platform, headers, creatorIds, acknowledged), LANES);

    const timeline = await runOutage(load, outage);
    const report = outageReport(server, load.exchanges, timeline);
    console.log(JSON.stringify({ ...report, acknowledged: summary(acknowledged) }, null, 2));

    expect(brokenPromises(load.exchanges)).toEqual({});
    expect(report.duringOutage['503']).toBeGreaterThan(0);
    expect(report.recoveryMs).toBeLessThan(RECOVERY_BOUND_MS);
    expect(acknowledged.keyIds.size).toBeGreaterThan(0);
    expect(await missingFromList(platform, '/api/v1/keys', headers, acknowledged.keyIds)).toEqual(
      [],
    );
    expect(await missingFromList(platform, '/api/v1/creators', headers, creatorIds)).toEqual([]);
    expect(
      await unfinishedSyncJobs(
        { url: servers.redis.url, keyPrefix: process.env.REDIS_KEY_PREFIX ?? '' },
        acknowledged.syncJobs,
        SYNC_JOBS_BOUND_MS,
      ),
    ).toEqual([]);
  }

  it(
    'NATS stopped (SIGTERM)',
    () =>
      survives('nats', {
        stop: () => servers.nats.stop('SIGTERM'),
        restart: () => servers.nats.start(),
      }),
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'Redis killed (SIGKILL), with its append-only file fsynced on every write',
    () =>
      survives('redis', {
        stop: () => servers.redis.stop('SIGKILL'),
        restart: () => servers.redis.start(),
      }),
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'PostgreSQL stopped (pg_ctl stop -m fast)',
    () =>
      survives('postgres', {
        stop: () => servers.postgres.stop('fast'),
        restart: () => servers.postgres.start(),
      }),
    SCENARIO_TIMEOUT_MS,
  );

  it(
    'PostgreSQL crashed (pg_ctl stop -m immediate: recovery from the WAL at the next start)',
    () =>
      survives('postgres-crash', {
        stop: () => servers.postgres.stop('immediate'),
        restart: () => servers.postgres.start(),
      }),
    SCENARIO_TIMEOUT_MS,
  );
});

function summary(acknowledged: AcknowledgedWork) {
  return {
    keysCreated: acknowledged.keyIds.size,
    syncJobsQueued: acknowledged.syncJobs.size,
    syncsFinishedInRequest: acknowledged.finishedSyncs,
  };
}

async function slowDownTikTok(platform: Platform, latencyMs: number): Promise<void> {
  const response = await fetch(`${platform.sandbox.url}/sandbox/settings`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs }),
  });
  if (response.status !== 200) throw new Error(`the sandbox refused: ${await response.text()}`);
}
