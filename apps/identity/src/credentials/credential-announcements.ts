import { IdentityCredentialsChanged, type RevokedCredentialKind } from '@tally/contracts';
import { announce, type ServiceClient } from '@tally/nest-kit';
import type { Logger } from '@nestjs/common';

/** A credential whose cached verdict every gateway must drop, and until when it matters. */
export interface ChangedCredential {
  kind: RevokedCredentialKind;
  credentialId: string;
  forgetAfter: Date;
}

/**
 * Tells every gateway that these credentials changed at `at` (paused, or
 * their permissions did), so that the next request reads them again. The
 * fast path: the gateways also resync from identity.revocations, so a lost
 * event delays a change, never loses it.
 */
export async function announceChanged(
  bus: ServiceClient,
  logger: Logger,
  changed: readonly ChangedCredential[],
  at: Date = new Date(),
): Promise<void> {
  if (changed.length === 0) return;
  const recordedAt = at.toISOString();
  await announce(bus, logger, IdentityCredentialsChanged, {
    revocations: changed.map((credential) => ({
      kind: credential.kind,
      credentialId: credential.credentialId,
      forgetAfter: credential.forgetAfter.toISOString(),
      recordedAt,
    })),
  });
}
