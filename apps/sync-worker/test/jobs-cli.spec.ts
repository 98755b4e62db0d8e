import { Queues, queueKeyPrefix } from '@tally/contracts';
import { createRedis } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { runCli } from '../src/cli/run-cli.js';

describe('npm run cli -- jobs', () => {
  const prefix = queueKeyPrefix(process.env.REDIS_KEY_PREFIX ?? '');
  let connection: Redis;
  let queue: Queue;
  let worker: Worker;

  beforeAll(async () => {
    connection = createRedis(
      { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', keyPrefix: '' },
      { maxRetriesPerRequest: null },
    );
    queue = new Queue(Queues.creatorSync, { connection, prefix });
    worker = new Worker(
      Queues.creatorSync,
      async (job) => {
        if (job.data.fail) throw new Error(`TikTok said no to ${job.data.creatorId}`);
        return 'ok';
      },
      { connection, prefix },
    );
  });

  afterAll(async () => {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await connection.quit();
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

  async function failedJob(creatorId: string): Promise<string> {
    const job = await queue.add('sync-creator', { creatorId, fail: true });
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

    await worker.pause();
    const retried = await cli('retry', first, 'no-such-job');
    expect(JSON.parse(retried.out)).toEqual({ retried: [first], notFailed: ['no-such-job'] });
    expect(await queue.getJobState(first)).toBe('waiting');

    const dropped = await cli('drop', second);
    expect(JSON.parse(dropped.out)).toEqual({ dropped: [second], notFailed: [] });
    expect(await queue.getJob(second)).toBeUndefined();
    worker.resume();
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
