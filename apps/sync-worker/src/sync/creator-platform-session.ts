import {
  type MediaPage,
  PlatformError,
  type PlatformProfile,
  type PlatformProvider,
  type PlatformTokens,
  type TokenRefresher,
} from '@tally/platform-kit';

type Reader = Pick<PlatformProvider, 'profile' | 'mediaPage'>;
type Refresher = Pick<TokenRefresher, 'freshTokens' | 'refreshAfterRejection'>;

/**
 * A platform's calls on behalf of one creator. It starts from fresh tokens;
 * when the platform refuses the access token anyway (revoked early, clocks
 * apart), it refreshes once and repeats that call once with the new token.
 */
export class CreatorPlatformSession {
  private cursor: string | null = null;

  private constructor(
    private readonly provider: Reader,
    private readonly refresher: Refresher,
    private readonly creatorId: string,
    private tokens: PlatformTokens,
  ) {}

  static async open(
    provider: Reader,
    refresher: Refresher,
    creatorId: string,
  ): Promise<CreatorPlatformSession> {
    const tokens = await refresher.freshTokens(creatorId);
    return new CreatorPlatformSession(provider, refresher, creatorId, tokens);
  }

  profile(): Promise<PlatformProfile> {
    return this.call((tokens) => this.provider.profile(tokens));
  }

  /** The cursor of the media page being read (null: the first): where a sync put off can go on. */
  get readingFrom(): string | null {
    return this.cursor;
  }

  /**
   * Every page of the creator's media, newest first, from `from` (null: the
   * newest), until the platform says there is no more.
   */
  async *mediaPages(
    profile: PlatformProfile,
    from: string | null = null,
  ): AsyncGenerator<MediaPage, void, undefined> {
    let cursor: string | null = from;
    const seen = new Set<string>();
    do {
      const pageCursor: string | null = cursor;
      this.cursor = pageCursor;
      const page: MediaPage = await this.call((tokens) =>
        this.provider.mediaPage(tokens, profile, pageCursor),
      );
      yield page;
      cursor = page.nextCursor;
      // A platform handing back a cursor it gave before would loop forever: that was the last page.
      if (cursor !== null && seen.has(cursor)) cursor = null;
      if (cursor !== null) seen.add(cursor);
    } while (cursor !== null);
  }

  private async call<T>(request: (tokens: PlatformTokens) => Promise<T>): Promise<T> {
    const used = this.tokens;
    try {
      return await request(used);
    } catch (error) {
      if (!(error instanceof PlatformError) || error.kind !== 'access_token_invalid') throw error;
      this.tokens = await this.refresher.refreshAfterRejection(this.creatorId, used.accessToken);
      return request(this.tokens);
    }
  }
}
