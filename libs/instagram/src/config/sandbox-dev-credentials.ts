/**
 * The app credentials the platform sandbox accepts for Instagram unless told
 * otherwise (INSTAGRAM_SANDBOX_APP_ID / INSTAGRAM_SANDBOX_APP_SECRET). Not
 * secrets: they only ever open the local sandbox.
 */
export const INSTAGRAM_SANDBOX_DEV_APP_ID = 'sandbox-instagram-app';
export const INSTAGRAM_SANDBOX_DEV_APP_SECRET = 'tally-sandbox-instagram-secret';
