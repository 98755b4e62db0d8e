import { MemoryRateLimiter } from './memory-rate-limiter.js';

const TWO_PER_10S = { limit: 2, windowSeconds: 10 };
const FIVE_PER_60S = { limit: 5, windowSeconds: 60 };

describe('MemoryRateLimiter', () => {
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows up to the limit within a window and refuses the next request', () => {
    const sut = new MemoryRateLimiter(100, clock);

    const answers = [1, 2, 3].map(() => sut.consume(['a'], [TWO_PER_10S]));

    expect(answers).toEqual([
      [1, 2, 10, 1, 10000],
      [1, 2, 10, 2, 10000],
      [0, 2, 10, 2, 10000],
    ]);
  });

  it('starts a new window when the old one ends', () => {
    const sut = new MemoryRateLimiter(100, clock);
    sut.consume(['a'], [TWO_PER_10S]);
    sut.consume(['a'], [TWO_PER_10S]);

    now += 4000;
    const stillRefused = sut.consume(['a'], [TWO_PER_10S]);
    now += 6000;
    const afterReset = sut.consume(['a'], [TWO_PER_10S]);

    expect(stillRefused).toEqual([0, 2, 10, 2, 6000]);
    expect(afterReset).toEqual([1, 2, 10, 1, 10000]);
  });

  it('counts a request against no limit when one of them refuses it', () => {
    const sut = new MemoryRateLimiter(100, clock);
    sut.consume(['burst'], [TWO_PER_10S]);
    sut.consume(['burst'], [TWO_PER_10S]);

    const refused = sut.consume(['pool', 'burst'], [FIVE_PER_60S, TWO_PER_10S]);
    const poolAlone = sut.consume(['pool'], [FIVE_PER_60S]);

    expect(refused[0]).toBe(0);
    expect(poolAlone).toEqual([1, 5, 60, 1, 60000]);
  });

  it('ends a running window early when the window gets shorter', () => {
    const sut = new MemoryRateLimiter(100, clock);
    sut.consume(['a'], [FIVE_PER_60S]);

    const shortened = sut.consume(['a'], [{ limit: 5, windowSeconds: 10 }]);

    expect(shortened).toEqual([1, 5, 10, 2, 10000]);
  });

  it('never holds more counters than it is given room for', () => {
    const sut = new MemoryRateLimiter(3, clock);

    for (let i = 0; i < 10; i++) sut.consume([`ip-${i}`], [TWO_PER_10S]);

    expect(sut.size).toBe(3);
  });

  it('makes room by dropping expired counters before live ones', () => {
    const sut = new MemoryRateLimiter(2, clock);
    sut.consume(['short'], [{ limit: 2, windowSeconds: 1 }]);
    sut.consume(['long'], [FIVE_PER_60S]);

    now += 2000;
    sut.consume(['new'], [TWO_PER_10S]);
    const long = sut.consume(['long'], [FIVE_PER_60S]);

    expect(long[3]).toBe(2);
  });
});
