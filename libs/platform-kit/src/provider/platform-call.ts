/** One call a platform counts against its limits, as a client is about to send it. */
export interface PlatformCall {
  /** The platform path, e.g. `/me/media` or `/youtube/v3/videos`; never a full URL. */
  endpoint: string;
  /** The creator's account whose grant the call uses; absent for app-level calls (server-key lookups). */
  externalUserId?: string;
}

/**
 * Runs before each counted call: it may wait for the platform's limit, or
 * throw to refuse the call (nothing is sent then). Shared limits across
 * processes live behind it, outside the client.
 */
export type BeforePlatformCall = (call: PlatformCall) => Promise<void>;
