import { graphTimestamp } from './graph-timestamp.js';

describe('graphTimestamp', () => {
  it.each([
    ['2026-04-17T12:00:00+0000', '2026-04-17T12:00:00.000Z'],
    ['2026-04-17T12:00:00-0230', '2026-04-17T14:30:00.000Z'],
    ['2026-04-17T12:00:00+05:30', '2026-04-17T06:30:00.000Z'],
    ['2026-04-17T12:00:00Z', '2026-04-17T12:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(graphTimestamp.parse(text).toISOString()).toBe(iso);
  });

  it.each(['2026-04-17', 'yesterday', '2026-13-40T12:00:00+0000', ''])('refuses %j', (text) => {
    expect(graphTimestamp.safeParse(text).success).toBe(false);
  });
});
