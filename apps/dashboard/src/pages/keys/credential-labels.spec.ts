import { describe, expect, it } from 'vitest';
import type { CredentialOwner } from '../../api/types';
import { credentialWarnings, ownerLabel } from './credential-labels';

const ME: CredentialOwner = { id: 'user-1', kind: 'human', name: 'ada@acme.test', enabled: true };
const BOT: CredentialOwner = { id: 'su-1', kind: 'service', name: 'CI deploy', enabled: true };

describe('ownerLabel', () => {
  it('says "You" for your own, and names anyone else', () => {
    expect(ownerLabel(ME, 'user-1')).toBe('You');
    expect(ownerLabel(ME, 'user-2')).toBe('ada@acme.test');
    expect(ownerLabel(ME, undefined)).toBe('ada@acme.test');
    expect(ownerLabel(BOT, 'su-1')).toBe('CI deploy');
  });
});

describe('credentialWarnings', () => {
  const working = { enabled: true, owner: BOT, revokedAt: null };

  it('is nothing for a credential that works', () => {
    expect(credentialWarnings(working)).toEqual([]);
  });

  it('says Paused, Owner disabled, or both', () => {
    expect(credentialWarnings({ ...working, enabled: false }).map((each) => each.text)).toEqual([
      'Paused',
    ]);
    const ownerOff = { ...working, owner: { ...BOT, enabled: false } };
    expect(credentialWarnings(ownerOff)).toEqual([
      { text: 'Owner disabled', title: 'Refused while CI deploy is disabled.' },
    ]);
    expect(credentialWarnings({ ...ownerOff, enabled: false }).map((each) => each.text)).toEqual([
      'Paused',
      'Owner disabled',
    ]);
  });

  it('is nothing once revoked: that says it all', () => {
    expect(
      credentialWarnings({ enabled: false, owner: BOT, revokedAt: '2026-03-01T00:00:00.000Z' }),
    ).toEqual([]);
  });
});
