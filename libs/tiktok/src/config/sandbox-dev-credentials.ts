/**
 * The client credentials the TikTok sandbox accepts unless told otherwise
 * (TIKTOK_SANDBOX_CLIENT_KEY / TIKTOK_SANDBOX_CLIENT_SECRET). Not secrets: they
 * only ever open the local sandbox.
 */
export const SANDBOX_DEV_CLIENT_KEY = 'sbawtallysandboxdev';
export const SANDBOX_DEV_CLIENT_SECRET = 'tally-sandbox-dev-secret';
