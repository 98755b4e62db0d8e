import { describe, expect, it } from 'vitest';
import { member, serviceUser } from '../../test/fixtures';
import { newOwnerOptions, ownerFilterOptions } from './owner-choices';

const MEMBERS = [
  member({ id: 'user-1', email: 'ada@acme.test' }),
  member({ id: 'user-2', email: 'bob@acme.test' }),
];
const SERVICE_USERS = [
  serviceUser({ id: 'su-1', name: 'CI deploy' }),
  serviceUser({ id: 'su-2', name: 'Old cron', enabled: false }),
];

describe('ownerFilterOptions', () => {
  it('offers every owner, you, the other members and every service user', () => {
    expect(ownerFilterOptions(MEMBERS, SERVICE_USERS, 'user-1')).toEqual([
      { value: '', label: 'Every owner' },
      { value: 'user-1', label: 'You' },
      { value: 'user-2', label: 'bob@acme.test' },
      { value: 'su-1', label: 'CI deploy (service user)' },
      { value: 'su-2', label: 'Old cron (service user)' },
    ]);
  });

  it('offers you even before the members have loaded', () => {
    expect(ownerFilterOptions([], [], 'user-1')).toEqual([
      { value: '', label: 'Every owner' },
      { value: 'user-1', label: 'You' },
    ]);
  });
});

describe('newOwnerOptions', () => {
  it('offers you first, then the service users that are enabled', () => {
    expect(newOwnerOptions(SERVICE_USERS)).toEqual([
      { value: '', label: 'You' },
      { value: 'su-1', label: 'CI deploy (service user)' },
    ]);
  });
});
