/** The scopes the sandbox has endpoints for; an app can be approved for any of them. */
export const TIKTOK_SCOPES = [
  'user.info.basic',
  'user.info.profile',
  'user.info.stats',
  'video.list',
] as const;

export type TikTokScope = (typeof TIKTOK_SCOPES)[number];

/** How the sandbox behaves; the admin routes change some of it while it runs. */
export interface SandboxSettings {
  /** The one registered app (client) the sandbox knows. */
  clientKey: string;
  clientSecret: string;
  /** Redirect URIs registered for the app, matched exactly. */
  redirectUris: string[];
  /** Scopes the app is approved for; asking for others fails the whole authorization. */
  approvedScopes: string[];
  /** Skip the consent page and approve at once. */
  autoApprove: boolean;
  codeTtlSeconds: number;
  accessTokenTtlSeconds: number;
  /** Counted from the first issue of a grant; rotated refresh tokens keep the remaining time. */
  refreshTokenTtlSeconds: number;
  /** Per endpoint and client key, over a sliding minute. */
  rateLimitPerMinute: number;
  /** Added before every TikTok endpoint answers. */
  latencyMs: number;
  /** OAuth errors answer HTTP 200 as TikTok's do; true answers 400/401 instead. */
  oauthErrorsWithHttpStatus: boolean;
}
