import {
  type AuthorizationRequest,
  type BeforePlatformCall,
  type FetchFunction,
  type MediaPage,
  PlatformError,
  type PlatformErrorKind,
  type PlatformLimits,
  type PlatformMedia,
  type PlatformProfile,
  type PlatformProvider,
  type PlatformTokens,
  type RawAnswer,
} from '@tally/platform-kit';
import { z } from 'zod';
import { channelListSchema, toPlatformProfile } from '../data-api/channel.js';
import { readDataAnswer } from '../data-api/data-answer.js';
import { playlistItemListSchema } from '../data-api/playlist-items.js';
import { toPlatformMedia, videoListSchema } from '../data-api/video.js';
import { youtubeError } from '../errors/youtube-error.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { sendRequest } from '../http/send-request.js';
import { buildAuthorizationUrl } from '../oauth/authorization-url.js';
import { readOAuthAnswer } from '../oauth/oauth-answer.js';
import { splitScopes, type TokenAnswer, tokenAnswerSchema } from '../oauth/token-answer.js';
import { youtubeLimits } from '../quota/quota.js';
import { YOUTUBE_ENDPOINTS } from './youtube-endpoints.js';

export interface YouTubeClientOptions {
  clientId: string;
  clientSecret: string;
  /** Origin of Google's consent page, e.g. `https://accounts.google.com`. */
  authBaseUrl: string;
  /** Origin of the token and revocation endpoints, e.g. `https://oauth2.googleapis.com`. */
  tokenBaseUrl: string;
  /** Origin of the Data API, e.g. `https://www.googleapis.com` (paths keep `/youtube/v3/`). */
  apiBaseUrl: string;
  /** The server key for public lookups; without one they fail with `invalid_client`. */
  apiKey?: string;
  /** Budget for one call, from sending to the last byte of the answer. */
  timeoutMs: number;
  /** The project's daily quota (10,000 unless Google granted more). */
  quotaUnitsPerDay?: number;
  /** Runs before each Data API call (each costs quota units): the shared quota lives behind it. */
  beforeCall?: BeforePlatformCall;
  fetch?: FetchFunction;
  /** Milliseconds since the epoch; injectable so that expiry and reset times can be tested. */
  now?: () => number;
}

/** Who a public lookup is for: a handle (with or without `@`) or a channel id (`UC...`). */
export type ChannelLookup = { handle: string } | { id: string };

/** Most items per `playlistItems.list` page and ids per `videos.list` call. */
export const YOUTUBE_MAX_RESULTS = 50;

type Credential = { accessToken: string } | { apiKey: string };

/**
 * A typed client of Google OAuth 2.0 (web-server flow) and the YouTube Data
 * API v3. Every answer is checked; every failure is a PlatformError whose
 * `kind` says what to do next. Each Data API call costs quota units
 * (YOUTUBE_UNIT_COSTS); OAuth calls cost none.
 */
export class YouTubeClient implements PlatformProvider {
  readonly platform = 'YOUTUBE' as const;
  readonly limits: PlatformLimits;
  private readonly fetchFunction: FetchFunction;
  private readonly now: () => number;

  constructor(private readonly options: YouTubeClientOptions) {
    this.fetchFunction = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.limits = youtubeLimits(options.quotaUnitsPerDay);
  }

  authorizationUrl(request: AuthorizationRequest): string {
    return buildAuthorizationUrl(this.options.authBaseUrl, this.options.clientId, request);
  }

  /**
   * Trades the callback's code for tokens, then reads the channel id with
   * `channels.list?mine=true&part=id` (1 quota unit): Google's tokens name the
   * Google account, not its YouTube channel. A Google account without a
   * channel fails with `not_found`.
   */
  async exchangeCode(
    code: string,
    redirectUri: string,
    codeVerifier?: string,
  ): Promise<PlatformTokens> {
    const { answer, sentAt } = await this.requestTokens({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
    });
    const accessToken = answer.access_token;
    const channels = await this.getData(
      YOUTUBE_ENDPOINTS.channels,
      { part: 'id', mine: 'true' },
      { accessToken },
      channelListSchema,
    );
    const channel = channels.items[0];
    if (channel === undefined) {
      await this.dropChannelessGrant(answer);
      throw noChannel();
    }
    return {
      externalUserId: channel.id,
      scopes: splitScopes(answer.scope ?? ''),
      accessToken,
      accessTokenExpiresAt: new Date(sentAt + answer.expires_in * 1000),
      refreshToken: answer.refresh_token ?? null,
      refreshTokenExpiresAt: null,
      tokenType: answer.token_type,
    };
  }

