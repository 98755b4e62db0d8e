import type { TikTokPath } from '../tiktok-endpoints.js';
import type { PlatformEndpoint } from './platform-endpoints.js';

/** Any endpoint the sandbox plays, TikTok's or another platform's: faults and stats are kept per endpoint. */
export type SandboxEndpoint = TikTokPath | PlatformEndpoint;
