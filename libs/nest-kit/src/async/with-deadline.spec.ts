import { withDeadline } from './with-deadline.js';

const never = new Promise<string>(() => undefined);

describe('withDeadline', () => {
  it('gives what the promise gives when it settles in time', async () => {
    await expect(
      withDeadline(Promise.resolve('on time'), 1000, () => new Error('late')),
    ).resolves.toBe('on time');
    await expect(
      withDeadline(Promise.reject(new Error('own failure')), 1000, () => new Error('late')),
    ).rejects.toThrow('own failure');
  });

  it('rejects with the expiry error when the promise is still pending at the deadline', async () => {
    const started = Date.now();

    await expect(
      withDeadline(never, 30, () => new Error('no answer within 30 ms')),
    ).rejects.toThrow('no answer within 30 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
