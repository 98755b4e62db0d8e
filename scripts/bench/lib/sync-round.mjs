// One round of the sync benchmark: N workers waiting, then a fresh account
// connects fresh creators through the API, whose first syncs are the backlog;
// with 2 or more workers one is killed halfway. The round ends when every
// connected creator's sync has completed or failed for good.
import { sleep } from '../../lib/exec.mjs';
import { checkVideos } from './sync-completeness.mjs';
import { connectCreators } from './sync-connect.mjs';
import { callsBetween, rateLimitedBetween, TIKTOK_ENDPOINTS } from './sync-sandbox.mjs';
import { killWorker, startWorkers } from './sync-workers.mjs';
import { createAccountWithKeys } from './tally.mjs';

/** The budget is measured from here on: the connect burst and the ramp-up are left out. */
const FIRST_MINUTE_MS = 60_000;
/** Less than this after the one-minute mark says nothing about a steady state (short runs). */
const SHORTEST_SPAN_MS = 30_000;
const POLL_MS = 250;

/** Successful calls of one endpoint as a share of `limitPerMinute` over `seconds`. */
function budgetUse(before, after, endpoint, seconds, limitPerMinute) {
  const calls = callsBetween(before, after, endpoint);
  const budget = (limitPerMinute * seconds) / 60;
  return { ...calls, budgetShare: Number((calls.ok / budget).toFixed(3)) };
}

/**
 * Watches the queue until the backlog is done: reads the sandbox's counts at
 * the one-minute mark and kills `victim` (if any) once half the backlog is done.
 */
async function watchBacklog({ children, queue, sandbox, step }, round) {
  const { startedAt, expected, victim, deadline } = round;
  let afterFirstMinute;
  let killed;
  for (;;) {
    await children.guard(sleep(POLL_MS));
    const now = Date.now();
    if (!afterFirstMinute && now - startedAt >= FIRST_MINUTE_MS) {
      afterFirstMinute = { at: now, stats: await sandbox.stats() };
    }
    const counts = await queue.getJobCounts('completed', 'failed');
    const finished = counts.completed + counts.failed;
    const total = expected();
    if (victim && !killed && finished >= total / 2) {
      await killWorker(children, victim);
      killed = { name: victim, atS: Number(((now - startedAt) / 1000).toFixed(1)), finished };
      step(`sync pipeline: SIGKILLed ${victim} with ${finished} of ${total} syncs done`);
    }
    if (round.connectDone() && finished >= total)
      return { afterFirstMinute, killed, timedOut: false };
    if (now > deadline) return { afterFirstMinute, killed, timedOut: true };
  }
}

export async function measureRound(context, { workers, index }) {
  const { children, base, sandbox, queue, db, workerEnv, settings, runId, step } = context;
  const usernames = Array.from(
    { length: settings.creators },
    (_, creator) => `bench.${runId}.${index}.${creator}`,
  );
  await children.guard(sandbox.addCreators(usernames, settings.videosPerCreator));
  const account = await children.guard(createAccountWithKeys(base, { total: 2 }));
  const names = await startWorkers(children, workerEnv, {
    count: workers,
    concurrency: settings.concurrencyPerWorker,
    round: index + 1,
    freePort: context.freePort,
  });

  const before = await sandbox.stats();
  const startedAt = Date.now();
  let connect;
  const connecting = connectCreators(base, account.fullAccess, usernames, {
    withinMs: settings.connectWithinMs,
  }).then((outcome) => {
    connect = outcome;
    step(
      `sync pipeline: ${outcome.connected} of ${usernames.length} creators connected in ${outcome.seconds} s`,
    );
  });
  const watched = await watchBacklog(context, {
    startedAt,
    expected: () => connect?.connected ?? usernames.length,
    connectDone: () => connect !== undefined,
    victim: workers >= 2 ? names[0] : undefined,
    deadline: startedAt + settings.roundTimeoutMs,
  });
  await children.guard(connecting);
  const endedAt = Date.now();
  const after = await sandbox.stats();
  const failed = await queue.getJobCounts('failed');
  const survivors = names.filter((name) => name !== watched.killed?.name);
  await Promise.all(survivors.map((name) => children.stopOne(name)));
  await queue.obliterate({ force: true });
  const videos = await checkVideos(db, sandbox, account.accountId);

  const elapsedS = (endedAt - startedAt) / 1000;
  const span =
    watched.afterFirstMinute && endedAt - watched.afterFirstMinute.at >= SHORTEST_SPAN_MS
      ? {
          from: watched.afterFirstMinute.stats,
          seconds: (endedAt - watched.afterFirstMinute.at) / 1000,
          afterFirstMinute: true,
        }
      : { from: before, seconds: elapsedS, afterFirstMinute: false };
  const rateLimited = rateLimitedBetween(before, after);
  const use = (endpoint) =>
    budgetUse(span.from, after, endpoint, span.seconds, settings.limitPerMinute);
  return {
    workers,
    elapsedS: Number(elapsedS.toFixed(1)),
    timedOut: watched.timedOut,
    connect,
    creatorsPerMinute: Number(((connect.connected / elapsedS) * 60).toFixed(1)),
    killed: watched.killed ?? null,
    failedJobs: failed.failed,
    rateLimited,
    rateLimitedTotal: Object.values(rateLimited).reduce((sum, count) => sum + count, 0),
    budgetSpan: {
      afterFirstMinute: span.afterFirstMinute,
      seconds: Number(span.seconds.toFixed(1)),
    },
    videoList: use(TIKTOK_ENDPOINTS.videoList),
    userInfo: use(TIKTOK_ENDPOINTS.userInfo),
    wholeRound: {
      videoList: callsBetween(before, after, TIKTOK_ENDPOINTS.videoList),
      userInfo: callsBetween(before, after, TIKTOK_ENDPOINTS.userInfo),
      token: callsBetween(before, after, TIKTOK_ENDPOINTS.token),
    },
    videos,
  };
}
