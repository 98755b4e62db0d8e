import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { accessTokenRequest, readAccessToken } from '../auth/access-token-request.js';
import { ClientCredentials } from '../auth/client-credentials.js';
import { apiKeyCredentials, type Credentials } from '../auth/credentials.js';
import { unexpectedResponse } from '../errors/error-from-response.js';
import type { paths } from '../generated/openapi.js';
import { type Clock, systemClock } from '../http/clock.js';
import { sendWithRetries } from '../http/send-with-retries.js';
import { createTransport, type Transport } from '../http/transport.js';
import {
  type RequestOptions,
  resolveOptions,
  type ResolvedOptions,
  type TallyOptions,
} from '../options.js';

/** What each call passes to the generated client besides its parameters. */
export type CallInit = {
  fetch: Transport;
  signal?: AbortSignal;
};

/** A success that is not JSON (a proxy's page, a wrong base URL) fails with its status, before anything parses it. */
const refuseNonJsonSuccess: Middleware = {
  async onResponse({ response }) {
    if (!response.ok || response.status === 204) return undefined;
    const type = response.headers.get('content-type') ?? '';
    if (/^application\/([\w.+-]+\+)?json\b/i.test(type)) return undefined;
    throw unexpectedResponse(response.status, await response.text(), response.headers);
  },
};

function credentialsFor(
  options: TallyOptions,
  resolved: ResolvedOptions,
  clock: Clock,
): Credentials {
  if (options.apiKey !== undefined) return apiKeyCredentials(options.apiKey);
  const client = {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    scope: options.scope,
  };
  // Asking for a token changes nothing on the server: it is retried like a GET.
  const settings = { ...resolved, retryAll: true };
  return new ClientCredentials(
    async () =>
      readAccessToken(
        await sendWithRetries(
          resolved.fetch,
          accessTokenRequest(resolved.baseUrl, client),
          settings,
          clock,
        ),
      ),
    clock.now,
  );
}

/** The generated client over Tally's transport: credentials, retries and timeouts. */
export class Api {
  readonly client: Client<paths>;
  private readonly transports: { byMethod: Transport; always: Transport; never: Transport };

  constructor(options: TallyOptions, clock: Clock = systemClock) {
    const resolved = resolveOptions(options);
    const credentials = credentialsFor(options, resolved, clock);
    const transport = (overrides: { retryAll?: boolean; maxRetries?: number }) =>
      createTransport({
        ...resolved,
        retryAll: resolved.retryNonIdempotent,
        ...overrides,
        credentials,
        clock,
      });
    this.transports = {
      byMethod: transport({}),
      always: transport({ retryAll: true }),
      never: transport({ maxRetries: 0 }),
    };
    this.client = createClient<paths>({
      baseUrl: resolved.baseUrl,
      fetch: this.transports.byMethod,
    });
    this.client.use(refuseNonJsonSuccess);
  }

  /** The transport and signal of one call. */
  init(options: RequestOptions = {}): CallInit {
    const fetch =
      options.retry === true
        ? this.transports.always
        : options.retry === false
          ? this.transports.never
          : this.transports.byMethod;
    return options.signal ? { fetch, signal: options.signal } : { fetch };
  }
}
