/** Scopes of Instagram API with Instagram Login the sandbox knows. */
export const INSTAGRAM_SCOPES = [
  'instagram_business_basic',
  'instagram_business_manage_insights',
  'instagram_business_manage_comments',
  'instagram_business_content_publish',
  'instagram_business_manage_messages',
] as const;

export const YOUTUBE_READONLY_SCOPE = 'https://www.googleapis.com/auth/youtube.readonly';

/** Google scopes the sandbox's consent page accepts. */
export const GOOGLE_SCOPES = [
  YOUTUBE_READONLY_SCOPE,
  'https://www.googleapis.com/auth/youtube',
  'openid',
  'email',
  'profile',
] as const;

/** How the sandbox plays Instagram; `PATCH /sandbox/settings/instagram` changes it while it runs. */
export interface InstagramSettings {
  appId: string;
  appSecret: string;
  redirectUris: string[];
  codeTtlSeconds: number;
  shortLivedTokenTtlSeconds: number;
  longLivedTokenTtlSeconds: number;
  /** Graph calls (`/me`, `/me/media`) per app and user over a sliding hour. */
  callsPerUserPerHour: number;
  /** What the hourly limit answers: 17 (user request limit) or 80002 (Business Use Case limit). */
  userLimitErrorCode: 17 | 80002;
}

/** How the sandbox plays Google's OAuth and the YouTube Data API. */
export interface YouTubeSettings {
  clientId: string;
  clientSecret: string;
  apiKey: string;
  redirectUris: string[];
  codeTtlSeconds: number;
  accessTokenTtlSeconds: number;
  /** Units per project per day, reset at midnight America/Los_Angeles. */
  dailyQuotaUnits: number;
}
