import { describe, expect, it } from 'vitest';
import {
  canChangeRole,
  canRemove,
  credentialsSummary,
  removalNotice,
  type TeamPowers,
} from './team-rules';

const ADMIN: TeamPowers = { canWrite: true, canMakeOwners: false, myUserId: 'me' };
const OWNER: TeamPowers = { ...ADMIN, canMakeOwners: true };
const READER: TeamPowers = { ...OWNER, canWrite: false };

describe('canChangeRole', () => {
  it('lets an admin change admins and members, but not owners', () => {
    expect(canChangeRole(ADMIN, 'member')).toBe(true);
    expect(canChangeRole(ADMIN, 'admin')).toBe(true);
    expect(canChangeRole(ADMIN, 'owner')).toBe(false);
  });

  it('lets an owner change everyone, and nobody without users:write', () => {
    expect(canChangeRole(OWNER, 'owner')).toBe(true);
    expect(canChangeRole(READER, 'member')).toBe(false);
  });
});

describe('canRemove', () => {
  it('follows the same rule, never for yourself', () => {
    expect(canRemove(ADMIN, { id: 'u2', accountRole: 'member' })).toBe(true);
    expect(canRemove(ADMIN, { id: 'u2', accountRole: 'owner' })).toBe(false);
    expect(canRemove(OWNER, { id: 'u2', accountRole: 'owner' })).toBe(true);
    expect(canRemove(OWNER, { id: 'me', accountRole: 'owner' })).toBe(false);
    expect(canRemove(READER, { id: 'u2', accountRole: 'member' })).toBe(false);
  });
});

describe('credentialsSummary', () => {
  it('counts keys and clients in words, leaving out what is zero', () => {
    expect(credentialsSummary(0, 0)).toBeNull();
    expect(credentialsSummary(1, 0)).toBe('1 API key');
    expect(credentialsSummary(0, 3)).toBe('3 OAuth clients');
    expect(credentialsSummary(2, 1)).toBe('2 API keys and 1 OAuth client');
  });
});

describe('removalNotice', () => {
  it('says what was revoked along with the member', () => {
    expect(
      removalNotice('bob@acme.test', {
        removed: true,
        sessionsEnded: 2,
        keysRevoked: 2,
        oauthClientsRevoked: 0,
      }),
    ).toBe('bob@acme.test was removed; 2 API keys revoked');
    expect(
      removalNotice('bob@acme.test', {
        removed: true,
        sessionsEnded: 0,
        keysRevoked: 0,
        oauthClientsRevoked: 0,
      }),
    ).toBe('bob@acme.test was removed');
  });
});
