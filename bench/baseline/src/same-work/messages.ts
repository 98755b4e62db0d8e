// The messages between the same-work edge and its responder: plain JSON,
// one subject per question, every answer `{ ok, data }` or `{ ok, error }`.
import type { PagePosition, Principal } from '@tally/contracts';

export function subjectsOf(prefix: string) {
  return {
    verifyKey: `${prefix}.keys.verify`,
    listCreators: `${prefix}.creators.list`,
    listVideos: `${prefix}.creators.videos`,
    whoAmI: `${prefix}.users.me`,
    ping: `${prefix}.ping`,
  };
}

export type Subjects = ReturnType<typeof subjectsOf>;

export interface PageRequest {
  limit: number;
  position?: PagePosition;
}

export interface PageResult<T> {
  items: T[];
  next: PagePosition | null;
  prev: PagePosition | null;
}

export type KeyFailure = 'malformed' | 'unknown' | 'expired' | 'revoked' | 'disabled';

export type VerifyKeyAnswer =
  { valid: true; principal: Principal } | { valid: false; reason: KeyFailure };

export interface VerifyKeyRequest {
  key: string;
}

export interface ListCreatorsRequest {
  principal: Principal;
  page: PageRequest;
}

export interface ListVideosRequest {
  principal: Principal;
  creatorId: string;
  page: PageRequest;
}

export interface WhoAmIRequest {
  principal: Principal;
}

/** A refusal the responder decided (the creator is not the account's); the edge answers its status. */
export interface Refusal {
  code: string;
  status: number;
  message: string;
}

export type Answer<T> = { ok: true; data: T } | { ok: false; error: Refusal };
