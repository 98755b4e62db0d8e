import { describe, expect, it } from 'vitest';
import { progressFromOutcome, progressFromStatus } from './sync-progress';

describe('progressFromOutcome', () => {
  it('is done with the count of videos when the sync finished in time', () => {
    expect(
      progressFromOutcome({ synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 12 }),
    ).toEqual({ phase: 'done', message: 'Synced: 12 videos read.' });
    expect(
      progressFromOutcome({ synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 1 }),
    ).toEqual({ phase: 'done', message: 'Synced: 1 video read.' });
    expect(
      progressFromOutcome({ synced: true, syncedAt: '2026-03-15T12:00:00.000Z', videos: 0 }),
    ).toEqual({ phase: 'done', message: 'Synced: 0 videos read.' });
  });

  it("follows the job's state when it did not", () => {
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'queued' })).toEqual({
      phase: 'working',
      label: 'Waiting for a sync worker…',
    });
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'running' })).toEqual({
      phase: 'working',
      label: 'Syncing with TikTok…',
    });
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'succeeded' })).toEqual({
      phase: 'done',
      message: 'Synced.',
    });
    expect(progressFromOutcome({ synced: false, jobId: 'j1', status: 'failed' })).toEqual({
      phase: 'failed',
      message: 'The sync failed. Tally will try again later.',
    });
  });
});

describe('progressFromStatus', () => {
  it('counts the videos of a finished sync when it knows them', () => {
    expect(progressFromStatus({ status: 'succeeded', videos: 3, error: null })).toEqual({
      phase: 'done',
      message: 'Synced: 3 videos read.',
    });
    expect(progressFromStatus({ status: 'succeeded', videos: 1, error: null })).toEqual({
      phase: 'done',
      message: 'Synced: 1 video read.',
    });
    expect(progressFromStatus({ status: 'succeeded', videos: null, error: null })).toEqual({
      phase: 'done',
      message: 'Synced.',
    });
  });

  it("gives a failure's reason when there is one", () => {
    expect(
      progressFromStatus({ status: 'failed', videos: null, error: 'TikTok refused the token' }),
    ).toEqual({
      phase: 'failed',
      message: 'The sync failed: TikTok refused the token. Tally will try again later.',
    });
    expect(progressFromStatus({ status: 'failed', videos: null, error: '' })).toEqual({
      phase: 'failed',
      message: 'The sync failed. Tally will try again later.',
    });
  });

  it('is idle for a creator never synced', () => {
    expect(progressFromStatus({ status: null, videos: null, error: null })).toEqual({
      phase: 'idle',
    });
  });
});
