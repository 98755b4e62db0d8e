import { parseIsoDuration } from './iso-duration.js';

describe('parseIsoDuration', () => {
  it.each([
    ['PT15S', 15],
    ['PT4M13S', 253],
    ['PT1H', 3600],
    ['PT1H2M', 3720],
    ['PT2H0M7S', 7207],
    ['P1DT2H3M4S', 93_784],
    ['P1W', 604_800],
    ['P0D', 0],
    ['PT0S', 0],
    ['PT1.6S', 2],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseIsoDuration(text)).toBe(seconds);
  });

  it.each(['', 'P', 'PT', 'P1Y', 'P2M', '15', 'PT15', 'pt15s', 'PT-5S', 'PT5S '])(
    'gives null for %j',
    (text) => {
      expect(parseIsoDuration(text)).toBeNull();
    },
  );
});
