import type {
  AuthorizationRequest,
  MediaPage,
  PlatformLimits,
  PlatformProfile,
  PlatformProvider,
  PlatformTokens,
} from '@tally/platform-kit';
import { TIKTOK_MAX_VIDEOS_PER_CALL, type TikTokClient } from '../client/tiktok-client.js';
import { TIKTOK_ENDPOINTS } from '../client/tiktok-endpoints.js';
import { DEFAULT_VIDEO_FIELDS } from '../display/video.js';
import { TikTokError } from '../errors/tiktok-error.js';
import type { TikTokTokens } from '../oauth/tiktok-tokens.js';
import { TIKTOK_SCOPES, type TikTokScope } from '../scopes.js';
import {
  grantedProfileFields,
  tiktokPlatformMedia,
  tiktokPlatformProfile,
} from './tiktok-mapping.js';

export interface TikTokProviderOptions {
  /** TIKTOK_RATE_LIMIT_PER_MINUTE: TikTok's limit per Display API endpoint. */
  limitPerMinute: number;
}

/** TikTok's Login Kit and Display API as a platform provider, over the TikTok client. */
export class TikTokProvider implements PlatformProvider {
  readonly platform = 'TIKTOK' as const;
  readonly limits: PlatformLimits;

  constructor(
    private readonly client: Pick<
      TikTokClient,
      'authorizeUrl' | 'exchangeCode' | 'refresh' | 'revoke' | 'userInfo' | 'listVideos'
    >,
    options: TikTokProviderOptions,
  ) {
    this.limits = { kind: 'per-endpoint-window', limit: options.limitPerMinute, windowMs: 60_000 };
  }

  authorizationUrl(request: AuthorizationRequest): string {
    return this.client.authorizeUrl({
      redirectUri: request.redirectUri,
      state: request.state,
      scopes: (request.scopes ?? TIKTOK_SCOPES) as readonly TikTokScope[],
      codeChallenge: request.codeChallenge,
    });
  }

  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<TikTokTokens> {
    return this.client.exchangeCode(code, redirectUri, codeVerifier);
  }

  /** TikTok rotates refresh tokens: the one in `tokens` stops working once this answers. */
  refresh(tokens: PlatformTokens): Promise<TikTokTokens> {
    if (tokens.refreshToken === null) {
      return Promise.reject(
        new TikTokError({
          kind: 'invalid_grant',
          endpoint: TIKTOK_ENDPOINTS.token,
          message: 'the grant has no refresh token',
        }),
      );
    }
    return this.client.refresh(tokens.refreshToken);
  }

  async revoke(tokens: PlatformTokens): Promise<void> {
    try {
      await this.client.revoke(tokens.accessToken);
    } catch (error) {
      if (error instanceof TikTokError && error.grantGone) return;
      throw error;
    }
  }

  async profile(tokens: PlatformTokens): Promise<PlatformProfile> {
    const user = await this.client.userInfo(
      tokens.accessToken,
      grantedProfileFields(tokens.scopes),
    );
    return tiktokPlatformProfile(user);
  }

  /**
   * The cursor is TikTok's: the millisecond timestamp of the page's oldest
   * video. A grant without `video.list` has no videos to read (a grant whose
   * scopes were never recorded is tried).
   */
  async mediaPage(
    tokens: PlatformTokens,
    _profile: PlatformProfile,
    cursor: string | null,
  ): Promise<MediaPage> {
    if (tokens.scopes.length > 0 && !tokens.scopes.includes('video.list')) {
      return { media: [], nextCursor: null };
    }
    const page = await this.client.listVideos(tokens.accessToken, {
      cursor: cursor === null ? undefined : Number(cursor),
      maxCount: TIKTOK_MAX_VIDEOS_PER_CALL,
      fields: DEFAULT_VIDEO_FIELDS,
    });
    // TikTok repeating a cursor would loop forever: that is the last page too.
    const ended = !page.hasMore || String(page.cursor) === cursor;
    return {
      media: page.videos.map(tiktokPlatformMedia),
      nextCursor: ended ? null : String(page.cursor),
    };
  }
}
