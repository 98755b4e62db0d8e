import type { CredentialOwner, UserKind } from '../../api/types';

export const OWNER_KIND_LABELS: Record<UserKind, string> = {
  human: 'Member',
  service: 'Service user',
};

/** "You" for the signed-in user's own, else the member's email or the service user's name. */
export function ownerLabel(owner: CredentialOwner, myUserId: string | undefined): string {
  return owner.kind === 'human' && owner.id === myUserId ? 'You' : owner.name;
}

/** The badges beside a key's or client's name that say why it is refused. */
export function credentialWarnings(credential: {
  enabled: boolean;
  owner: CredentialOwner;
  revokedAt: string | null;
}): { text: string; title: string }[] {
  if (credential.revokedAt) return [];
  return [
    ...(credential.enabled
      ? []
      : [{ text: 'Paused', title: 'Refused until it is enabled again; it is not revoked.' }]),
    ...(credential.owner.enabled
      ? []
      : [
          {
            text: 'Owner disabled',
            title: `Refused while ${credential.owner.name} is disabled.`,
          },
        ]),
  ];
}
