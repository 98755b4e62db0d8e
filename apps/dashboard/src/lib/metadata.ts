import type { CredentialMetadata } from '../api/types';

// As MAX_CREDENTIAL_METADATA_BYTES and the name limit of CredentialMetadataSchema
// (libs/contracts/src/identity/credential-owner.ts, which is not browser-safe).
export const MAX_METADATA_BYTES = 4096;
const MAX_NAME_LENGTH = 200;
const EXAMPLE = 'like {"team": "billing"}';

export type ParsedMetadata =
  { metadata: CredentialMetadata; error?: undefined } | { metadata?: undefined; error: string };

/** The size the API counts: the object as UTF-8 JSON. */
export function metadataBytes(metadata: unknown): number {
  return new TextEncoder().encode(JSON.stringify(metadata)).length;
}

/** A metadata text box's content → the object to send; no text at all is an empty object. */
export function parseMetadata(text: string): ParsedMetadata {
  if (!text.trim()) return { metadata: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `This is not valid JSON. Write an object, ${EXAMPLE}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: `Write a JSON object, ${EXAMPLE}.` };
  if (Object.keys(value).some((name) => name.length > MAX_NAME_LENGTH))
    return { error: `Keep each name under ${MAX_NAME_LENGTH} characters.` };
  const bytes = metadataBytes(value);
  if (bytes > MAX_METADATA_BYTES)
    return { error: `Keep it to ${MAX_METADATA_BYTES} bytes of JSON at most (this is ${bytes}).` };
  return { metadata: value as CredentialMetadata };
}

/** Metadata as the text box shows it: nothing for none, indented JSON otherwise. */
export function metadataText(metadata: CredentialMetadata): string {
  return Object.keys(metadata).length === 0 ? '' : JSON.stringify(metadata, null, 2);
}

export function sameMetadata(a: CredentialMetadata, b: CredentialMetadata): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
