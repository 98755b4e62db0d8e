/**
 * The development credentials of the sandbox's Instagram app and Google
 * project: what the client libraries use when their platform's credentials are
 * not set (they keep their own copies, as `@tally/tiktok` does for TikTok's).
 */
export const SANDBOX_INSTAGRAM_APP_ID = 'sandbox-instagram-app';
export const SANDBOX_INSTAGRAM_APP_SECRET = 'tally-sandbox-instagram-secret';

export const SANDBOX_GOOGLE_CLIENT_ID = 'sandbox-google-client.apps.googleusercontent.com';
export const SANDBOX_GOOGLE_CLIENT_SECRET = 'tally-sandbox-google-secret';
export const SANDBOX_YOUTUBE_API_KEY = 'tally-sandbox-youtube-key';
