import { graphTimestamp, isoDuration, youtubeTimestamp } from './time-format.js';

describe('time formats', () => {
  it.each([
    [0, 'PT0S'],
    [45, 'PT45S'],
    [253, 'PT4M13S'],
    [3_720, 'PT1H2M'],
    [3_601, 'PT1H1S'],
  ])('writes %i seconds as %s', (seconds, duration) => {
    expect(isoDuration(seconds)).toBe(duration);
  });

  it('writes Graph and YouTube timestamps', () => {
    const seconds = Date.parse('2026-04-17T12:00:00Z') / 1000;

    expect(graphTimestamp(seconds)).toBe('2026-04-17T12:00:00+0000');
    expect(youtubeTimestamp(seconds)).toBe('2026-04-17T12:00:00Z');
  });
});
