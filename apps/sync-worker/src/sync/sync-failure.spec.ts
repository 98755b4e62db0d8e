import { TikTokError, type TikTokErrorKind } from '@tally/tiktok';
import { UnrecoverableError } from 'bullmq';
import { UpstreamLimiterClosedError } from '@tally/creators-data';
import { classifySyncFailure } from './sync-failure.js';

const tiktok = (kind: TikTokErrorKind, retryAfterSeconds?: number) =>
  new TikTokError({ kind, endpoint: '/v2/video/list/', message: kind, retryAfterSeconds });

describe('classifySyncFailure', () => {
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
