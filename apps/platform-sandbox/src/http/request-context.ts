import type { TikTokPath } from '../tiktok-endpoints.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the routes that play a TikTok endpoint: latency, faults, limits and stats apply. */
    tiktokPath?: TikTokPath;
  }
  interface FastifyRequest {
    /** TikTok's request id: `log_id` in bodies and the `x-tt-logid` header. */
    logId: string;
  }
}

export {};
