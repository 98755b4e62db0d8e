import * as fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { createKey, signUp } from '../accounts.js';
import { Platform } from '../platform.js';
import {
  headerOf,
  randomLoopbackAddress,
  RawRequest,
  RawResponse,
  sendRaw,
} from './http-client.js';
import { fillPath, routeName, ServedRoute, servedRoutes } from './routes.js';

/**
 * Any spelling of a route's path is answered as its canonical form: letters
 * written as percent escapes (`/%61pi`), repeated slashes and dot segments
 * (`/./`, `/x/../`) reach the same route, behind the same guard, with the
 * same answer. A path in other letter case is another path (paths are
 * case-sensitive): 404. Never a 5xx; never data without a credential.
 *
 * PROPERTY_RUNS sets the runs per route (default 20); FC_SEED replays a seed.
 */
const RUNS = Math.max(5, Math.round(Number(process.env.PROPERTY_RUNS ?? 50) / 2.5));
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const PROPERTY_TIMEOUT_MS = 240_000;

/** How one character of a static segment may be written. */
const spelledCharacter = (character: string): fc.Arbitrary<string> => {
  const hex = character.charCodeAt(0).toString(16).padStart(2, '0');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(character) },
    { weight: 1, arbitrary: fc.constantFrom(`%${hex.toLowerCase()}`, `%${hex.toUpperCase()}`) },
  );
};

/** Detours that lead back to where they started: `./`, `x/../`, an extra `/`. */
const detour = fc.constantFrom('', '', '', '/', './', 'x/../', '%2e/', 'zz/%2E%2E/');

/** The path written another way that means the same path (RFC 3986, 6.2.2). */
function equivalentSpelling(path: string): fc.Arbitrary<string> {
  const segments = path.split('/').slice(1);
  return fc
    .tuple(
      ...segments.map((segment) =>
        fc.tuple(
          detour,
          fc.tuple(...[...segment].map(spelledCharacter)).map((characters) => characters.join('')),
        ),
      ),
    )
    .map((parts) => parts.map(([before, segment]) => `/${before}${segment}`).join(''))
    .filter((spelled) => spelled !== path);
}

/** The path with one letter of a static segment in the other case: a different path. */
function otherCase(route: ServedRoute, path: string): fc.Arbitrary<string> | undefined {
  const staticLetters = [...path].flatMap((character, index) => {
    return /[a-z]/i.test(character) && isStaticAt(route, path, index) ? [index] : [];
  });
  if (staticLetters.length === 0) return undefined;
  return fc.constantFrom(...staticLetters).map((index) => {
    const character = path[index];
    const flipped =
      character === character.toLowerCase() ? character.toUpperCase() : character.toLowerCase();
    return path.slice(0, index) + flipped + path.slice(index + 1);
  });
}

/** Whether the character at `index` of the filled path lies in one of the pattern's static segments. */
function isStaticAt(route: ServedRoute, path: string, index: number): boolean {
  const segmentIndex = path.slice(0, index).split('/').length - 1;
  const patternSegment = route.path.split('/')[segmentIndex] ?? '';
  return !patternSegment.startsWith(':') && patternSegment !== '*';
}

/** The route's path with a fresh id for each parameter. */
const filled = (route: ServedRoute) =>
  fillPath(route, Object.fromEntries(route.params.map((name) => [name, randomUUID()])));

const isServerError = (response: RawResponse) => response.status >= 500;
const isSuccess = (response: RawResponse) => response.status >= 200 && response.status < 300;

