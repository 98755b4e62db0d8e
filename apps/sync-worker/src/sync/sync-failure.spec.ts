import { TikTokError, type TikTokErrorKind } from '@tally/tiktok';
import { UnrecoverableError } from 'bullmq';
import { classifySyncFailure } from './sync-failure.js';

const tiktok = (kind: TikTokErrorKind) =>
  new TikTokError({ kind, endpoint: '/v2/video/list/', message: kind });

describe('classifySyncFailure', () => {
  it('asks for a reconnection when the grant is dead', () => {
    expect(classifySyncFailure(tiktok('invalid_grant')).kind).toBe('reauth_required');
  });

  it.each([
    'rate_limited',
    'upstream_unavailable',
    'invalid_response',
    'access_token_invalid',
  ] as const)('retries after %s', (kind) => {
    expect(classifySyncFailure(tiktok(kind)).kind).toBe('transient');
  });

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
