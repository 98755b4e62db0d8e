import {
  type ListVideosRequest,
  TIKTOK_ENDPOINTS,
  TikTokClient,
  type TikTokClientOptions,
  type TikTokUser,
  type TikTokUserField,
  type TikTokVideo,
  type TikTokVideoField,
  type TikTokVideoPage,
} from '@tally/tiktok';
import type { AcquireOptions, UpstreamLimiter } from './upstream-limiter.js';

/**
 * The TikTok client whose Display API calls (user info, video list, video
 * query) each take a slot of their endpoint's limit first, shared by every
 * process that calls TikTok. OAuth calls go straight through: TikTok documents
 * no limit for them. With `maxWaitMs`, a call whose slot is further away than
 * that fails at once with UpstreamBusyError (for callers a person waits on).
 */
export class RateLimitedTikTokClient extends TikTokClient {
  constructor(
    options: TikTokClientOptions,
    private readonly limiter: Pick<UpstreamLimiter, 'acquire'>,
    private readonly slotOptions: AcquireOptions = {},
  ) {
    super(options);
  }

  override async userInfo(
    accessToken: string,
    fields: readonly TikTokUserField[],
  ): Promise<TikTokUser> {
    await this.limiter.acquire(TIKTOK_ENDPOINTS.userInfo, this.slotOptions);
    return super.userInfo(accessToken, fields);
  }

  override async listVideos(
    accessToken: string,
    request: ListVideosRequest,
  ): Promise<TikTokVideoPage> {
    await this.limiter.acquire(TIKTOK_ENDPOINTS.videoList, this.slotOptions);
    return super.listVideos(accessToken, request);
  }

  override async queryVideos(
    accessToken: string,
    ids: readonly string[],
    fields?: readonly TikTokVideoField[],
  ): Promise<TikTokVideo[]> {
    // No ids, no call: the parent answers without asking TikTok.
    if (ids.length > 0) await this.limiter.acquire(TIKTOK_ENDPOINTS.videoQuery, this.slotOptions);
    return super.queryVideos(accessToken, ids, fields);
  }
}
