import type { AccountRole, RemovedMember } from '../../api/types';

/** What a user may do to a member or an invitation: anything about owners takes `account:admin`. */
export interface TeamPowers {
  canWrite: boolean;
  canMakeOwners: boolean;
  myUserId: string | undefined;
}

export function canChangeRole(powers: TeamPowers, role: AccountRole): boolean {
  return powers.canWrite && (role !== 'owner' || powers.canMakeOwners);
}

/** Not yourself: signing yourself out of the account is not done from a list. */
export function canRemove(powers: TeamPowers, member: { id: string; accountRole: AccountRole }) {
  return member.id !== powers.myUserId && canChangeRole(powers, member.accountRole);
}

function count(value: number, one: string): string {
  return `${value} ${one}${value === 1 ? '' : 's'}`;
}

/** "2 API keys and 1 OAuth client", or null when there were none. */
export function credentialsSummary(keys: number, clients: number): string | null {
  const parts = [
    keys > 0 ? count(keys, 'API key') : null,
    clients > 0 ? count(clients, 'OAuth client') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' and ') : null;
}

export function removalNotice(email: string, removed: RemovedMember): string {
  const revoked = credentialsSummary(removed.keysRevoked, removed.oauthClientsRevoked);
  return revoked ? `${email} was removed; ${revoked} revoked` : `${email} was removed`;
}