  /**
   * A grant on a Google account without a channel is of no use to anyone:
   * no account of Tally can hold it, so it is revoked at once (best effort).
   * Other failures after the exchange leave the grant alone: it may be one
   * another account of Tally already holds for the same channel.
   */
  private async dropChannelessGrant(answer: TokenAnswer): Promise<void> {
    await this.revoke({
      externalUserId: '',
      scopes: [],
      accessToken: answer.access_token,
      accessTokenExpiresAt: new Date(this.now()),
      refreshToken: answer.refresh_token ?? null,
      refreshTokenExpiresAt: null,
      tokenType: answer.token_type,
    }).catch(() => undefined);
  }

  /** A new access token; Google keeps the refresh token unless it sends another. */
  async refresh(tokens: PlatformTokens): Promise<PlatformTokens> {
    if (tokens.refreshToken === null) {
      throw youtubeError({
        kind: 'invalid_grant',
        endpoint: YOUTUBE_ENDPOINTS.token,
        message: 'the grant has no refresh token (it was not given offline access)',
      });
    }
    const { answer, sentAt } = await this.requestTokens({
      grant_type: 'refresh_token',
      refresh_token: tokens.refreshToken,
    });
    return {
      externalUserId: tokens.externalUserId,
      scopes: answer.scope === undefined ? tokens.scopes : splitScopes(answer.scope),
      accessToken: answer.access_token,
      accessTokenExpiresAt: new Date(sentAt + answer.expires_in * 1000),
      refreshToken: answer.refresh_token ?? tokens.refreshToken,
      refreshTokenExpiresAt: null,
      tokenType: answer.token_type,
    };
  }

  /**
   * Ends the grant. Revoking the refresh token ends its access tokens too; a
   * token Google no longer knows (400 `invalid_token`) is already gone.
   */
  async revoke(tokens: PlatformTokens): Promise<void> {
    const endpoint = YOUTUBE_ENDPOINTS.revoke;
    // In the body, not the query Google's examples use: tokens stay out of URLs and access logs.
    const answer = await this.postForm(endpoint, {
      token: tokens.refreshToken ?? tokens.accessToken,
    });
    try {
      readOAuthAnswer(answer, endpoint, z.unknown(), this.now());
    } catch (error) {
      if (isTokenAlreadyGone(error)) return;
      throw error;
    }
  }

  /** The creator's own channel (`channels.list?mine=true`, 1 unit). */
  async profile(tokens: PlatformTokens): Promise<PlatformProfile> {
    const channels = await this.getData(
      YOUTUBE_ENDPOINTS.channels,
      { part: 'snippet,statistics,contentDetails', mine: 'true' },
      { accessToken: tokens.accessToken },
      channelListSchema,
    );
    const channel = channels.items[0];
    if (channel === undefined) throw noChannel();
    return toPlatformProfile(channel);
  }

  /**
   * One page of up to 50 uploads, newest first: the ids from the uploads
   * playlist (`playlistItems.list`, 1 unit), then their details and statistics
   * (`videos.list`, 1 unit). Videos YouTube no longer returns (deleted) are left out.
   */
  async mediaPage(
    tokens: PlatformTokens,
    profile: PlatformProfile,
    cursor: string | null,
  ): Promise<MediaPage> {
    const playlistId = profile.platformData.uploadsPlaylistId;
    if (typeof playlistId !== 'string' || playlistId === '') {
      throw youtubeError({
        kind: 'invalid_request',
        endpoint: YOUTUBE_ENDPOINTS.playlistItems,
        message: 'the profile has no uploads playlist (platformData.uploadsPlaylistId)',
      });
    }
    const credential = { accessToken: tokens.accessToken };
    const page = await this.uploadsPage(playlistId, cursor, credential, profile.videoCount);
    const ids = page.items.map((item) => item.contentDetails.videoId);
    const media = await this.videos(ids, credential);
    return { media, nextCursor: page.nextPageToken ?? null };
  }

  /** A public channel by handle or id, with the server key (1 unit); null when none matches. */
  async lookupChannel(lookup: ChannelLookup): Promise<PlatformProfile | null> {
    const query: Record<string, string> =
      'handle' in lookup ? { forHandle: `@${lookup.handle.replace(/^@/, '')}` } : { id: lookup.id };
    const channels = await this.getData(
      YOUTUBE_ENDPOINTS.channels,
      { part: 'snippet,statistics,contentDetails', ...query },
      this.serverKey(YOUTUBE_ENDPOINTS.channels),
      channelListSchema,
    );
    const channel = channels.items[0];
    return channel === undefined ? null : toPlatformProfile(channel);
  }

