import type { PlatformId } from './platform-id.js';

/**
 * A creator's grant on a platform, with absolute expiry times. Whoever stores
 * these replaces every field in one write: refresh tokens may rotate.
 */
export interface PlatformTokens {
  /** The creator's account id on the platform (TikTok open_id, Instagram user_id, YouTube channel id). */
  externalUserId: string;
  /** The scopes actually granted (the creator may have refused some). */
  scopes: string[];
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Null where the platform refreshes the access token itself (Instagram's long-lived token). */
  refreshToken: string | null;
  /** Null where the refresh token does not expire on a known date (Google). */
  refreshTokenExpiresAt: Date | null;
  tokenType: string;
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  /** Defaults to everything Tally reads. */
  scopes?: readonly string[];
  /** PKCE (S256), where the platform takes it. */
  codeChallenge?: string;
}

/**
 * A creator's profile in Tally's terms. A count is null where the platform
 * has none or the creator did not grant it; `platformData` holds what only
 * this platform has (YouTube's uploads playlist, Instagram's account type).
 */
export interface PlatformProfile {
  externalUserId: string;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  bio: string | null;
  verified: boolean;
  profileUrl: string | null;
  /** Followers (YouTube: subscribers, rounded by YouTube to three significant figures). */
  followers: number | null;
  following: number | null;
  likes: number | null;
  videoCount: number | null;
  totalViews: number | null;
  platformData: Record<string, unknown>;
}

/** One post or video in Tally's terms; null where the platform does not say. */
export interface PlatformMedia {
  externalId: string;
  /** The video's title (TikTok's, YouTube's); Instagram has none. */
  title: string | null;
  /** TikTok's video description, Instagram's caption, YouTube's description. */
  description: string | null;
  permalink: string | null;
  thumbnailUrl: string | null;
  publishedAt: Date | null;
  durationSeconds: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  platformData: Record<string, unknown>;
}

export interface MediaPage {
  media: PlatformMedia[];
  /** Where the next page starts; null on the last page. Opaque, and not to be kept for long. */
  nextCursor: string | null;
}

/**
 * A platform's limits, as its limiter in the sync workers enforces them:
 * - `per-endpoint-window`: at most `limit` calls per endpoint in any sliding `windowMs` (TikTok);
 * - `per-user-window`: at most `limit` calls per creator's grant in any sliding `windowMs` (Instagram);
 * - `daily-units`: `unitsPerDay` quota units per project, each endpoint costing `costs[endpoint]`,
 *   reset at midnight in `resetTimeZone` (YouTube).
 */
export type PlatformLimits =
  | { kind: 'per-endpoint-window'; limit: number; windowMs: number }
  | { kind: 'per-user-window'; limit: number; windowMs: number }
  | {
      kind: 'daily-units';
      unitsPerDay: number;
      costs: Readonly<Record<string, number>>;
      resetTimeZone: string;
    };

/**
 * The one shape every platform client has, and all the rest of Tally knows
 * of a platform. Every method throws PlatformError (or the platform's own
 * subclass of Error with the same `kind`) on failure.
 */
export interface PlatformProvider {
  readonly platform: PlatformId;
  readonly limits: PlatformLimits;
  /** Where the creator's browser goes to grant access. */
  authorizationUrl(request: AuthorizationRequest): string;
  /** The grant for the code the platform sent back to `redirectUri`. */
  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<PlatformTokens>;
  /** A fresh grant from the current one (its refresh token, or the long-lived access token itself). */
  refresh(tokens: PlatformTokens): Promise<PlatformTokens>;
  /** Ends the grant at the platform; a grant already gone is not an error. */
  revoke(tokens: PlatformTokens): Promise<void>;
  profile(tokens: PlatformTokens): Promise<PlatformProfile>;
  /**
   * One page of the creator's media, newest first, from `cursor` (null: the
   * first page). `profile` is the one read in the same sync: some platforms
   * need it to find the media (YouTube's uploads playlist).
   */
  mediaPage(
    tokens: PlatformTokens,
    profile: PlatformProfile,
    cursor: string | null,
  ): Promise<MediaPage>;
}
