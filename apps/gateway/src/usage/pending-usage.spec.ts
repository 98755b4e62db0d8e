import { PendingUsage, type UsageBatch } from './pending-usage.js';

function plain(batch: UsageBatch): Record<string, Record<string, number>> {
  return Object.fromEntries(
    [...batch].map(([key, bucket]) => [key, Object.fromEntries(bucket.fields)]),
  );
}

describe('PendingUsage', () => {
  it('adds up the requests of each field of each hash', () => {
    const sut = new PendingUsage(100);

    sut.add('usage:a:0', 10, 'x');
    sut.add('usage:a:0', 10, 'x');
    sut.add('usage:a:0', 10, 'y');
    sut.add('usage:b:0', 10, 'x', 5);

    expect(plain(sut.take())).toEqual({
      'usage:a:0': { x: 2, y: 1 },
      'usage:b:0': { x: 5 },
    });
  });

  it('starts empty again after a take', () => {
    const sut = new PendingUsage(100);
    sut.add('usage:a:0', 10, 'x');

    sut.take();

    expect(sut.size).toBe(0);
    expect(sut.take().size).toBe(0);
  });

  it('keeps the expiry of each hash with its counts', () => {
    const sut = new PendingUsage(100);
    sut.add('usage:a:0', 1234, 'x');

    expect(sut.take().get('usage:a:0')?.expiresAt).toBe(1234);
  });

  it('keeps counting known fields when full, and drops requests that need a new one', () => {
    const sut = new PendingUsage(2);
    sut.add('k', 10, 'x');
    sut.add('k', 10, 'y');

    sut.add('k', 10, 'x');
    sut.add('k', 10, 'z');
    sut.add('other', 10, 'x', 3);

    expect(sut.size).toBe(2);
    expect(sut.takeDropped()).toBe(4);
    expect(sut.takeDropped()).toBe(0);
    expect(plain(sut.take())).toEqual({ k: { x: 2, y: 1 } });
  });

  it('merges a batch that could not be written with what came since', () => {
    const sut = new PendingUsage(100);
    sut.add('k', 10, 'x', 2);
    const failed = sut.take();
    sut.add('k', 10, 'x');
    sut.add('k', 10, 'y');

    sut.putBack(failed, 5);

    expect(plain(sut.take())).toEqual({ k: { x: 3, y: 1 } });
  });

  it('does not take back hashes that Redis would already have dropped', () => {
    const sut = new PendingUsage(100);
    sut.add('old', 10, 'x');
    sut.add('new', 20, 'x');

    sut.putBack(sut.take(), 10);

    expect(plain(sut.take())).toEqual({ new: { x: 1 } });
  });

  it('takes back no more than its bound and counts the rest as dropped', () => {
    const sut = new PendingUsage(1);
    sut.add('k', 10, 'x');
    const failed = sut.take();
    sut.add('k', 10, 'y', 4);

    sut.putBack(failed, 0);

    expect(plain(sut.take())).toEqual({ k: { y: 4 } });
    expect(sut.takeDropped()).toBe(1);
  });
});
