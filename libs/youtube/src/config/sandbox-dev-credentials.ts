/**
 * The Google client and server key the platform sandbox accepts unless told
 * otherwise (GOOGLE_SANDBOX_CLIENT_ID / GOOGLE_SANDBOX_CLIENT_SECRET /
 * YOUTUBE_SANDBOX_API_KEY; the sandbox keeps its own copy of these values).
 * Not secrets: they only ever open the local sandbox.
 */
export const GOOGLE_SANDBOX_DEV_CLIENT_ID = 'sandbox-google-client.apps.googleusercontent.com';
export const GOOGLE_SANDBOX_DEV_CLIENT_SECRET = 'tally-sandbox-google-secret';
export const YOUTUBE_SANDBOX_DEV_API_KEY = 'tally-sandbox-youtube-key';
