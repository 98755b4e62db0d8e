import { describe, expect, it } from 'vitest';
import { serviceUser } from '../../test/fixtures';
import { deleteWarning, deletionNotice, disableWarning } from './service-user-labels';

describe('disableWarning', () => {
  it('counts what stops working, within a second, without revoking it', () => {
    expect(disableWarning(serviceUser({ activeKeys: 2, activeOAuthClients: 1 }))).toBe(
      'Disabling it stops its 2 API keys and 1 OAuth client on every gateway within a second: requests with them are refused until you enable it again. Nothing is revoked.',
    );
  });

  it('speaks of keys and clients in general when it has none yet', () => {
    expect(disableWarning(serviceUser({ activeKeys: 0, activeOAuthClients: 0 }))).toMatch(
      /^Disabling it stops its keys and OAuth clients on every gateway/,
    );
  });
});

describe('deleteWarning', () => {
  it('says what is revoked for good', () => {
    expect(deleteWarning(serviceUser({ activeKeys: 1, activeOAuthClients: 0 }))).toBe(
      'Deleting it revokes its 1 API key, refused on every gateway within a second. This cannot be undone.',
    );
  });
});

describe('deletionNotice', () => {
  it('says what was revoked with it', () => {
    expect(deletionNotice('CI', { deleted: true, keysRevoked: 1, oauthClientsRevoked: 1 })).toBe(
      'CI was deleted; 1 API key and 1 OAuth client revoked',
    );
    expect(deletionNotice('CI', { deleted: true, keysRevoked: 0, oauthClientsRevoked: 0 })).toBe(
      'CI was deleted',
    );
  });
});
