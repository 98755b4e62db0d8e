import { parseDurationMs } from './env-duration.js';

describe('parseDurationMs', () => {
  it.each([
    ['6h', 6 * 3_600_000],
    ['30m', 1_800_000],
    ['90s', 90_000],
    ['1d', 86_400_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    ['3600', 3_600_000],
  ])('reads %s', (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  it.each(['', '0', '0s', '-5m', 'soon', '6 hours', '6H', 'h'])('refuses %j', (text) => {
    expect(parseDurationMs(text)).toBeUndefined();
  });
});
