import { type QueueName, Queues } from '@tally/contracts';
import { QueueFactory, type QueueHandle, type WorkerHandle } from '@tally/creators-data';
import { waitFor } from '@tally/testing';
import type { Job, Queue } from 'bullmq';
import { runCli } from '../src/cli/run-cli.js';

describe('npm run cli -- jobs', () => {
  const factory = new QueueFactory({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    keyPrefix: process.env.REDIS_KEY_PREFIX ?? '',
  });
  let queues: QueueHandle[];
  let workers: WorkerHandle[];
  let queue: Queue;
  let revocations: Queue;

  beforeAll(async () => {
    queues = [factory.queue(Queues.creatorSync), factory.queue(Queues.creatorRevocations)];
    [queue, revocations] = queues.map((handle) => handle.queue);
    const failWhenAsked = async (job: Job) => {
      if (job.data.fail) throw new Error(`TikTok said no to ${job.data.creatorId}`);
      return 'ok';
    };
    workers = [Queues.creatorSync, Queues.creatorRevocations].map((name: QueueName) =>
      factory.worker(name, failWhenAsked, { concurrency: 1 }),
    );
  });

  afterAll(async () => {
    for (const handle of workers) await handle.close();
    for (const handle of queues) {
      await handle.queue.obliterate({ force: true });
      await handle.close();
    }
  });

  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(['jobs', ...argv], process.env, {
      out: (text) => (out += text),
      err: (text) => (err += text),
    });
    return { code, out, err };
  }

  async function failedJob(creatorId: string, on: Queue = queue): Promise<string> {
    const job = await on.add('sync-creator', { creatorId, fail: true }, { attempts: 1 });
    await waitFor(() => job.isFailed(), Boolean, { timeoutMs: 5000 });
    return String(job.id);
  }

  it('lists failed jobs with their reasons, retries one and drops another', async () => {
    const first = await failedJob('creator-1');
    const second = await failedJob('creator-2');

    const listed = await cli('failed');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: first,
          creatorId: 'creator-1',
          failedReason: 'TikTok said no to creator-1',
          attemptsMade: 1,
        }),
      ]),
    );

    await workers[0].worker.pause();
    const retried = await cli('retry', first, 'no-such-job');
    expect(JSON.parse(retried.out)).toEqual({ retried: [first], notFailed: ['no-such-job'] });
    expect(await queue.getJobState(first)).toBe('waiting');

    const dropped = await cli('drop', second);
    expect(JSON.parse(dropped.out)).toEqual({ dropped: [second], notFailed: [] });
    expect(await queue.getJob(second)).toBeUndefined();
    workers[0].worker.resume();
  });

  it('lists and retries the failed jobs of the revocation queue with --queue', async () => {
    const failed = await failedJob('creator-3', revocations);

    const listed = await cli('failed', '--queue', Queues.creatorRevocations);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).failed).toEqual([
      expect.objectContaining({
        id: failed,
        queue: Queues.creatorRevocations,
        failedReason: 'TikTok said no to creator-3',
      }),
    ]);

    await workers[1].worker.pause();
    const retried = await cli('retry', failed, '--queue', Queues.creatorRevocations);
    expect(JSON.parse(retried.out)).toEqual({ retried: [failed], notFailed: [] });
    expect(await revocations.getJobState(failed)).toBe('waiting');
    workers[1].worker.resume();
  });

  it('counts jobs per state', async () => {
    const { code, out } = await cli('counts');

    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(
      expect.arrayContaining(['waiting', 'active', 'failed', 'completed']),
    );
  });

  it('answers a wrong command line with the usage and exit code 2', async () => {
    const { code, err } = await cli('retry');

    expect(code).toBe(2);
    expect(err).toContain('Usage: jobs');
  });

  it('fails in one line when Redis cannot be reached', async () => {
    let err = '';
    const code = await runCli(
      ['jobs', 'counts'],
      { REDIS_URL: 'redis://127.0.0.1:1' },
      { out: () => undefined, err: (text) => (err += text) },
    );

    expect(code).toBe(1);
    expect(err).toMatch(/^Could not reach Redis: .*ECONNREFUSED/);
  });
});