describe('every spelling of every route (fast-check)', () => {
  let platform: Platform;
  let routes: ServedRoute[];
  let key: string;
  /** This test's own address: the sign-ins it sends lock out no one else. */
  const address = randomLoopbackAddress();

  beforeAll(async () => {
    platform = await Platform.start(
      {
        RATE_LIMIT_IP: '1000000/10s',
        RATE_LIMIT_PRODUCTION: '1000000/600s',
        RATE_LIMIT_DEVELOPMENT: '1000000/600s',
        RATE_LIMIT_BURST: '1000000/1s',
        RATE_LIMIT_PUBLISHABLE: '1000000/600s',
        RATE_LIMIT_PUBLISHABLE_IP: '1000000/600s',
        NATS_REQUEST_TIMEOUT_MS: '10000',
      },
      { webhooks: true },
    );
    key = (await createKey(platform, await signUp(platform))).key;
    routes = servedRoutes(platform.gateway!, '/').filter(
      // The docs UI serves static files under a wildcard; its spellings say nothing of the API.
      (route) => !route.path.startsWith('/docs'),
    );
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  function requestFor(route: ServedRoute, path: string, withKey: boolean): RawRequest {
    return {
      method: route.method,
      path,
      headers: {
        ...(withKey ? { authorization: `Bearer ${key}` } : {}),
        ...(route.method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      ...(route.method === 'POST' ? { body: '{}' } : {}),
    };
  }

  const send = (request: RawRequest) =>
    sendRaw(platform.gatewayUrl, request, { localAddress: address });

  /** Runs the property on each route and reports every route's minimal counterexample. */
  async function forEachRoute(
    property: (route: ServedRoute) => fc.IAsyncPropertyWithHooks<[[string, boolean]]> | undefined,
  ): Promise<void> {
    const failures: string[] = [];
    for (const route of routes) {
      const check = property(route);
      if (!check) continue;
      const details = await fc.check(check, { numRuns: RUNS, seed: SEED });
      if (details.failed) failures.push(`${routeName(route)}: ${fc.defaultReportMessage(details)}`);
    }
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  }

  it('finds the API, the OAuth endpoints and the probes among the routes', () => {
    const names = routes.map(routeName);

    expect(names).toEqual(
      expect.arrayContaining([
        'GET /api/v1/keys',
        'POST /api/v1/auth/login',
        'POST /oauth/token',
        'GET /.well-known/jwks.json',
        'GET /health/live',
      ]),
    );
  });

  it(
    'answers an equivalent spelling as the canonical path, with and without a credential',
    async () => {
      await forEachRoute((route) => {
        const path = filled(route);
        return fc.asyncProperty(
          fc.tuple(equivalentSpelling(path), fc.boolean()),
          async ([spelled, withKey]) => {
            const canonical = await send(requestFor(route, path, withKey));
            const variant = await send(requestFor(route, spelled, withKey));

            expect({ spelled, status: variant.status }).toEqual({
              spelled,
              status: canonical.status,
            });
            expect(isServerError(variant)).toBe(false);
          },
        );
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers a spelling in other letter case as an unknown path, never with data',
    async () => {
      await forEachRoute((route) => {
        const path = filled(route);
        const cased = otherCase(route, path);
        if (!cased) return undefined;
        return fc.asyncProperty(fc.tuple(cased, fc.boolean()), async ([spelled, withKey]) => {
          const response = await send(requestFor(route, spelled, withKey));

          expect({ spelled, status: response.status }).toEqual({ spelled, status: 404 });
        });
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('refuses a keys listing spelled with an escape without a credential, as the canonical path', async () => {
    const response = await send({ method: 'GET', path: '/%61pi/v1/keys' });

    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses a form-encoded sign-in spelled with an escape, as the canonical path', async () => {
    const response = await send({
      method: 'POST',
      path: '/%61pi/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.com&password=whatever-it-is',
    });

    expect(response.status).toBe(415);
    expect(isSuccess(response)).toBe(false);
  });

  it.each(['/api/v1/connect/myspace', '/api/v1/connect/YouTube', '/api/v1/connect/%59outube'])(
    'answers a connect start on %s, a platform it does not know, as an unknown path in the envelope',
    async (path) => {
      const response = await send({
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: '{}',
      });

      expect(response.status).toBe(404);
      expect(JSON.parse(response.text)).toMatchObject({
        success: false,
        error: { code: 'route_not_found' },
      });
    },
  );

  it('answers a connect start with a trailing slash as any other route with one', async () => {
    const withSlash = (path: string) =>
      send({
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: '{}',
      });

    const connect = await withSlash('/api/v1/connect/youtube/');
    const keys = await withSlash('/api/v1/keys/');

    expect({ status: connect.status, type: headerOf(connect, 'content-type') }).toEqual({
      status: keys.status,
      type: headerOf(keys, 'content-type'),
    });
  });

  it('serves data to a credential whatever the spelling', async () => {
    const response = await send({
      method: 'GET',
      path: '//api/./v1//%6beys?limit=1',
      headers: { authorization: `Bearer ${key}` },
    });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ success: true, data: { items: [{}] } });
  });
});
