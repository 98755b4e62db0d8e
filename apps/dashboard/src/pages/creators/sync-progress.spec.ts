import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import {
  progressFromError,
  progressFromOutcome,
  progressFromStatus,
  quotaExhaustedMessage,
} from './sync-progress';

describe('progressFromOutcome', () => {
  it('is done with the count of videos when the sync finished in time', () => {
    expect(
      progressFromOutcome(
        { synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 12 },
        'TIKTOK',
      ),
    ).toEqual({ phase: 'done', message: 'Synced: 12 videos read.' });
    expect(
      progressFromOutcome(
        { synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 1 },
        'TIKTOK',
      ),
    ).toEqual({ phase: 'done', message: 'Synced: 1 video read.' });
    expect(
      progressFromOutcome(
        { synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 0 },
        'TIKTOK',
      ),
    ).toEqual({ phase: 'done', message: 'Synced: 0 videos read.' });
  });

  it("follows the job's state when it did not", () => {
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'queued' }, 'TIKTOK')).toEqual(
      {
        phase: 'working',
        label: 'Waiting for a sync worker…',
      },
    );
    expect(
      progressFromOutcome({ synced: false, jobId: 'j1', status: 'running' }, 'TIKTOK'),
    ).toEqual({
      phase: 'working',
      label: 'Syncing with TikTok…',
    });
    expect(
      progressFromOutcome({ synced: false, jobId: 'j1', status: 'succeeded' }, 'TIKTOK'),
    ).toEqual({
      phase: 'done',
      message: 'Synced.',
    });
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'failed' }, 'TIKTOK')).toEqual(
      {
        phase: 'failed',
        message: 'The sync failed. Tally will try again later.',
      },
    );
  });
});

describe('progressFromStatus', () => {
  it('counts the videos of a finished sync when it knows them', () => {
    expect(progressFromStatus({ status: 'succeeded', videos: 3, error: null }, 'TIKTOK')).toEqual({
      phase: 'done',
      message: 'Synced: 3 videos read.',
    });
    expect(progressFromStatus({ status: 'succeeded', videos: 1, error: null }, 'TIKTOK')).toEqual({
      phase: 'done',
      message: 'Synced: 1 video read.',
    });
    expect(
      progressFromStatus({ status: 'succeeded', videos: null, error: null }, 'TIKTOK'),
    ).toEqual({
      phase: 'done',
      message: 'Synced.',
    });
  });

  it("gives a failure's reason when there is one", () => {
    expect(
      progressFromStatus(
        { status: 'failed', videos: null, error: 'TikTok refused the token' },
        'TIKTOK',
      ),
    ).toEqual({
      phase: 'failed',
      message: 'The sync failed: TikTok refused the token. Tally will try again later.',
    });
    expect(progressFromStatus({ status: 'failed', videos: null, error: '' }, 'TIKTOK')).toEqual({
      phase: 'failed',
      message: 'The sync failed. Tally will try again later.',
    });
  });

  it('is idle for a creator never synced', () => {
    expect(progressFromStatus({ status: null, videos: null, error: null }, 'TIKTOK')).toEqual({
      phase: 'idle',
    });
  });
});

describe('a sync refused because the platform quota is spent', () => {
  // Sunday 15 March 2026, 12:00 UTC; midnight Pacific (daylight) time is 07:00 UTC on the 16th.
  const now = new Date('2026-03-15T12:00:00.000Z');
  const untilReset = 19 * 3600;

  it('says whose quota is spent and when to try again, on the viewer’s clock', () => {
    expect(quotaExhaustedMessage('YOUTUBE', untilReset, { now, timeZone: 'UTC' })).toBe(
      'YouTube’s daily quota for Tally is used up, so no sync can start now. Try again after 7:00 AM UTC tomorrow (in about 19 hours). Scheduled syncs carry on then by themselves.',
    );
    expect(
      quotaExhaustedMessage('YOUTUBE', untilReset, { now, timeZone: 'America/Los_Angeles' }),
    ).toContain('Try again after 12:00 AM PDT tomorrow (in about 19 hours).');
    expect(quotaExhaustedMessage('YOUTUBE', 600, { now, timeZone: 'UTC' })).toContain(
      'Try again after 12:10 PM UTC today (in 10 minutes).',
    );
  });

  it('names the reset without a Retry-After', () => {
    expect(quotaExhaustedMessage('YOUTUBE', null)).toBe(
      'YouTube’s daily quota for Tally is used up, so no sync can start now. Try again after it resets at midnight Pacific time.',
    );
  });

  it('takes the 429 platform_quota_exhausted apart from other failures', () => {
    const quota = new ApiError(429, 'platform_quota_exhausted', 'spent', [], 'req-1', untilReset);
    expect(progressFromError(quota, 'YOUTUBE', { now, timeZone: 'UTC' })).toEqual({
      phase: 'failed',
      message: quotaExhaustedMessage('YOUTUBE', untilReset, { now, timeZone: 'UTC' }),
    });
    const limited = new ApiError(429, 'rate_limited', 'slow down', [], null, 30);
    expect(progressFromError(limited, 'YOUTUBE', { now })).toEqual({
      phase: 'failed',
      message: 'Too many requests right now. Try again in 30 seconds.',
    });
  });
});