  /** Public videos by id, with the server key (1 unit per call of up to 50); unknown ids are left out. */
  lookupVideos(ids: readonly string[]): Promise<PlatformMedia[]> {
    return this.videos(ids, this.serverKey(YOUTUBE_ENDPOINTS.videos));
  }

  private async uploadsPage(
    playlistId: string,
    cursor: string | null,
    credential: Credential,
    videoCount: number | null,
  ) {
    try {
      return await this.getData(
        YOUTUBE_ENDPOINTS.playlistItems,
        {
          part: 'contentDetails',
          playlistId,
          maxResults: String(YOUTUBE_MAX_RESULTS),
          ...(cursor === null ? {} : { pageToken: cursor }),
        },
        credential,
        playlistItemListSchema,
      );
    } catch (error) {
      // YouTube may answer playlistNotFound for the uploads playlist of a channel that never uploaded.
      if (cursor === null && videoCount === 0 && isPlatformError(error, 'not_found')) {
        return { items: [], nextPageToken: undefined };
      }
      throw error;
    }
  }

  private async videos(ids: readonly string[], credential: Credential): Promise<PlatformMedia[]> {
    const endpoint = YOUTUBE_ENDPOINTS.videos;
    if (ids.length === 0) return [];
    if (ids.length > YOUTUBE_MAX_RESULTS) {
      throw youtubeError({
        kind: 'invalid_request',
        endpoint,
        message: `at most ${YOUTUBE_MAX_RESULTS} video ids per call, got ${ids.length}`,
      });
    }
    const answer = await this.getData(
      endpoint,
      { part: 'snippet,statistics,contentDetails', id: ids.join(',') },
      credential,
      videoListSchema,
    );
    const byId = new Map(answer.items.map((video) => [video.id, video]));
    return ids.flatMap((id) => {
      const video = byId.get(id);
      return video === undefined ? [] : [toPlatformMedia(video)];
    });
  }

  private serverKey(endpoint: string): Credential {
    const apiKey = this.options.apiKey;
    if (apiKey === undefined || apiKey === '') {
      throw youtubeError({
        kind: 'invalid_client',
        endpoint,
        message: 'public lookups need a server key (YOUTUBE_API_KEY)',
      });
    }
    return { apiKey };
  }

  private async getData<Schema extends z.ZodType>(
    endpoint: string,
    params: Record<string, string>,
    credential: Credential,
    schema: Schema,
  ): Promise<z.infer<Schema>> {
    await this.options.beforeCall?.({ endpoint });
    const query = new URLSearchParams(params);
    const headers: Record<string, string> = { accept: 'application/json' };
    if ('apiKey' in credential) query.set('key', credential.apiKey);
    else headers.authorization = `Bearer ${credential.accessToken}`;
    const answer = await this.send(
      endpoint,
      endpointUrl(this.options.apiBaseUrl, endpoint, query),
      {
        method: 'GET',
        headers,
      },
    );
    return readDataAnswer(answer, endpoint, schema, this.now());
  }

  private async requestTokens(
    grant: Record<string, string>,
  ): Promise<{ answer: TokenAnswer; sentAt: number }> {
    const endpoint = YOUTUBE_ENDPOINTS.token;
    // Expiry counts from before the request: never later than Google's own clock.
    const sentAt = this.now();
    const raw = await this.postForm(endpoint, {
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      ...grant,
    });
    return { answer: readOAuthAnswer(raw, endpoint, tokenAnswerSchema, this.now()), sentAt };
  }

  private postForm(endpoint: string, fields: Record<string, string>): Promise<RawAnswer> {
    return this.send(endpoint, endpointUrl(this.options.tokenBaseUrl, endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  private send(endpoint: string, url: string, init: RequestInit): Promise<RawAnswer> {
    return sendRequest(this.fetchFunction, {
      endpoint,
      url,
      init,
      timeoutMs: this.options.timeoutMs,
    });
  }
}

function noChannel(): PlatformError {
  return youtubeError({
    kind: 'not_found',
    endpoint: YOUTUBE_ENDPOINTS.channels,
    message: 'no YouTube channel: the Google account has none',
  });
}

function isPlatformError(error: unknown, kind: PlatformErrorKind): error is PlatformError {
  return error instanceof PlatformError && error.kind === kind;
}

function isTokenAlreadyGone(error: unknown): boolean {
  return isPlatformError(error, 'invalid_grant') && error.code === 'invalid_token';
}
