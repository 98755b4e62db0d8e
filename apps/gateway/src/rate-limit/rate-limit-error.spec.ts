import { AppError } from '@tally/contracts';
import { decisionFrom } from './decision.js';
import { rateLimitError } from './rate-limit-error.js';

describe('rateLimitError', () => {
  it.each([
    [
      'pool',
      [0, 1000, 10, 1, 9000, 5000, 600, 5000, 42000, 100, 1, 1, 1000],
      /request pool .*\(5000 requests per 600 seconds\)\. Try again in 42 seconds\./,
    ],
    [
      'burst',
      [0, 1000, 10, 1, 9000, 5000, 600, 8, 42000, 100, 1, 100, 1000],
      /too fast \(burst limit: 100 requests per 1 second\)\. Try again in 1 second\./,
    ],
    [
      'ip',
      [0, 1000, 10, 1000, 9000],
      /this IP address \(1000 requests per 10 seconds\)\. Try again in 9 seconds\./,
    ],
  ] as const)('is a 429 that names the %s limit', (name, counts, message) => {
    const error = rateLimitError(decisionFrom(counts, 'redis'));

    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('rate_limited');
    expect(error.details).toEqual([{ reason: name }]);
    expect(error.message).toMatch(message);
  });
});
