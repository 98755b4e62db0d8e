import { api } from './api-client';
import type { ApiKeyView, CredentialMetadata, OAuthClientView, Page } from './types';

export const KEY_PAGE_SIZE = 20;

/** What `PATCH` changes on a key or an OAuth client. */
export interface CredentialUpdate {
  enabled?: boolean;
  name?: string;
  metadata?: CredentialMetadata;
}

/** Which API the key or client lives under. */
export type CredentialKind = 'key' | 'oauth-client';

const BASES: Record<CredentialKind, string> = {
  key: '/api/v1/keys',
  'oauth-client': '/api/v1/oauth-clients',
};

export const keysApi = {
  /** `ownerUserId`: only the keys that user owns. */
  list: (cursor: string | undefined, ownerUserId: string | undefined, signal?: AbortSignal) =>
    api.get<Page<ApiKeyView>>(BASES.key, { limit: KEY_PAGE_SIZE, cursor, ownerUserId }, signal),
};

/** Pauses, resumes, renames a key or a client, or replaces its metadata. */
export function updateCredential<T extends ApiKeyView | OAuthClientView>(
  kind: CredentialKind,
  id: string,
  update: CredentialUpdate,
): Promise<T> {
  return api.patch<T>(`${BASES[kind]}/${encodeURIComponent(id)}`, update);
}
