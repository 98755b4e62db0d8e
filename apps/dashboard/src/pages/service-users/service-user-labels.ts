import type { DeletedServiceUser, ServiceUserView } from '../../api/types';
import { credentialsSummary } from '../team/team-rules';

/** What disabling, enabling or deleting a service user does, in words for its confirmation. */
export function disableWarning(serviceUser: ServiceUserView): string {
  const what =
    credentialsSummary(serviceUser.activeKeys, serviceUser.activeOAuthClients) ??
    'keys and OAuth clients';
  return `Disabling it stops its ${what} on every gateway within a second: requests with them are refused until you enable it again. Nothing is revoked.`;
}

export const ENABLE_NOTE =
  'Its keys and OAuth clients work again within a second, on every gateway (except those paused, revoked or expired).';

export function deleteWarning(serviceUser: ServiceUserView): string {
  const what =
    credentialsSummary(serviceUser.activeKeys, serviceUser.activeOAuthClients) ??
    'keys and OAuth clients';
  return `Deleting it revokes its ${what}, refused on every gateway within a second. This cannot be undone.`;
}

export function deletionNotice(name: string, deleted: DeletedServiceUser): string {
  const revoked = credentialsSummary(deleted.keysRevoked, deleted.oauthClientsRevoked);
  return revoked ? `${name} was deleted; ${revoked} revoked` : `${name} was deleted`;
}
