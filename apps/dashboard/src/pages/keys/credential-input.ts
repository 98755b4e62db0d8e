import type { CredentialMetadata } from '../../api/types';
import { parseMetadata } from '../../lib/metadata';

/**
 * A new key's or client's optional fields, sent only when set: the owner
 * ('' is the signed-in user) and the metadata (no text, or `{}`, is none).
 */
export function ownerAndMetadata(
  ownerUserId: string,
  metadataText: string,
): { ownerUserId?: string; metadata?: CredentialMetadata } {
  const metadata = parseMetadata(metadataText).metadata ?? {};
  return {
    ...(ownerUserId ? { ownerUserId } : {}),
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
  };
}
