/**
 * TikTok refused a call for its rate limit: every worker should hold off for
 * `pauseMs`, and the job should run again afterwards without it counting as a
 * failed attempt.
 */
export class UpstreamRateLimitedError extends Error {
  constructor(
    readonly pauseMs: number,
    reason: string,
  ) {
    super(`rate limited upstream, pausing ${pauseMs} ms: ${reason}`);
    this.name = 'UpstreamRateLimitedError';
  }
}
