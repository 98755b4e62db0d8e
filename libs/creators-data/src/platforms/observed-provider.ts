import type {
  AuthorizationRequest,
  MediaPage,
  PlatformProfile,
  PlatformProvider,
  PlatformTokens,
} from '@tally/platform-kit';

/** A provider whose every failure is shown to `onFailure` first, then thrown as it was. */
export class ObservedProvider implements PlatformProvider {
  readonly platform: PlatformProvider['platform'];
  readonly limits: PlatformProvider['limits'];

  constructor(
    private readonly inner: PlatformProvider,
    private readonly onFailure: (error: unknown) => Promise<void> | void,
  ) {
    this.platform = inner.platform;
    this.limits = inner.limits;
  }

  authorizationUrl(request: AuthorizationRequest): string {
    return this.inner.authorizationUrl(request);
  }

  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<PlatformTokens> {
    return this.observe(this.inner.exchangeCode(code, redirectUri, codeVerifier));
  }

  refresh(tokens: PlatformTokens): Promise<PlatformTokens> {
    return this.observe(this.inner.refresh(tokens));
  }

  revoke(tokens: PlatformTokens): Promise<void> {
    return this.observe(this.inner.revoke(tokens));
  }

  profile(tokens: PlatformTokens): Promise<PlatformProfile> {
    return this.observe(this.inner.profile(tokens));
  }

  mediaPage(
    tokens: PlatformTokens,
    profile: PlatformProfile,
    cursor: string | null,
  ): Promise<MediaPage> {
    return this.observe(this.inner.mediaPage(tokens, profile, cursor));
  }

  private async observe<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      await this.onFailure(error);
      throw error;
    }
  }
}
