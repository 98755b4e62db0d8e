import { TikTokError, type TikTokErrorKind } from '@tally/tiktok';
import { NoStoredGrantError, PlatformError, type PlatformErrorKind } from '@tally/platform-kit';
import { UnrecoverableError } from 'bullmq';
import { UpstreamBusyError, UpstreamLimiterClosedError } from '@tally/creators-data';
import { classifySyncFailure } from './sync-failure.js';

const tiktok = (kind: TikTokErrorKind, retryAfterSeconds?: number) =>
  new TikTokError({ kind, endpoint: '/v2/video/list/', message: kind, retryAfterSeconds });

const youtube = (kind: PlatformErrorKind, retryAfterSeconds?: number) =>
  new PlatformError({
    platform: 'YOUTUBE',
    kind,
    endpoint: '/youtube/v3/videos',
    message: kind,
    retryAfterSeconds,
  });

describe('classifySyncFailure', () => {
  it('asks for a reconnection when no grant is stored any more', () => {
    expect(classifySyncFailure(new NoStoredGrantError('creator-1')).kind).toBe('reauth_required');
  });

  it('puts the job off until the daily quota has room, or an hour when the platform did not say', () => {
    expect(classifySyncFailure(youtube('quota_exhausted', 5400))).toMatchObject({
      kind: 'deferred',
      delayMs: 5_400_000,
    });
    expect(classifySyncFailure(youtube('quota_exhausted'))).toMatchObject({
      kind: 'deferred',
      delayMs: 3_600_000,
    });
  });

  it("puts only the job off after another platform's rate limit, which is not the whole app's", () => {
    expect(classifySyncFailure(youtube('rate_limited', 30))).toMatchObject({
      kind: 'deferred',
      delayMs: 30_000,
    });
  });

  it("puts the job off for as long as a creator's slot is away", () => {
    expect(classifySyncFailure(new UpstreamBusyError('user:1784', 42_000))).toMatchObject({
      kind: 'deferred',
      delayMs: 42_000,
    });
  });

  it('does not retry a sync of something the platform does not know', () => {
    expect(classifySyncFailure(youtube('not_found')).kind).toBe('permanent');
  });

  it('asks for a reconnection when the grant is dead', () => {
    expect(classifySyncFailure(tiktok('invalid_grant')).kind).toBe('reauth_required');
  });

  it('pauses for TikTok’s Retry-After after a 429, or a minute when it sent none', () => {
    expect(classifySyncFailure(tiktok('rate_limited', 7))).toMatchObject({
      kind: 'rate_limited',
      pauseMs: 7000,
    });
    expect(classifySyncFailure(tiktok('rate_limited'))).toMatchObject({ pauseMs: 60_000 });
  });

  it('keeps a Retry-After within one second and ten minutes', () => {
    expect(classifySyncFailure(tiktok('rate_limited', 0))).toMatchObject({ pauseMs: 1000 });
    expect(classifySyncFailure(tiktok('rate_limited', 86_400))).toMatchObject({
      pauseMs: 600_000,
    });
  });

  it('sees a wait for the upstream limit cut short by shutdown as an interruption', () => {
    expect(classifySyncFailure(new UpstreamLimiterClosedError('/v2/video/list/')).kind).toBe(
      'interrupted',
    );
  });

  it.each(['upstream_unavailable', 'invalid_response', 'access_token_invalid'] as const)(
    'retries after %s',
    (kind) => {
      expect(classifySyncFailure(tiktok(kind)).kind).toBe('transient');
    },
  );

  it.each(['invalid_client', 'invalid_request', 'scope_not_authorized'] as const)(
    'does not retry after %s',
    (kind) => {
      expect(classifySyncFailure(tiktok(kind)).kind).toBe('permanent');
    },
  );

  it('retries after errors that are not TikTok’s, such as a database outage', () => {
    expect(classifySyncFailure(new Error('Connection terminated'))).toEqual({
      kind: 'transient',
      reason: 'Connection terminated',
    });
  });

  it('does not retry what is already unrecoverable', () => {
    expect(classifySyncFailure(new UnrecoverableError('no')).kind).toBe('permanent');
  });
});
