import { LastSeenLimits } from './last-seen-limits.js';

const IP = { limit: 1000, windowSeconds: 10 };
const POOL = { limit: 5000, windowSeconds: 600 };
const BURST = { limit: 100, windowSeconds: 1 };

function counts(
  pool: [number, number],
  burst: [number, number],
  ip: [number, number] = [1000, 10],
) {
  return [1, ...ip, 1, 1000, ...pool, 1, 1000, ...burst, 1, 1000];
}

describe('LastSeenLimits', () => {
  it("remembers an account's overridden limits", () => {
    const sut = new LastSeenLimits(10);

    sut.noteAccount('pool:a', counts([9000, 60], [20, 1]), POOL, BURST);

    expect(sut.account('pool:a')).toEqual({
      pool: { limit: 9000, windowSeconds: 60 },
      burst: { limit: 20, windowSeconds: 1 },
    });
  });

  it('forgets an account once its limits are back to the defaults', () => {
    const sut = new LastSeenLimits(10);
    sut.noteAccount('pool:a', counts([9000, 60], [100, 1]), POOL, BURST);

    sut.noteAccount('pool:a', counts([5000, 600], [100, 1]), POOL, BURST);

    expect(sut.account('pool:a')).toBeUndefined();
  });

  it('keeps at most the given number of accounts', () => {
    const sut = new LastSeenLimits(2);

    for (const key of ['pool:a', 'pool:b', 'pool:c']) {
      sut.noteAccount(key, counts([1, 60], [1, 1]), POOL, BURST);
    }

    expect(sut.account('pool:a')).toBeUndefined();
    expect(sut.account('pool:c')).toBeDefined();
  });

  it('remembers an overridden IP limit until it is reset', () => {
    const sut = new LastSeenLimits(10);

    sut.noteIp(counts([5000, 600], [100, 1], [50, 5]), IP);
    const overridden = sut.ip(IP);
    sut.noteIp(counts([5000, 600], [100, 1]), IP);

    expect(overridden).toEqual({ limit: 50, windowSeconds: 5 });
    expect(sut.ip(IP)).toBe(IP);
  });
});
