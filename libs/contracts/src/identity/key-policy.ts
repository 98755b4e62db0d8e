/** How long a key may live: every key expires, never later than a year. */
export const KEY_EXPIRY_DAYS = [30, 60, 90, 180, 365] as const;
export type KeyExpiryDays = (typeof KEY_EXPIRY_DAYS)[number];

/** The longest an old key keeps working after a roll. */
export const MAX_ROLL_GRACE_DAYS = 7;

/** A browser origin as allow-lists hold it: scheme and host (and port), nothing after. */
export const ORIGIN_PATTERN = /^https?:\/\/[^/\s?#]+$/;
