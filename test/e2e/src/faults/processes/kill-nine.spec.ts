import { SandboxAdmin, waitFor } from '@tally/testing';
import type { SyncStatusView } from '@tally/contracts';
import { Fleet } from './fleet.js';
import type { AppProcess } from './app-process.js';
import { ConnectLoop } from './connect-loop.js';
import { FleetClient } from './fleet-client.js';
import { type LoadRequest, LoadLoop, sleep, summarize } from './load-loop.js';
import { report, unavailableTimes, unexpectedOutcomes } from './outcome-report.js';
import { SyncProbe } from './sync-probe.js';

/** A request with no answer after this long hangs: the gateway's own bounds are a few seconds. */
const HANG_BOUND_MS = 20_000;

// Eight app processes start together on a 2-core machine, then each test waits for syncs.
jest.setTimeout(180_000);

/**
 * Issue #16, faults: `kill -9` of one process of each app while requests and
 * syncs are in flight. The other replica carries on, nothing answers a 500 or
 * hangs, and every sync completes once, with each creator's videos exactly.
 */
describe('kill -9 of an app process while requests and syncs are in flight', () => {
  let fleet: Fleet;
  let probe: SyncProbe;
  let client: FleetClient;
  /** What a test left running when it failed half-way: stopped after each test. */
  const background: { stop(): Promise<unknown> }[] = [];

  beforeAll(async () => {
    fleet = await Fleet.start();
    probe = await SyncProbe.open();
    client = await FleetClient.signUp(fleet.gatewayUrls[0], fleet.sandbox);
  }, 240_000);

  afterAll(async () => {
    await fleet?.stop();
    await probe?.close();
  });

  beforeEach(async () => {
    await fleet?.revive();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(background.splice(0).map((each) => each.stop()));
    if (fleet) await setSandboxLatency(0);
    await probe?.resumeSyncs();
  });

  function setSandboxLatency(latencyMs: number): Promise<unknown> {
    return new SandboxAdmin(fleet.sandbox.url).request('PATCH', '/sandbox/settings', { latencyMs });
  }

  function load(requests: LoadRequest[]): LoadLoop {
    const loop = LoadLoop.start({
      next: (n) => requests[n % requests.length],
      headers: client.headers,
      clients: 4,
      pauseMs: 25,
      timeoutMs: HANG_BOUND_MS,
    });
    background.push(loop);
    return loop;
  }

  /** The same GETs through each gateway in turn. */
  function throughBoth(paths: string[]): LoadRequest[] {
    return paths.flatMap((path) =>
      fleet.gatewayUrls.map((gatewayUrl) => ({ gatewayUrl, method: 'GET' as const, path })),
    );
  }

  /**
   * Kills replica a under load and waits out what it took with it; starts it
   * again, then kills b: the restarted a carries the load alone. Says what
   * each kill produced.
   */
  async function killEachInTurn(
    loop: LoadLoop,
    [a, b]: [AppProcess, AppProcess],
    settleMs: number,
  ): Promise<string> {
    const firstKill = await killAndSettle(loop, a, settleMs);
    const restartingAt = Date.now();
    await a.start();
    const restartedAt = Date.now();
    const secondKill = await killAndSettle(loop, b, settleMs);
    const before = loop.outcomes.filter((outcome) => outcome.startedAt < restartedAt);
    const after = loop.outcomes.filter((outcome) => outcome.startedAt >= restartedAt);
    return (
      `; kill -9 ${a.name}: ${summarize(before)}${unavailableTimes(before, firstKill)}` +
      `; ${a.name} restarted in ${((restartedAt - restartingAt) / 1000).toFixed(1)} s` +
      `; kill -9 ${b.name}: ${summarize(after)}${unavailableTimes(after, secondKill)}`
    );
  }

  async function killAndSettle(loop: LoadLoop, victim: AppProcess, settleMs: number) {
    await loop.untilAnswered(40);
    const killedAt = Date.now();
    await victim.killNine();
    await loop.untilAnswered(80);
    await sleep(settleMs);
    await loop.untilAnswered(40);
    return killedAt;
  }

  /** Until the creator's last sync finished, then what it says. */
  async function finishedSync(creatorId: string, timeoutMs = 90_000): Promise<SyncStatusView> {
    return waitFor(
      () => client.syncStatus(creatorId),
      (sync) => sync.status === 'succeeded' || sync.status === 'failed',
      { timeoutMs, intervalMs: 250 },
    );
  }

  /** Each creator's sync succeeded and it has exactly the sandbox's videos, each once. */
  async function expectExactVideos(creators: { id: string; username: string }[]): Promise<void> {
    for (const creator of creators) {
      const sync = await finishedSync(creator.id);
      expect({ username: creator.username, status: sync.status, error: sync.error }).toEqual({
        username: creator.username,
        status: 'succeeded',
        error: null,
      });
      const expected = await fleet.sandbox.videoIds(creator.username);
      const listed = (await client.videos(creator.id)).map((video) => video.externalId);
      expect(listed.length).toBe(expected.length);
      expect(new Set(listed)).toEqual(new Set(expected));
      expect(sync.videos).toBe(expected.length);
    }
    const rows = await probe.videoRows(creators.map((creator) => creator.id));
    for (const creator of creators) {
      const expected = (await fleet.sandbox.creator(creator.username)).video_count;
      expect(rows.get(creator.id) ?? { rows: 0, distinct: 0 }).toEqual({
        rows: expected,
        distinct: expected,
      });
    }
    const states = await probe.syncStates(creators.map((creator) => creator.id));
    expect([...states.values()].filter((state) => state.status !== 'succeeded')).toEqual([]);
  }

  it('keeps answering through the surviving gateway, and serves again from the restarted one', async () => {
    const [survivor, victim] = fleet.gateways;
    const [survivorUrl, victimUrl] = fleet.gatewayUrls;
    const loop = load(throughBoth(['/api/v1/creators', '/api/v1/users/me']));
    await loop.untilAnswered(40);

    const killedAt = Date.now();
    await victim.killNine();
    await loop.untilAnswered(60);
    const restartingAt = Date.now();
    await victim.start();
    const restartedAt = Date.now();
    await waitFor(
      async () =>
        loop.outcomes.filter(
          (outcome) =>
            outcome.request.gatewayUrl === victimUrl &&
            outcome.startedAt > restartedAt &&
            outcome.status === 200,
        ).length,
      (served) => served >= 20,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const outcomes = await loop.stop();

    const toVictim = outcomes.filter((outcome) => outcome.request.gatewayUrl === victimUrl);
    const whileDown = toVictim.filter(
      (outcome) => outcome.finishedAt >= killedAt && outcome.startedAt <= restartedAt,
    );
    report(
      'kill -9 gateway-b',
      outcomes,
      `; to the survivor: ${summarize(outcomes.filter((o) => o.request.gatewayUrl === survivorUrl))}` +
        `; to gateway-b while down: ${summarize(whileDown)}` +
        `; down ${((restartedAt - killedAt) / 1000).toFixed(1)} s, of which the restart took ${((restartedAt - restartingAt) / 1000).toFixed(1)} s`,
    );
    expect(survivor.isRunning()).toBe(true);
    // Every answer, from either gateway at any time, is a 200: only TCP fails while one is down.
    expect(
      outcomes.filter((outcome) => outcome.result === 'answered' && outcome.status !== 200),
    ).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.result === 'timed_out')).toEqual([]);
    const failed = outcomes.filter((outcome) => outcome.result === 'network_error');
    expect(failed.filter((outcome) => !whileDown.includes(outcome))).toEqual([]);
    expect(whileDown.some((outcome) => outcome.result === 'network_error')).toBe(true);
    expect(
      outcomes.filter((o) => o.request.gatewayUrl === survivorUrl && o.startedAt > killedAt).length,
    ).toBeGreaterThanOrEqual(20);
  });

  it('answers 503/504 in the envelope for requests lost with an identity process, then 200 from the other, and from the restarted one when the other dies', async () => {
    const loop = load(throughBoth(['/api/v1/users/me', '/api/v1/keys']));
    // Requests lost with a process answer after the NATS timeout (5 s): let them end.
    const story = await killEachInTurn(loop, fleet.identities, 6_000);
    const outcomes = await loop.stop();

    report('identity', outcomes, story);
    expect(unexpectedOutcomes(outcomes, [200])).toEqual([]);
    // The later requests all succeed: the survivor takes every one.
    const sorted = [...outcomes].sort((a, b) => a.startedAt - b.startedAt);
    expect(sorted.slice(-40).filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect(fleet.identities[0].isRunning()).toBe(true);
  });

  it('answers 503/504 for what a dead creators process held, then 200 from the other and the restarted one, while connects and manual syncs go on and finish', async () => {
    const before = await Promise.all(
      [30, 45, 60].map(async (videos) => {
        const username = await fleet.sandbox.addCreator(videos);
        return { id: await client.connect(username), username };
      }),
    );
    const requests: LoadRequest[] = [
      ...throughBoth(['/api/v1/creators']),
      ...before.flatMap(({ id }) => [
        ...throughBoth([`/api/v1/creators/${id}/sync`, `/api/v1/creators/${id}/videos?limit=20`]),
        {
          gatewayUrl: fleet.gatewayUrls[1],
          method: 'POST' as const,
          path: `/api/v1/creators/${id}/sync`,
        },
      ]),
    ];
    const loop = load(requests);
    const connects = ConnectLoop.start(client, fleet.sandbox, 25);
    background.push(connects);
    // A manual sync lost with a process answers after SYNC_WAIT_MS + the NATS timeout (8 s).
    const story = await killEachInTurn(loop, fleet.creators, 9_000);
    const attemptsSoFar = connects.attempts.length;
    await waitFor(
      async () => connects.attempts.length,
      (count) => count >= attemptsSoFar + 2,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const attempts = await connects.stop();
    const outcomes = await loop.stop();

    report(
      'creators',
      outcomes,
      `${story}; connects: ${connects.connected.length} ok, failed: ${JSON.stringify(connects.failed)}`,
    );
    expect(unexpectedOutcomes(outcomes, [200, 202])).toEqual([]);
    const sorted = [...outcomes].sort((a, b) => a.startedAt - b.startedAt);
    expect(
      sorted.slice(-40).filter((outcome) => outcome.status !== 200 && outcome.status !== 202),
    ).toEqual([]);
    // A connect lost with the process says so with a 503/504, never a 500.
    for (const { failure } of connects.failed) expect(failure).toMatch(/(got|failed:) 50[34] /);
    expect(attempts.slice(-2).filter((attempt) => attempt.failure !== undefined)).toEqual([]);

    // Every creator the account has, whether or not its connect answered, is synced exactly once in effect.
    const creators = (await client.creators()).map((creator) => ({
      id: creator.id,
      username: creator.username ?? '(none)',
    }));
    expect(creators.length).toBeGreaterThanOrEqual(before.length + connects.connected.length);
    // A connect lost with the process may have stored its creator but not queued the first sync
    // (apps/creators connect.service: the creator is stored, then the job queued): the scheduler
    // syncs such a creator on its next run. This test runs no scheduler; the customer asks instead.
    await waitFor(
      () => probe.jobCounts(),
      (counts) => counts.active + counts.waiting + counts.prioritized + counts.delayed === 0,
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const neverQueued: typeof creators = [];
    for (const creator of creators)
      if ((await client.syncStatus(creator.id)).jobId === null) neverQueued.push(creator);
    console.log(
      `creators: ${creators.length} creators, first sync never queued for ${JSON.stringify(neverQueued)}`,
    );
    const lostConnects = connects.failed.map((attempt) => attempt.username);
    expect(neverQueued.filter((creator) => !lostConnects.includes(creator.username))).toEqual([]);
    const ids = neverQueued.map((creator) => creator.id);
    expect(await probe.dueForScheduler(ids)).toEqual(expect.arrayContaining(ids));
    for (const creator of neverQueued)
      expect([200, 202]).toContain(
        (await client.send('POST', `/api/v1/creators/${creator.id}/sync`)).status,
      );
    await expectExactVideos(creators);
  });

  it('hands the syncs of a killed worker to the other one: every creator ends with exactly its videos', async () => {
    await probe.pauseSyncs();
    const creators = await Promise.all(
      [150, 160, 170, 180, 190, 200].map(async (videos) => {
        const username = await fleet.sandbox.addCreator(videos);
        return { id: await client.connect(username), username };
      }),
    );
    // Slow pages: each sync is still far from done however late the kill comes on a busy machine.
    await setSandboxLatency(400);
    await probe.resumeSyncs();
    const ids = creators.map((creator) => creator.id);
    // Three syncs running in each worker (SYNC_CONCURRENCY), some videos already stored.
    const running = await waitFor(
      async () => ({
        active: (await probe.jobCounts()).active,
        stored: await probe.storedVideos(ids),
      }),
      ({ active, stored }) => active === creators.length && stored >= 20,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    expect(running.active).toBe(creators.length);

    await fleet.workers[0].killNine();
    const storedAtKill = await probe.storedVideos(ids);
    await setSandboxLatency(0);
    await expectExactVideos(creators);

    const jobIds = [...(await probe.syncStates(ids)).values()].map((state) => state.jobId);
    const jobs = await Promise.all(jobIds.map((jobId) => probe.job(jobId)));
    const stalled = jobs.filter((job) => (job?.stalledCounter ?? 0) > 0).length;
    console.log(
      `kill -9 sync-worker-a: ${creators.length} syncs, ${storedAtKill} videos stored at the kill, ` +
        `${stalled} syncs picked up by sync-worker-b after the kill; job counts ${JSON.stringify(await probe.jobCounts())}`,
    );
    expect(storedAtKill).toBeLessThan(150 + 160 + 170 + 180 + 190 + 200);
    // The killed worker held three of them: they stalled and were finished by the other
    // (a busy machine may make a live worker miss a lock renewal too: more is no loss).
    expect(stalled).toBeGreaterThanOrEqual(3);
    for (const job of jobs) {
      expect(await job?.getState()).toBe('completed');
      // Only the completion counts: the killed run spent no attempt.
      expect(job?.attemptsMade).toBe(1);
    }
    expect(await probe.jobCounts()).toMatchObject({
      active: 0,
      waiting: 0,
      prioritized: 0,
      failed: 0,
    });
  });
});
