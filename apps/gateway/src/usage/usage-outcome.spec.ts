import { outcomeOf } from './usage-outcome.js';

describe('outcomeOf', () => {
  it.each([200, 201, 202, 204, 302, 399])('counts %i as succeeded', (status) => {
    expect(outcomeOf(status, false)).toBe('succeeded');
  });

  it.each([400, 401, 403, 404, 409, 500, 502, 503, 504])('counts %i as failed', (status) => {
    expect(outcomeOf(status, false)).toBe('failed');
  });

  it("counts the rate limiter's own 429 as refused", () => {
    expect(outcomeOf(429, true)).toBe('refused');
  });

  it('counts a 429 from anywhere else as failed', () => {
    expect(outcomeOf(429, false)).toBe('failed');
  });

  it('counts nothing but a 429 as refused', () => {
    expect(outcomeOf(503, true)).toBe('failed');
    expect(outcomeOf(200, true)).toBe('succeeded');
  });
});
