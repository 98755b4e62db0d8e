import { poolState } from './pool-state.js';

const HUNDRED_PER_10_MINUTES = { limit: 100, windowSeconds: 600 };

describe('poolState', () => {
  it('reports a running window as the headers would', () => {
    expect(poolState('production', HUNDRED_PER_10_MINUTES, 40, 125_400)).toEqual({
      environment: 'production',
      limit: 100,
      windowSeconds: 600,
      used: 40,
      remaining: 60,
      resetSeconds: 126,
    });
  });

  it('reports a whole window when no counter runs', () => {
    expect(poolState('development', HUNDRED_PER_10_MINUTES, 0, -2)).toMatchObject({
      used: 0,
      remaining: 100,
      resetSeconds: 600,
    });
  });

  it('never reports less than nothing remaining, nor a reset under a second', () => {
    expect(poolState('production', { limit: 3, windowSeconds: 600 }, 5, 10)).toMatchObject({
      used: 5,
      remaining: 0,
      resetSeconds: 1,
    });
  });

  it('ends a window longer than the limit’s no later than a new one would', () => {
    expect(poolState('production', { limit: 3, windowSeconds: 60 }, 1, 500_000)).toMatchObject({
      resetSeconds: 60,
    });
  });

  it('treats a counter without expiry as a whole window, as the consume script does', () => {
    expect(poolState('production', HUNDRED_PER_10_MINUTES, 7, -1)).toMatchObject({
      resetSeconds: 600,
    });
  });
});
