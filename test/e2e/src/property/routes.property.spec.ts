import * as fc from 'fast-check';
import { Platform } from '../platform.js';
import {
  contentTypes,
  credentialHeaders,
  Fixture,
  FuzzCase,
  hostileHeaders,
  jsonBody,
  jsonContentType,
  knownObject,
  longPathParam,
  malformedPathParam,
  nestedBody,
  fieldsFor,
  neutralParams,
  paramsFor,
  pathParam,
  queryString,
  rawBody,
  toRequest,
} from './arbitraries.js';
import { assertCallbackAnswer, isConnectCallback } from './callback-check.js';
import { assertWellFormed, describeExchange } from './envelope-check.js';
import { createFixture, FuzzSetup, signIn } from './fixture.js';
import { randomLoopbackAddress, RawRequest, sendRaw } from './http-client.js';
import { routeName, ServedRoute, servedRoutes } from './routes.js';

/**
 * "Never a 5xx, never a crash": random bodies, raw bodies, queries, path
 * parameters and headers thrown at every route the gateway serves under
 * /api/v1, read from the running Fastify instance so that new routes are
 * fuzzed too. Each response must be a 2xx or 4xx in the envelope, except
 * the connect callbacks', which are HTML pages for browsers (see callback-check.ts).
 *
 * PROPERTY_RUNS sets the runs per route and property (default 50); FC_SEED
 * replays a reported seed.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 50);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PER_ROUTE_TIME_LIMIT_MS = 30_000;
const PROPERTY_TIMEOUT_MS = 240_000;

/** Routes that must be among those found: a sanity check of the route discovery, not the list fuzzed. */
const EXPECTED_ROUTES = [
  'GET /api/v1/ping',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/complete',
  'GET /api/v1/users/me',
  'POST /api/v1/users/me/password',
  'POST /api/v1/keys',
  'GET /api/v1/keys',
  'GET /api/v1/keys/:id',
  'PATCH /api/v1/keys/:id',
  'DELETE /api/v1/keys/:id',
  'POST /api/v1/keys/:id/roll',
  'POST /api/v1/oauth-clients',
  'GET /api/v1/oauth-clients',
  'PATCH /api/v1/oauth-clients/:id',
  'DELETE /api/v1/oauth-clients/:id',
  'GET /api/v1/roles',
  'POST /api/v1/roles',
  'GET /api/v1/members',
  'PATCH /api/v1/members/:id',
  'DELETE /api/v1/members/:id',
  'POST /api/v1/invitations',
  'GET /api/v1/invitations',
  'DELETE /api/v1/invitations/:id',
  'POST /api/v1/invitations/preview',
  'POST /api/v1/invitations/accept',
  'POST /api/v1/service-users',
  'GET /api/v1/service-users',
  'GET /api/v1/service-users/:id',
  'PATCH /api/v1/service-users/:id',
  'DELETE /api/v1/service-users/:id',
  'GET /api/v1/audit-events',
  ...['tiktok', 'instagram', 'youtube'].flatMap((slug) => [
    `POST /api/v1/connect/${slug}`,
    `GET /api/v1/connect/${slug}/callback`,
    `HEAD /api/v1/connect/${slug}/callback`,
  ]),
  'GET /api/v1/creators',
  'GET /api/v1/creators/:id/profile',
  'GET /api/v1/creators/:id/stats/history',
  'GET /api/v1/creators/:id/videos',
  'POST /api/v1/creators/:id/sync',
  'GET /api/v1/creators/:id/sync',
  'DELETE /api/v1/creators/:id',
  'POST /api/v1/resources/search',
  'GET /api/v1/usage/platforms',
  'POST /api/v1/webhook-endpoints',
  'GET /api/v1/webhook-endpoints',
  'GET /api/v1/webhook-endpoints/:id',
  'PATCH /api/v1/webhook-endpoints/:id',
  'DELETE /api/v1/webhook-endpoints/:id',
  'POST /api/v1/webhook-endpoints/:id/rotate-secret',
  'POST /api/v1/webhook-endpoints/:id/test',
  'GET /api/v1/webhook-endpoints/:id/deliveries',
  'POST /api/v1/webhook-endpoints/:id/deliveries/:deliveryId/retry',
];

