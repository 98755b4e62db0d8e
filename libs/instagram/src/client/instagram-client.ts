import type {
  AuthorizationRequest,
  BeforePlatformCall,
  FetchFunction,
  MediaPage,
  PlatformLimits,
  PlatformProfile,
  PlatformProvider,
  PlatformTokens,
  RawAnswer,
} from '@tally/platform-kit';
import { PlatformError } from '@tally/platform-kit';
import type { z } from 'zod';
import type { EndpointRole } from '../errors/endpoint-role.js';
import { insightsAnswerSchema, viewsOf } from '../graph/media-insights.js';
import {
  MEDIA_FIELDS,
  type MediaItem,
  mediaPageAnswerSchema,
  toMediaPage,
} from '../graph/media.js';
import { mapWithConcurrency } from '../graph/map-with-concurrency.js';
import { PROFILE_FIELDS, profileAnswerSchema, toPlatformProfile } from '../graph/profile.js';
import { endpointUrl } from '../http/endpoint-url.js';
import { readAnswer } from '../http/read-answer.js';
import { sendRequest } from '../http/send-request.js';
import { buildAuthorizeUrl } from '../oauth/authorize-url.js';
import { longLivedTokenAnswerSchema, toPlatformTokens } from '../oauth/long-lived-token.js';
import { type ShortLivedGrant, shortLivedTokenAnswerSchema } from '../oauth/short-lived-token.js';
import { INSIGHTS_SCOPE } from '../scopes.js';
import { INSTAGRAM_ENDPOINTS, mediaInsightsPath } from './instagram-endpoints.js';
import { DEFAULT_CALLS_PER_USER_PER_HOUR, instagramLimits } from './instagram-limits.js';

/** The Graph API version Tally was written against; Meta keeps each one for about two years. */
export const DEFAULT_GRAPH_VERSION = 'v25.0';
export const DEFAULT_MEDIA_PAGE_SIZE = 25;
const INSIGHTS_CONCURRENCY = 4;

export interface InstagramClientOptions {
  /** The Instagram App ID (not the Meta app id). */
  appId: string;
  appSecret: string;
  /** Origin of the consent page, e.g. `https://www.instagram.com`. */
  authBaseUrl: string;
  /** Origin of the code exchange, e.g. `https://api.instagram.com`. */
  apiBaseUrl: string;
  /** Origin of the Graph API, e.g. `https://graph.instagram.com`. */
  graphBaseUrl: string;
  /** Budget for one call, from sending to the last byte of the answer. */
  timeoutMs: number;
  /** e.g. `v25.0`. */
  graphVersion?: string;
  /** The per-creator hourly call budget the limiter enforces (see instagram-limits.ts). */
  callsPerUserPerHour?: number;
  /** `limit` of a `/me/media` page. */
  mediaPageSize?: number;
  /**
   * Read each media's `views` from its insights where the creator granted
   * `instagram_business_manage_insights` (one more call per media). Default true.
   */
  readMediaViews?: boolean;
  /** Runs before each Graph API call on a creator's behalf: the shared per-creator limit lives behind it. */
  beforeCall?: BeforePlatformCall;
  fetch?: FetchFunction;
  /** Milliseconds since the epoch; injectable so that expiry times can be tested. */
  now?: () => number;
}

interface Call {
  baseUrl: string;
  /** The path sent; also the endpoint named in errors. */
  path: string;
  query?: URLSearchParams;
  init: RequestInit;
  role: EndpointRole;
  secrets: readonly string[];
}

/**
 * A typed client of the Instagram API with Instagram Login (professional
 * accounts, no Facebook Page), as Tally's PlatformProvider. Every answer is
 * checked; every failure is a PlatformError whose `kind` says what to do next.
 */
export class InstagramClient implements PlatformProvider {
  readonly platform = 'INSTAGRAM' as const;
  readonly limits: PlatformLimits;
  private readonly fetchFunction: FetchFunction;
  private readonly now: () => number;
  private readonly graphVersion: string;

  constructor(private readonly options: InstagramClientOptions) {
    this.fetchFunction = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.graphVersion = options.graphVersion ?? DEFAULT_GRAPH_VERSION;
    this.limits = instagramLimits(options.callsPerUserPerHour ?? DEFAULT_CALLS_PER_USER_PER_HOUR);
  }

  authorizationUrl(request: AuthorizationRequest): string {
    return buildAuthorizeUrl(this.options.authBaseUrl, this.options.appId, request);
  }

