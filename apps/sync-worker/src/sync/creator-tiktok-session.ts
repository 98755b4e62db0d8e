import type { PlatformTokens } from '@tally/platform-kit';
import {
  DEFAULT_VIDEO_FIELDS,
  type ListVideosRequest,
  paginateVideos,
  type TikTokClient,
  TikTokError,
  type TikTokUser,
  type TikTokUserField,
  type TikTokVideoPage,
  type TokenRefresher,
} from '@tally/tiktok';

type DisplayClient = Pick<TikTokClient, 'userInfo' | 'listVideos'>;
type Refresher = Pick<TokenRefresher, 'freshTokens' | 'refreshAfterRejection'>;

/**
 * TikTok calls on behalf of one creator. It starts from fresh tokens; when
 * TikTok refuses the access token anyway (revoked early, clocks apart), it
 * refreshes once and repeats that call once with the new token.
 */
export class CreatorTikTokSession {
  private constructor(
    private readonly client: DisplayClient,
    private readonly refresher: Refresher,
    private readonly creatorId: string,
    private tokens: PlatformTokens,
  ) {}

  static async open(
    client: DisplayClient,
    refresher: Refresher,
    creatorId: string,
  ): Promise<CreatorTikTokSession> {
    const tokens = await refresher.freshTokens(creatorId);
    return new CreatorTikTokSession(client, refresher, creatorId, tokens);
  }

  /** What the creator granted; empty when it was never recorded. */
  get scopes(): readonly string[] {
    return this.tokens.scopes;
  }

  userInfo(fields: readonly TikTokUserField[]): Promise<TikTokUser> {
    return this.call((accessToken) => this.client.userInfo(accessToken, fields));
  }

  /** Every page of the creator's videos, newest first. */
  videoPages(): AsyncGenerator<TikTokVideoPage, void, undefined> {
    // paginateVideos hands every page the token it started with; a refresh
    // between pages replaces it, so each page asks the session for the latest.
    const lister = {
      listVideos: (_startToken: string, request: ListVideosRequest) =>
        this.call((accessToken) => this.client.listVideos(accessToken, request)),
    };
    return paginateVideos(lister, this.tokens.accessToken, { fields: DEFAULT_VIDEO_FIELDS });
  }

  private async call<T>(request: (accessToken: string) => Promise<T>): Promise<T> {
    const used = this.tokens.accessToken;
    try {
      return await request(used);
    } catch (error) {
      if (!(error instanceof TikTokError) || error.kind !== 'access_token_invalid') throw error;
      this.tokens = await this.refresher.refreshAfterRejection(this.creatorId, used);
      return request(this.tokens.accessToken);
    }
  }
}
