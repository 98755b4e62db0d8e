import { HashingGate } from './hashing-gate.js';

/** Work that runs until the test finishes it. */
function heldWork(): { work: () => Promise<string>; started: () => boolean; finish: () => void } {
  let started = false;
  let finish: () => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = () => resolve('done')));
  return {
    work: () => {
      started = true;
      return done;
    },
    started: () => started,
    finish: () => finish(),
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('HashingGate', () => {
  it('runs up to its bound at once', async () => {
    const sut = new HashingGate(2, 0);
    const first = heldWork();
    const second = heldWork();

    const runs = [sut.run(first.work), sut.run(second.work)];
    await nextTurn();

    expect([first.started(), second.started()]).toEqual([true, true]);
    first.finish();
    second.finish();
    await expect(Promise.all(runs)).resolves.toEqual(['done', 'done']);
  });

  it('refuses at once, with a Retry-After of a second, when every slot and every place in line is taken', async () => {
    const sut = new HashingGate(1, 1);
    const running = heldWork();
    const waiting = heldWork();
    const refused = heldWork();
    const runs = [sut.run(running.work), sut.run(waiting.work)];

    await expect(sut.run(refused.work)).rejects.toMatchObject({
      code: 'rate_limited',
      details: [{ reason: 'busy' }],
      retryAfterSeconds: 1,
    });
    expect(refused.started()).toBe(false);
    running.finish();
    waiting.finish();
    await Promise.all(runs);
  });

  it('starts a waiting run when a slot frees, and not before', async () => {
    const sut = new HashingGate(1, 1);
    const running = heldWork();
    const waiting = heldWork();
    const first = sut.run(running.work);
    const second = sut.run(waiting.work);
    await nextTurn();
    const startedWhileFull = waiting.started();

    running.finish();
    await first;
    await nextTurn();

    expect(startedWhileFull).toBe(false);
    expect(waiting.started()).toBe(true);
    waiting.finish();
    await second;
  });

  it('frees the slot of a run that fails', async () => {
    const sut = new HashingGate(1, 0);

    await expect(sut.run(() => Promise.reject(new Error('argon2 failed')))).rejects.toThrow(
      'argon2 failed',
    );

    await expect(sut.run(() => Promise.resolve('after'))).resolves.toBe('after');
  });
});
