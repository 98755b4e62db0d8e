import { MAX_BACKOFF_MS, retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  it('waits at least what Retry-After asks, with at most a quarter of it added', () => {
    expect(retryDelayMs({ retry: 0, retryAfterMs: 2000, random: 0 })).toBe(2000);
    expect(retryDelayMs({ retry: 0, retryAfterMs: 2000, random: 0.999 })).toBeLessThanOrEqual(2500);
    expect(retryDelayMs({ retry: 0, retryAfterMs: 2000, random: 0.5 })).toBe(2250);
  });

  it('adds at most a second of jitter to a long Retry-After', () => {
    expect(retryDelayMs({ retry: 0, retryAfterMs: 30_000, random: 0.999 })).toBeLessThanOrEqual(
      31_000,
    );
  });

  it('retries at once when Retry-After is 0', () => {
    expect(retryDelayMs({ retry: 3, retryAfterMs: 0, random: 0.7 })).toBe(0);
  });

  it('without Retry-After, doubles the wait on each retry, half of it random', () => {
    const low = [0, 1, 2, 3].map((retry) => retryDelayMs({ retry, random: 0 }));
    const high = [0, 1, 2, 3].map((retry) => retryDelayMs({ retry, random: 1 }));
    expect(low).toEqual([250, 500, 1000, 2000]);
    expect(high).toEqual([500, 1000, 2000, 4000]);
  });

  it('never waits longer than the cap by itself', () => {
    expect(retryDelayMs({ retry: 20, random: 1 })).toBe(MAX_BACKOFF_MS);
  });
});
