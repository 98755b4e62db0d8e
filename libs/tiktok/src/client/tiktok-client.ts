import { z } from 'zod';
import { readDisplayAnswer } from '../display/display-answer.js';
import type { TikTokUser, TikTokUserField } from '../display/user.js';
import { userInfoDataSchema } from '../display/user.js';
import {
  DEFAULT_VIDEO_FIELDS,
  type TikTokVideo,
  type TikTokVideoField,
  type TikTokVideoPage,
  videoListDataSchema,
  videoQueryDataSchema,
} from '../display/video.js';
import { TikTokError } from '../errors/tiktok-error.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { type FetchFunction, type RawAnswer, sendRequest } from '../http/send-request.js';
import { type AuthorizeUrlRequest, buildAuthorizeUrl } from '../oauth/authorize-url.js';
import { readOAuthAnswer } from '../oauth/oauth-answer.js';
import { type TikTokTokens, tokenAnswerSchema, toTikTokTokens } from '../oauth/tiktok-tokens.js';
import { TIKTOK_ENDPOINTS } from './tiktok-endpoints.js';

export interface TikTokClientOptions {
  /** Host of the consent page, e.g. `https://www.tiktok.com`. */
  authBaseUrl: string;
  /** Host of the OAuth and Display APIs, e.g. `https://open.tiktokapis.com`. */
  apiBaseUrl: string;
  clientKey: string;
  clientSecret: string;
  /** Budget for one call, from sending to the last byte of the answer. */
  timeoutMs: number;
  fetch?: FetchFunction;
  /** Milliseconds since the epoch; injectable so that expiry times can be tested. */
  now?: () => number;
}

export interface ListVideosRequest {
  /** `cursor` of the previous page (a millisecond timestamp); omit for the newest videos. */
  cursor?: number;
  /** Page size, clamped to TikTok's 1..20. */
  maxCount: number;
  fields?: readonly TikTokVideoField[];
}

/** TikTok's most videos per list page and per query. */
export const TIKTOK_MAX_VIDEOS_PER_CALL = 20;

/**
 * A typed client of TikTok's Login Kit and Display API v2. Every answer is
 * checked; every failure is a TikTokError whose `kind` says what to do next.
 */
export class TikTokClient {
  private readonly fetchFunction: FetchFunction;
  private readonly now: () => number;

  constructor(private readonly options: TikTokClientOptions) {
    this.fetchFunction = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  /** The consent page to send the creator's browser to. */
  authorizeUrl(request: AuthorizeUrlRequest): string {
    return buildAuthorizeUrl(this.options.authBaseUrl, this.options.clientKey, request);
  }

  /**
   * Trades the callback's `code` for tokens. Pass the code as the framework
   * decoded it from the callback query: it is form-encoded exactly once here.
   */
  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<TikTokTokens> {
    return this.requestTokens({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
    });
  }

  /** New tokens for the most recent refresh token; the one passed in stops working. */
  refresh(refreshToken: string): Promise<TikTokTokens> {
    return this.requestTokens({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** Withdraws the creator's authorization (access and refresh tokens). */
  async revoke(accessToken: string): Promise<void> {
    const endpoint = TIKTOK_ENDPOINTS.revoke;
    const answer = await this.postForm(endpoint, { token: accessToken });
    readOAuthAnswer(answer, endpoint, z.looseObject({}), this.now());
  }

  /** The creator's profile; only the requested fields (and `open_id`) come back. */
  async userInfo(accessToken: string, fields: readonly TikTokUserField[]): Promise<TikTokUser> {
    const endpoint = TIKTOK_ENDPOINTS.userInfo;
    const answer = await this.send(endpoint, fieldsQuery(['open_id', ...fields]), {
      method: 'GET',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return readDisplayAnswer(answer, endpoint, userInfoDataSchema, this.now()).user;
  }

  /** One page of the creator's public videos, newest first. Follow `cursor` while `hasMore`. */
  async listVideos(accessToken: string, request: ListVideosRequest): Promise<TikTokVideoPage> {
    const endpoint = TIKTOK_ENDPOINTS.videoList;
    const maxCount = Math.min(
      TIKTOK_MAX_VIDEOS_PER_CALL,
      Math.max(1, Math.trunc(request.maxCount)),
    );
    const body = {
      max_count: maxCount,
      ...(request.cursor === undefined ? {} : { cursor: request.cursor }),
    };
    const answer = await this.postJson(endpoint, accessToken, body, request.fields);
    const data = readDisplayAnswer(answer, endpoint, videoListDataSchema, this.now());
    return { videos: data.videos, cursor: data.cursor, hasMore: data.has_more };
  }

  /** Fresh details of up to 20 of the creator's videos; ids that are not theirs are left out. */
  async queryVideos(
    accessToken: string,
    ids: readonly string[],
    fields: readonly TikTokVideoField[] = DEFAULT_VIDEO_FIELDS,
  ): Promise<TikTokVideo[]> {
    const endpoint = TIKTOK_ENDPOINTS.videoQuery;
    if (ids.length === 0) return [];
    if (ids.length > TIKTOK_MAX_VIDEOS_PER_CALL) {
      throw new TikTokError({
        kind: 'invalid_request',
        endpoint,
        message: `at most ${TIKTOK_MAX_VIDEOS_PER_CALL} video ids per query, got ${ids.length}`,
      });
    }
    const body = { filters: { video_ids: ids } };
    const answer = await this.postJson(endpoint, accessToken, body, fields);
    return readDisplayAnswer(answer, endpoint, videoQueryDataSchema, this.now()).videos;
  }

  private async requestTokens(grant: Record<string, string>): Promise<TikTokTokens> {
    const endpoint = TIKTOK_ENDPOINTS.token;
    // Expiry counts from before the request: never later than TikTok's own clock.
    const sentAt = this.now();
    const answer = await this.postForm(endpoint, grant);
    const tokens = readOAuthAnswer(answer, endpoint, tokenAnswerSchema, this.now());
    return toTikTokTokens(tokens, sentAt);
  }

  private postForm(endpoint: string, fields: Record<string, string>): Promise<RawAnswer> {
    const form = new URLSearchParams({
      client_key: this.options.clientKey,
      client_secret: this.options.clientSecret,
      ...fields,
    });
    return this.send(endpoint, '', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'cache-control': 'no-cache',
      },
      body: form.toString(),
    });
  }

  private postJson(
    endpoint: string,
    accessToken: string,
    body: unknown,
    fields: readonly TikTokVideoField[] = DEFAULT_VIDEO_FIELDS,
  ): Promise<RawAnswer> {
    return this.send(endpoint, fieldsQuery(['id', ...fields]), {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private send(endpoint: string, query: string, init: RequestInit): Promise<RawAnswer> {
    return sendRequest(this.fetchFunction, {
      endpoint,
      url: endpointUrl(this.options.apiBaseUrl, endpoint, query),
      init,
      timeoutMs: this.options.timeoutMs,
    });
  }
}

/** `fields=a,b,c` with literal commas, as in TikTok's examples; field names need no escaping. */
function fieldsQuery(fields: readonly string[]): string {
  return `fields=${[...new Set(fields)].join(',')}`;
}