const hasBody = (route: ServedRoute) => route.method === 'POST';

describe('every /api/v1 route under random input (fast-check)', () => {
  let platform: Platform;
  let setup: FuzzSetup;
  let fixture: Fixture;
  let routes: ServedRoute[];
  /** The fuzzers' own loopback address: their failed sign-ins lock out no one else. */
  const fuzzAddress = randomLoopbackAddress();
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    platform = await Platform.start(
      {
        RATE_LIMIT_IP: '1000000/10s',
        RATE_LIMIT_PRODUCTION: '1000000/600s',
        RATE_LIMIT_DEVELOPMENT: '1000000/600s',
        RATE_LIMIT_BURST: '1000000/1s',
        RATE_LIMIT_PUBLISHABLE: '1000000/600s',
        RATE_LIMIT_PUBLISHABLE_IP: '1000000/600s',
        // Generous, so that a slow moment under load is not mistaken for a 504.
        NATS_REQUEST_TIMEOUT_MS: '10000',
      },
      { webhooks: true },
    );
    setup = await createFixture(platform, process.env.BODY_LIMIT_BYTES);
    fixture = setup.fixture;
    routes = servedRoutes(platform.gateway!);
  }, 60_000);

  beforeEach(async () => {
    // A fuzzed logout may have ended the session: each property starts with a live one.
    if (setup) fixture.session = await signIn(platform, setup.sessionUser, setup.setupAddress);
  });

  afterAll(async () => {
    await platform?.stop();
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
  });

  /**
   * Runs the property for each route (sign-out last, so it ends the session
   * only once the others are done), collecting every route's minimal
   * counterexample instead of stopping at the first.
   */
  async function forEachRoute(
    candidates: ServedRoute[],
    caseFor: (route: ServedRoute) => fc.Arbitrary<FuzzCase>,
    numRuns = RUNS,
  ): Promise<void> {
    const ordered = [...candidates].sort(
      (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
    );
    const failures: string[] = [];
    for (const route of ordered) {
      const assertAnswer = isConnectCallback(route) ? assertCallbackAnswer : assertWellFormed;
      const details = await fc.check(
        fc.asyncProperty(caseFor(route), async (fuzz) => {
          const request: RawRequest = toRequest(route, fuzz);
          const response = await sendRaw(platform.gatewayUrl, request, {
            localAddress: fuzzAddress,
          }).catch((error: unknown) => {
            throw new Error(`no response (${String(error)})\n${describeExchange(request)}`);
          });
          assertAnswer(request, response);
        }),
        { numRuns, seed: SEED, interruptAfterTimeLimit: PER_ROUTE_TIME_LIMIT_MS },
      );
      if (details.failed && details.counterexample) {
        const { errorInstance: error } = details;
        const message = error instanceof Error ? error.message : String(error);
        failures.push(
          [
            `${routeName(route)}: failed after ${details.numRuns} runs and ${details.numShrinks} shrinks (seed ${details.seed}, path "${details.counterexamplePath}"); the minimal input:`,
            `  ${message.replace(/\n/g, '\n  ')}`,
          ].join('\n'),
        );
      } else if (details.failed) {
        failures.push(`${routeName(route)}: ${fc.defaultReportMessage(details)}`);
      }
    }
    if (failures.length > 0)
      throw new Error(
        `${failures.length} route(s) broke the API's promises:\n\n${failures.join('\n\n')}`,
      );
  }

  it('finds the routes to fuzz on the running gateway', () => {
    const names = routes.map(routeName);
    console.log(`fuzzing ${names.length} routes:\n${names.join('\n')}`);

    expect(names).toEqual(expect.arrayContaining(EXPECTED_ROUTES));
    expect(routes.every((route) => route.path.startsWith('/api/v1/'))).toBe(true);
  });

  it(
    'answers random JSON bodies (known and unknown fields, wrong types, huge strings, nesting up to 200 levels, arrays, null) in the envelope',
    async () => {
      await forEachRoute(routes, (route) =>
        fc.record({
          params: neutralParams(route),
          query: fc.constant(''),
          headers: fc
            .tuple(credentialHeaders(fixture), jsonContentType)
            .map(([headers, contentType]) => ({ ...headers, 'content-type': contentType })),
          body: jsonBody(route, fixture),
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers deeply nested JSON bodies (up to 20,000 levels) in the envelope',
    async () => {
      await forEachRoute(
        routes,
        (route) =>
          fc.record({
            params: neutralParams(route),
            query: fc.constant(''),
            headers: credentialHeaders(fixture).map((headers) => ({
              ...headers,
              'content-type': 'application/json',
            })),
            body: nestedBody(fieldsFor(route, fixture), 20_000),
          }),
        Math.max(10, Math.round(RUNS / 2)),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers random raw bodies under random content types (invalid JSON, text, bytes, empty) in the envelope',
    async () => {
      await forEachRoute(routes, (route) =>
        fc.record({
          params: neutralParams(route),
          query: fc.constant(''),
          headers: fc
            .tuple(credentialHeaders(fixture), fc.option(contentTypes, { nil: undefined }))
            .map(([headers, contentType]) =>
              contentType === undefined ? headers : { ...headers, 'content-type': contentType },
            ),
          body: rawBody,
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers random query strings (limits, cursors, repeated and unicode parameters) in the envelope',
    async () => {
      await forEachRoute(routes, (route) =>
        fc.record({
          params: neutralParams(route),
          query: queryString(fixture),
          headers: credentialHeaders(fixture),
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers random path parameters (non-UUIDs, UUIDs of nothing, of other accounts, encoded slashes) in the envelope',
    async () => {
      await forEachRoute(
        routes.filter((route) => route.params.length > 0),
        (route) =>
          fc.record({
            params: paramsFor(route, pathParam(fixture)),
            query: fc.constant(''),
            headers: credentialHeaders(fixture).map((headers) =>
              hasBody(route) ? { ...headers, 'content-type': 'application/json' } : headers,
            ),
            body: hasBody(route)
              ? knownObject(route, fixture).map((body) => JSON.stringify(body))
              : fc.constant(undefined),
          }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers path parameters with broken percent-encoding in the envelope',
    async () => {
      await forEachRoute(
        routes.filter((route) => route.params.length > 0),
        (route) =>
          fc.record({
            params: paramsFor(route, malformedPathParam),
            query: fc.constant(''),
            headers: credentialHeaders(fixture),
          }),
        Math.max(10, Math.round(RUNS / 2)),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers over-long path parameters in the envelope',
    async () => {
      await forEachRoute(
        routes.filter((route) => route.params.length > 0),
        (route) =>
          fc.record({
            params: paramsFor(route, longPathParam),
            query: fc.constant(''),
            headers: credentialHeaders(fixture),
          }),
        Math.max(10, Math.round(RUNS / 2)),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers random headers (schemes, garbage, keys of others, truncated keys, arrays, origins, request ids, cookies) in the envelope',
    async () => {
      await forEachRoute(routes, (route) =>
        fc.record({
          params: neutralParams(route),
          query: fc.constant(''),
          headers: hostileHeaders(fixture),
          body: hasBody(route) ? fc.constant('{}') : fc.constant(undefined),
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers all of it at once in the envelope',
    async () => {
      await forEachRoute(routes, (route) =>
        fc.record({
          params: fc.oneof(
            neutralParams(route),
            paramsFor(route, fc.oneof(pathParam(fixture), longPathParam, malformedPathParam)),
          ),
          query: fc.oneof(fc.constant(''), queryString(fixture)),
          headers: fc
            .tuple(
              fc.oneof(credentialHeaders(fixture), hostileHeaders(fixture)),
              fc.option(fc.oneof(jsonContentType, contentTypes), { nil: undefined }),
            )
            .map(([headers, contentType]) =>
              contentType === undefined ? headers : { ...headers, 'content-type': contentType },
            ),
          body: fc.option(
            fc.oneof(
              jsonBody(route, fixture),
              nestedBody(fieldsFor(route, fixture), 20_000),
              rawBody,
            ),
            { nil: undefined },
          ),
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('is still up afterwards, with no unhandled error in the process', async () => {
    const ping = await platform.get('/api/v1/ping');
    const ready = await platform.get('/health/ready');

    expect(ping.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(crashes.map(String)).toEqual([]);
  });
});