  /**
   * The code → a short-lived token (1 hour) → a long-lived one (60 days).
   * Instagram appends `#_` to the code in the redirect; it is dropped here
   * should it reach us.
   */
  async exchangeCode(code: string, redirectUri: string): Promise<PlatformTokens> {
    // Expiry counts from before the requests: never later than Instagram's own clock.
    const sentAt = this.now();
    const grant = await this.shortLivedGrant(code.replace(/#_$/, ''), redirectUri);
    const query = new URLSearchParams({
      grant_type: 'ig_exchange_token',
      client_secret: this.options.appSecret,
      access_token: grant.access_token,
    });
    const answer = await this.call(
      {
        baseUrl: this.options.graphBaseUrl,
        path: INSTAGRAM_ENDPOINTS.longLivedToken,
        query,
        init: { method: 'GET' },
        role: 'code-exchange',
        secrets: [this.options.appSecret, grant.access_token],
      },
      longLivedTokenAnswerSchema,
    );
    return toPlatformTokens(
      answer,
      { externalUserId: grant.user_id, scopes: grant.permissions ?? [] },
      sentAt,
    );
  }

  /**
   * A fresh long-lived token (60 days from now) from the current one, which
   * must be at least 24 hours old and not expired. A dead token is
   * `invalid_grant`: only a new login helps.
   */
  async refresh(tokens: PlatformTokens): Promise<PlatformTokens> {
    const sentAt = this.now();
    const query = new URLSearchParams({
      grant_type: 'ig_refresh_token',
      access_token: tokens.accessToken,
    });
    const answer = await this.call(
      {
        baseUrl: this.options.graphBaseUrl,
        path: INSTAGRAM_ENDPOINTS.refreshToken,
        query,
        init: { method: 'GET' },
        role: 'refresh',
        secrets: [tokens.accessToken],
      },
      longLivedTokenAnswerSchema,
    );
    return toPlatformTokens(answer, tokens, sentAt);
  }

  /**
   * Instagram API with Instagram Login has no endpoint that revokes a token:
   * the creator removes the app in Instagram's settings, and the token dies
   * by itself at most 60 days after its last refresh. Nothing is sent; the
   * caller forgets the token.
   */
  async revoke(_tokens: PlatformTokens): Promise<void> {
    return undefined;
  }

  async profile(tokens: PlatformTokens): Promise<PlatformProfile> {
    const answer = await this.graphGet(
      tokens,
      INSTAGRAM_ENDPOINTS.me,
      new URLSearchParams({ fields: PROFILE_FIELDS.join(',') }),
      profileAnswerSchema,
    );
    return toPlatformProfile(answer);
  }

  async mediaPage(
    tokens: PlatformTokens,
    _profile: PlatformProfile,
    cursor: string | null,
  ): Promise<MediaPage> {
    const query = new URLSearchParams({
      fields: MEDIA_FIELDS.join(','),
      limit: String(this.options.mediaPageSize ?? DEFAULT_MEDIA_PAGE_SIZE),
    });
    if (cursor !== null) query.set('after', cursor);
    const answer = await this.graphGet(
      tokens,
      INSTAGRAM_ENDPOINTS.media,
      query,
      mediaPageAnswerSchema,
    );
    return toMediaPage(answer, await this.viewsOf(tokens, answer.data));
  }

  /** Views per media id, from insights where granted; none read otherwise. */
  private async viewsOf(
    tokens: PlatformTokens,
    media: readonly MediaItem[],
  ): Promise<Map<string, number | null>> {
    const views = new Map<string, number | null>();
    if (this.options.readMediaViews === false || !tokens.scopes.includes(INSIGHTS_SCOPE)) {
      return views;
    }
    const counts = await mapWithConcurrency(media, INSIGHTS_CONCURRENCY, (item) =>
      this.mediaViews(tokens, item.id),
    );
    media.forEach((item, index) => views.set(item.id, counts[index] ?? null));
    return views;
  }

  /**
   * One media's views, or null where Instagram has none for it: too few
   * viewers (code 10), a media type without the metric (100), gone since the
   * page was read. Anything else (throttling, a dead token) fails the page.
   */
  private async mediaViews(tokens: PlatformTokens, mediaId: string): Promise<number | null> {
    try {
      const answer = await this.graphGet(
        tokens,
        mediaInsightsPath(mediaId),
        new URLSearchParams({ metric: 'views' }),
        insightsAnswerSchema,
      );
      return viewsOf(answer);
    } catch (error) {
      if (error instanceof PlatformError && UNAVAILABLE_VIEWS.has(error.kind)) return null;
      throw error;
    }
  }

  private shortLivedGrant(code: string, redirectUri: string): Promise<ShortLivedGrant> {
    const form = new URLSearchParams({
      client_id: this.options.appId,
      client_secret: this.options.appSecret,
      grant_type: 'authorization_code',
      redirect_uri: redirectUri,
      code,
    });
    return this.call(
      {
        baseUrl: this.options.apiBaseUrl,
        path: INSTAGRAM_ENDPOINTS.accessToken,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        },
        role: 'code-exchange',
        secrets: [this.options.appSecret, code],
      },
      shortLivedTokenAnswerSchema,
    );
  }

  private async graphGet<Schema extends z.ZodType>(
    tokens: PlatformTokens,
    path: string,
    query: URLSearchParams,
    schema: Schema,
  ): Promise<z.infer<Schema>> {
    await this.options.beforeCall?.({ endpoint: path, externalUserId: tokens.externalUserId });
    return this.call(
      {
        baseUrl: this.options.graphBaseUrl,
        path: `/${this.graphVersion}${path}`,
        query,
        init: { method: 'GET', headers: { authorization: `Bearer ${tokens.accessToken}` } },
        role: 'graph',
        secrets: [tokens.accessToken],
      },
      schema,
    );
  }

  private async call<Schema extends z.ZodType>(
    call: Call,
    schema: Schema,
  ): Promise<z.infer<Schema>> {
    const answer: RawAnswer = await sendRequest(this.fetchFunction, {
      endpoint: call.path,
      secrets: call.secrets,
      url: endpointUrl(call.baseUrl, call.path, call.query),
      init: call.init,
      timeoutMs: this.options.timeoutMs,
    });
    return readAnswer(
      answer,
      { endpoint: call.path, role: call.role, nowMs: this.now(), secrets: call.secrets },
      schema,
    );
  }
}

const UNAVAILABLE_VIEWS = new Set(['scope_not_authorized', 'invalid_request', 'not_found']);
