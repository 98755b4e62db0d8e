import { PERMISSIONS, PLATFORMS, platformSlug } from '@tally/contracts';
import * as fc from 'fast-check';
import type { RawRequest } from './http-client.js';
import { fillPath, routeName, ServedRoute } from './routes.js';

type Headers = Record<string, string | string[]>;

/** What the fuzzers may use: real credentials and ids of the accounts set up for the run. */
export interface Fixture {
  bodyLimitBytes: number;
  allowedOrigin: string;
  keys: {
    full: string;
    readOnly: string;
    development: string;
    publishable: string;
    otherAccount: string;
    revoked: string;
  };
  accessToken: string;
  session: { cookie: string; csrfToken: string };
  /** Emails that have accounts (sign-ups and sign-ins with them take other paths). */
  emails: string[];
  ids: {
    /** The owner's keys that may be revoked or rolled by the fuzzing (never used to authenticate). */
    sacrificialKeys: string[];
    otherAccountKey: string;
    otherAccountOAuthClient: string;
  };
  /** A real cursor of the owner's key list. */
  cursor: string;
}

/** One generated request for a route: encoded path parameters, query, headers and body. */
export interface FuzzCase {
  params: Record<string, string>;
  query: string;
  headers: Headers;
  body?: string | Buffer;
}

export function toRequest(route: ServedRoute, fuzz: FuzzCase): RawRequest {
  return {
    method: route.method,
    path: fillPath(route, fuzz.params) + fuzz.query,
    headers: fuzz.headers,
    body: fuzz.body,
  };
}

// ---------------------------------------------------------------- text

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** Percent-encodes the UTF-8 bytes of everything but the unreserved characters (never throws, unlike encodeURIComponent on a lone surrogate). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Leaves printable ASCII as it is ('%', '&', '=', '+', '#' included) and encodes the rest: what a careless client sends. */
export function looseEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code > 0x20 && code < 0x7f ? char : percentEncode(char);
  }
  return out;
}

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const latin1 = fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code));

/** Characters Node lets through in a header value: tab, printable ASCII and Latin-1 bytes. */
export const headerText = (maxLength = 80) =>
  fc.string({
    unit: fc.oneof(
      { weight: 12, arbitrary: printable },
      { weight: 2, arbitrary: latin1 },
      { weight: 1, arbitrary: fc.constant('\t') },
    ),
    maxLength,
  });

/** Any text: ASCII, graphemes from all of Unicode, or raw code points (lone surrogates too). */
export const anyText = (maxLength = 40) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
  );

// ---------------------------------------------------------------- JSON bodies

/** Code points that trip databases, parsers and terminals: NUL and controls, lone surrogates, bidi and zero-width marks, quotes. */
const awkwardUnit = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f'),
  fc.constantFrom(
    '\ud800',
    '\udfff',
    '\u202e',
    '\u200b',
    '\ufeff',
    '\uffff',
    '\u{1F600}',
    '\u00e9',
    '\n',
    '\t',
    '\\',
    '"',
    "'",
    '%',
    '`',
  ),
);

/** Text of the given length (in UTF-16 units): mostly plain, sometimes with awkward code points in it. */
export const awkwardText = (minLength: number, maxLength: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.string({ minLength, maxLength }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.oneof({ weight: 3, arbitrary: printable }, { weight: 1, arbitrary: awkwardUnit }),
        minLength,
        maxLength,
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
  );

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1),
  anyText(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

const BUILT_IN_ROLE_NAMES = ['read-only', 'creators-manager', 'key-admin', 'full-access'];

const roleNames = fc.constantFrom(...BUILT_IN_ROLE_NAMES, 'no-such-role', 'READ-ONLY', '');

const environments = fc.constantFrom('production', 'development');
const expiries = fc.constantFrom(30, 60, 90, 180, 365);
const someBuiltInRoles = fc.subarray(BUILT_IN_ROLE_NAMES, { minLength: 1 });
const uniqueEmail = fc
  .tuple(fc.uuid(), fc.stringMatching(/^[a-z0-9._+-]{0,20}$/))
  .map(([id, tag]) => `fuzz-${id}${tag ? `+${tag.replace(/^\.+|\.+$/g, '')}` : ''}@example.com`);
/** Origins the key rule accepts (`^https?://[^/\s?#]+$`), awkward characters included. */
const origins = fc.oneof(
  fc.webUrl().map((url) => new URL(url).origin),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://'),
      awkwardText(1, 40).map((host) => host.replace(/[/\s?#]/g, '') || 'a'),
    )
    .map(([scheme, host]) => scheme + host),
);

/** `POST /api/v1/connect/{platform}`, one route per platform with the same body. */
const CONNECT_STARTS = PLATFORMS.map(
  (platform) => `POST /api/v1/connect/${platformSlug(platform)}`,
);

const redirectUrls = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('http://localhost:3000/done', 'https://shop.example/creators?tab=tiktok'),
);
const resourceTypes = fc.constantFrom('account', 'video');
/** TikTok ids are 19-digit strings; open_ids are UUIDs. */
const resourceIdentifiers = fc.oneof(
  fc.bigInt({ min: 10n ** 18n, max: 10n ** 19n - 1n }).map(String),
  fc.uuid(),
  awkwardText(1, 128),
);
const resourceLookup = fc.record({
  platform: fc.constant('tiktok'),
  type: resourceTypes,
  identifier: resourceIdentifiers,
});

/** A body each known route accepts; a route missing here (a new one) starts from `{}`. */
function validBodies(fixture: Fixture): Record<string, fc.Arbitrary<Record<string, unknown>>> {
  return {
    'POST /api/v1/auth/signup': fc.record({
      email: uniqueEmail,
      password: awkwardText(12, 64),
      accountName: awkwardText(1, 200),
    }),
    'POST /api/v1/auth/login': fc.record({
      email: fc.oneof(fc.constantFrom(...fixture.emails), uniqueEmail),
      password: awkwardText(1, 64),
    }),
    'POST /api/v1/keys': fc.oneof(
      fc.record({
        name: awkwardText(1, 100),
        type: fc.constant('secret'),
        environment: environments,
        roles: someBuiltInRoles,
        expiresInDays: expiries,
      }),
      fc.record({
        name: awkwardText(1, 100),
        type: fc.constant('publishable'),
        environment: environments,
        roles: fc.constant(['read-only']),
        expiresInDays: expiries,
        allowedOrigins: fc.array(origins, { minLength: 1, maxLength: 3 }),
      }),
    ),
    'POST /api/v1/keys/:id/roll': fc.record(
      { gracePeriodDays: fc.integer({ min: 0, max: 7 }) },
      { requiredKeys: [] },
    ),
    'POST /api/v1/roles': fc.record(
      {
        name: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
        description: awkwardText(0, 500),
        permissions: fc.subarray([...PERMISSIONS], { minLength: 1 }),
      },
      { requiredKeys: ['name', 'permissions'] },
    ),
    'POST /api/v1/oauth-clients': fc.record({
      name: awkwardText(1, 100),
      roles: someBuiltInRoles,
      environment: environments,
    }),
    ...Object.fromEntries(
      CONNECT_STARTS.map((route) => [
        route,
        fc.record(
          { redirectUrl: redirectUrls, externalUserId: fc.stringMatching(/^[\x20-\x7e]{1,256}$/) },
          { requiredKeys: [] },
        ),
      ]),
    ),
    'POST /api/v1/resources/search': fc.record({
      resources: fc.array(resourceLookup, { minLength: 1, maxLength: 50 }),
    }),
  };
}

/** Right and wrong values for every field some route knows. */
function plausibleValues(fixture: Fixture): Record<string, fc.Arbitrary<unknown>> {
  return {
    email: fc.oneof(
      fc.emailAddress(),
      uniqueEmail,
      fc.constantFrom(...fixture.emails, 'a@b', 'not-an-email', `${'a'.repeat(320)}@example.com`),
    ),
    password: fc.oneof(awkwardText(12, 40), fc.string({ maxLength: 300 }), fc.constant('')),
    accountName: fc.oneof(awkwardText(0, 60), fc.constantFrom('', ' ', 'x'.repeat(201))),
    name: fc.oneof(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      awkwardText(0, 120),
      fc.constantFrom('read-only', 'full-access', 'x'.repeat(101)),
    ),
    description: awkwardText(0, 600),
    type: fc.constantFrom('secret', 'publishable', 'SECRET', 'public', ''),
    environment: fc.constantFrom('production', 'development', 'staging', 'PRODUCTION', ''),
    roles: fc.oneof(
      fc.array(roleNames, { maxLength: 3 }),
      fc.array(roleNames, { minLength: 19, maxLength: 25 }),
      fc.array(awkwardText(0, 80), { maxLength: 4 }),
    ),
    expiresInDays: fc.oneof(expiries, fc.constantFrom(0, -30, 31, 366, 400, 30.5, '30', 1e21)),
    allowedOrigins: fc.oneof(
      fc.array(fc.constantFrom(fixture.allowedOrigin, 'http://localhost:3000'), { maxLength: 2 }),
      fc.array(fc.oneof(origins, anyText(30)), { maxLength: 3 }),
      fc.array(fc.constant('https://a.example'), { minLength: 21, maxLength: 22 }),
    ),
    gracePeriodDays: fc.oneof(
      fc.integer({ min: -2, max: 9 }),
      fc.constantFrom(0.5, '3', '', 1e300, -0, Number.MAX_SAFE_INTEGER),
    ),
    permissions: fc.oneof(
      fc.subarray([...PERMISSIONS]),
      fc.array(fc.constantFrom(...PERMISSIONS, 'root', 'keys:*', ''), { maxLength: 10 }),
    ),
    limit: fc.oneof(fc.integer(), fc.constant('10')),
    cursor: fc.constantFrom(fixture.cursor, 'x.y'),
    redirectUrl: fc.oneof(
      redirectUrls,
      fc.constantFrom('javascript:alert(1)', 'ftp://example.com/', '//evil.example', '/relative'),
      fc.constant(`https://example.com/${'a'.repeat(2100)}`),
      anyText(60),
    ),
    externalUserId: fc.oneof(awkwardText(0, 40), fc.constant('x'.repeat(257))),
    resources: fc.oneof(
      fc.array(resourceLookup, { maxLength: 3 }),
      fc.array(resourceLookup, { minLength: 51, maxLength: 55 }),
      fc.array(
        fc.record(
          {
            platform: fc.constantFrom('tiktok', 'TIKTOK', 'instagram', ''),
            type: fc.constantFrom('account', 'video', 'user', ''),
            identifier: fc.oneof(
              resourceIdentifiers,
              fc.constant(''),
              fc.constant('x'.repeat(129)),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      fc.array(wrongType, { maxLength: 3 }),
    ),
  };
}

/** The fields each body route knows; a route missing here (a new one) gets all of them. */
const BODY_FIELDS: Record<string, string[]> = {
  'POST /api/v1/auth/signup': ['email', 'password', 'accountName'],
  'POST /api/v1/auth/login': ['email', 'password'],
  'POST /api/v1/keys': ['name', 'type', 'environment', 'roles', 'expiresInDays', 'allowedOrigins'],
  'POST /api/v1/keys/:id/roll': ['gracePeriodDays'],
  'POST /api/v1/roles': ['name', 'description', 'permissions'],
  'POST /api/v1/oauth-clients': ['name', 'roles', 'environment'],
  ...Object.fromEntries(CONNECT_STARTS.map((route) => [route, ['redirectUrl', 'externalUserId']])),
  'POST /api/v1/resources/search': ['resources'],
};

const awkwardKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'admin',
  'accountId',
  'principal',
  '',
  ' ',
  'name ',
  'a.b',
  '$where',
);

export function fieldsFor(route: ServedRoute, fixture: Fixture): string[] {
  return BODY_FIELDS[routeName(route)] ?? Object.keys(plausibleValues(fixture));
}

type Mutation = { drop: string } | { set: string; value: unknown };

/**
 * A body for the route: a valid one (or `{}`) with up to three mutations —
 * a field dropped, a field given a right or wrong value, an unknown or
 * awkward field (`__proto__`, `constructor`, ...) added as an own property.
 */
export function knownObject(route: ServedRoute, fixture: Fixture): fc.Arbitrary<object> {
  const plausible = plausibleValues(fixture);
  const fields = fieldsFor(route, fixture);
  const valid = validBodies(fixture)[routeName(route)];
  const base = valid
    ? fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.constant({}) })
    : fc.constant({});
  const field = fc.constantFrom(...fields);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    field.map((name) => ({ drop: name })),
    field.chain((name) =>
      fc.oneof(plausible[name] ?? wrongType, wrongType).map((value) => ({ set: name, value })),
    ),
    fc
      .tuple(fc.oneof(awkwardKeys, fc.string({ maxLength: 12 })), wrongType)
      .map(([name, value]) => ({ set: name, value })),
  );
  return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([start, mutations]) => {
    const body: Record<string, unknown> = { ...start };
    for (const change of mutations) {
      if ('drop' in change) delete body[change.drop];
      else
        Object.defineProperty(body, change.set, {
          value: change.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
    }
    return body;
  });
}

/** `{"<field>": [[[...]]]}` or `{"<field>": {"a": {"a": ...}}}`, nested `depth` times. */
export const nestedBody = (fields: string[], maxDepth: number) =>
  fc
    .record({
      field: fc.constantFrom(...fields, 'extra'),
      depth: fc.integer({ min: 1, max: maxDepth }),
      shape: fc.constantFrom('array', 'object'),
    })
    .map(({ field, depth, shape }) => {
      const [open, close] = shape === 'array' ? ['[', ']'] : ['{"a":', '}'];
      const inner = shape === 'array' ? '' : '1';
      return `{${JSON.stringify(field)}:${open.repeat(depth)}${inner}${close.repeat(depth)}}`;
    });

/** A string field of up to a little more than the body limit. */
export const hugeString = (fields: string[], bodyLimitBytes: number) =>
  fc
    .record({
      field: fc.constantFrom(...fields),
      length: fc.oneof(
        fc.integer({ min: 1, max: bodyLimitBytes + 2048 }),
        fc.constantFrom(bodyLimitBytes - 20, bodyLimitBytes - 12, bodyLimitBytes),
      ),
      char: fc.constantFrom('a', 'é', '\u{1F600}', '"', '\\'),
    })
    .map(({ field, length, char }) => {
      // Build the text directly: the JSON stays about `length` bytes whatever the character.
      const escaped = JSON.stringify(char).slice(1, -1);
      const repeat = Math.max(1, Math.floor(length / Buffer.byteLength(escaped)));
      return `{${JSON.stringify(field)}:"${escaped.repeat(repeat)}"}`;
    });

/** Very many keys, or one very long array. */
export const wideBody = (fields: string[]) =>
  fc
    .record({
      count: fc.integer({ min: 1, max: 5000 }),
      field: fc.constantFrom(...fields),
      wide: fc.boolean(),
    })
    .map(({ count, field, wide }) =>
      wide
        ? `{${Array.from({ length: count }, (_, index) => `"k${index}":${index}`).join(',')}}`
        : `{${JSON.stringify(field)}:[${Array.from({ length: count }, () => '"read-only"').join(',')}]}`,
    );

/**
 * Nesting the main body property stays within: deeper bodies have their own
 * property (`nestedBody(fields, 20_000)`), so that a failure there does not
 * hide what the other bodies would find.
 */
export const MODERATE_DEPTH = 200;

/** The JSON text of a random body for a route. */
export function jsonBody(route: ServedRoute, fixture: Fixture): fc.Arbitrary<string> {
  const fields = fieldsFor(route, fixture);
  return fc.oneof(
    { weight: 10, arbitrary: knownObject(route, fixture).map((body) => JSON.stringify(body)) },
    {
      weight: 3,
      arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
    },
    { weight: 1, arbitrary: fc.constantFrom('null', '[]', '{}', '""', '0', 'true', '[{}]') },
    { weight: 2, arbitrary: nestedBody(fields, MODERATE_DEPTH) },
    { weight: 1, arbitrary: hugeString(fields, fixture.bodyLimitBytes) },
    { weight: 1, arbitrary: wideBody(fields) },
  );
}

export const jsonContentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=UTF-8',
);

// ---------------------------------------------------------------- raw bodies

export const contentTypes = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json;',
      'application/json; boundary=x',
      'application/jsonx',
      'application/vnd.api+json',
      'application/problem+json',
      'APPLICATION/JSON',
      'text/json',
      'text/plain',
      'text/plain; charset=utf-8',
      'text/html',
      'application/xml',
      'text/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      '*/*',
      '',
      ';',
      'application/',
      '/json',
      'json',
    ),
  },
  { weight: 1, arbitrary: headerText(60) },
);

const brokenJson = fc.constantFrom(
  '',
  ' ',
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '[1,2',
  'nul',
  'NaN',
  'undefined',
  '{"a":NaN}',
  '\uFEFF{}',
  '{}garbage',
  '{"a":1}{"b":2}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '{"a":1,"a":2}',
  '/* c */ {}',
  '1e999999',
  '-',
  '"unterminated',
  '{"a":1 "b":2}',
  '{"name":"\\x41"}',
  'a=1&b=2&b=3&c[d]=4',
  '<?xml version="1.0"?><a/>',
  '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
);

export const rawBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 4, arbitrary: brokenJson },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: anyText(200) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
);

// ---------------------------------------------------------------- queries

const limitValue = fc.oneof(
  fc.constantFrom(
    '1',
    '20',
    '100',
    '0',
    '-1',
    '101',
    '1.5',
    '1e2',
    '0x10',
    '0b1',
    'NaN',
    'Infinity',
    '-Infinity',
    ' 5',
    '5 ',
    '',
    'true',
    'null',
    '[]',
    '{}',
    '9'.repeat(40),
    '１',
    '٣',
    '+5',
    '05',
    '5abc',
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  anyText(20),
);

function cursorValue(fixture: Fixture): fc.Arbitrary<string> {
  const [body = '', signature = ''] = fixture.cursor.split('.');
  return fc.oneof(
    fc.constant(fixture.cursor),
    fc
      .tuple(fc.nat({ max: fixture.cursor.length - 1 }), fc.constantFrom('A', 'z', '_', '-', '.'))
      .map(
        ([index, char]) => fixture.cursor.slice(0, index) + char + fixture.cursor.slice(index + 1),
      ),
    fc.constantFrom(body, `${fixture.cursor}.x`, `.${signature}`, `${body}.`, '.', '..', 'a.b.c'),
    fc
      .tuple(fc.jsonValue({ maxDepth: 2 }), fc.base64String({ maxLength: 24 }))
      .map(
        ([value, sig]) =>
          `${Buffer.from(JSON.stringify(value) ?? '').toString('base64url')}.${sig.replace(/=+$/, '')}`,
      ),
    fc.string({ minLength: 500, maxLength: 700 }),
    anyText(40),
  );
}

/**
 * Filters and ranges of the creators routes, and the parameters the platforms
 * send to the connect callbacks (Instagram's `error_reason`, Google's `scope`).
 */
const OTHER_QUERY_NAMES = [
  'externalId',
  'platform',
  'from',
  'to',
  'state',
  'code',
  'scopes',
  'scope',
  'error',
  'error_reason',
  'error_description',
];

const otherQueryValue = fc.oneof(
  fc.constantFrom(
    'TIKTOK',
    'tiktok',
    'INSTAGRAM',
    'YOUTUBE',
    'access_denied',
    'user.info.basic,video.list',
    '2026-01-01',
    '2026-01-01T00:00:00Z',
    '2026-13-45',
    '1970-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.uuid(),
  fc.string({ minLength: 500, maxLength: 2100 }),
);

const queryName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('limit', 'cursor') },
  { weight: 3, arbitrary: fc.constantFrom(...OTHER_QUERY_NAMES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'limit[]',
      'limit[0]',
      'limit[a]',
      'cursor[]',
      '__proto__',
      '__proto__[limit]',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'toString',
      'LIMIT',
      'limit ',
      ' limit',
      '',
    ),
  },
  { weight: 2, arbitrary: anyText(12) },
);

/** A query string (with its `?`, or empty): repeated, odd and unicode parameters, strictly or loosely encoded. */
export function queryString(fixture: Fixture): fc.Arbitrary<string> {
  const value = fc.oneof(limitValue, cursorValue(fixture), otherQueryValue);
  const pair = fc
    .record({
      name: queryName,
      value,
      encoding: fc.constantFrom('strict', 'strict', 'loose', 'bare'),
    })
    .map(({ name, value, encoding }) => {
      if (encoding === 'bare') return percentEncode(name);
      const encode = encoding === 'strict' ? percentEncode : looseEncode;
      return `${encode(name)}=${encode(value)}`;
    });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('', '?', '??', '?&&', '?=', '?&limit=5&', '?#x') },
    {
      weight: 8,
      arbitrary: fc
        .array(pair, { maxLength: 8 })
        .chain((pairs) =>
          fc
            .constantFrom('single', 'repeated')
            .map((mode) =>
              mode === 'repeated' && pairs.length > 0 ? [...pairs, ...pairs] : pairs,
            ),
        )
        .map((pairs) => (pairs.length > 0 ? `?${pairs.join('&')}` : '')),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 6000 }).map((n) => `?limit=${'1'.repeat(n)}`),
    },
  );
}

// ---------------------------------------------------------------- path parameters

/** Well-formed (percent-encoded) path parameter values: UUIDs of nothing and of real things, and non-UUIDs. */
export function pathParam(fixture: Fixture): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ...fixture.ids.sacrificialKeys,
        fixture.ids.otherAccountKey,
        fixture.ids.otherAccountOAuthClient,
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '%2F',
        'a%2Fb',
        '%2F..%2F',
        '%2e%2e',
        '..',
        '.',
        '%20',
        '%00',
        'null',
        'undefined',
        '0',
        '-1',
        '1e3',
        'me',
        '%3Fx%3D1',
        '%23',
        '%E2%80%8B',
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.uuid(),
          fc.constantFrom(
            'strip-dashes',
            'braces',
            'suffix',
            'truncate',
            'nul',
            'slash-roll',
            'space',
          ),
        )
        .map(([id, how]) => {
          switch (how) {
            case 'strip-dashes':
              return id.replace(/-/g, '');
            case 'braces':
              return percentEncode(`{${id}}`);
            case 'suffix':
              return `${id}x`;
            case 'truncate':
              return id.slice(0, -1);
            case 'nul':
              return `${id}%00`;
            case 'slash-roll':
              return `${id}%2Froll`;
            default:
              return `%20${id}`;
          }
        }),
    },
    { weight: 2, arbitrary: anyText(40).map(percentEncode) },
    { weight: 1, arbitrary: fc.integer({ min: 37, max: 90 }).map((n) => 'a'.repeat(n)) },
  );
}

/**
 * Path parameter values longer than Fastify's default limit of 100 characters
 * per parameter (kept out of `pathParam` so that their failure does not hide others').
 */
export const longPathParam = fc
  .tuple(fc.integer({ min: 90, max: 6000 }), fc.constantFrom('a', '0', '%2F', '%E2%82%AC', '-'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Path parameter values whose percent-encoding is broken or decodes to invalid UTF-8. */
export const malformedPathParam = fc
  .tuple(
    fc.constantFrom('', 'a', '00000000-0000-0000-0000-000000000000'),
    fc.constantFrom(
      '%',
      '%%',
      '%z',
      '%zz',
      '%G0',
      '%ff',
      '%FE%FF',
      '%e9',
      '%C0%AF',
      '%ED%A0%80',
      '%F4%90%80%80',
    ),
    fc.constantFrom('', 'b', '%41'),
  )
  .map(([before, broken, after]) => before + broken + after);

export function paramsFor(
  route: ServedRoute,
  value: fc.Arbitrary<string>,
): fc.Arbitrary<Record<string, string>> {
  return fc.record(Object.fromEntries(route.params.map((name) => [name, value])));
}

/** Parameters that reach the handler without touching anything real: a UUID of nothing. */
export function neutralParams(route: ServedRoute): fc.Arbitrary<Record<string, string>> {
  return paramsFor(route, fc.uuid());
}

// ---------------------------------------------------------------- headers

/** The headers of a caller who holds one of the run's credentials (or none). */
export function credentialHeaders(fixture: Fixture): fc.Arbitrary<Headers> {
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(bearer(fixture.keys.full)) },
    { weight: 1, arbitrary: fc.constant({ 'x-api-key': fixture.keys.full }) },
    { weight: 1, arbitrary: fc.constant(bearer(fixture.keys.readOnly)) },
    { weight: 1, arbitrary: fc.constant(bearer(fixture.keys.development)) },
    {
      weight: 1,
      arbitrary: fc.constant({
        ...bearer(fixture.keys.publishable),
        origin: fixture.allowedOrigin,
      }),
    },
    { weight: 1, arbitrary: fc.constant(bearer(fixture.keys.otherAccount)) },
    { weight: 1, arbitrary: fc.constant(bearer(fixture.accessToken)) },
    {
      weight: 2,
      arbitrary: fc.constant({
        cookie: fixture.session.cookie,
        'x-csrf-token': fixture.session.csrfToken,
      }),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

function tokenText(fixture: Fixture): fc.Arbitrary<string> {
  const real = [
    fixture.keys.full,
    fixture.keys.readOnly,
    fixture.keys.publishable,
    fixture.keys.otherAccount,
    fixture.keys.revoked,
    fixture.accessToken,
  ];
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...real), fc.nat())
        .map(([token, cut]) => token.slice(0, cut % token.length)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...real), fc.nat(), fc.constantFrom('a', 'Z', '0', '_', '.'))
        .map(([token, at, char]) => {
          const index = at % token.length;
          return token.slice(0, index) + char + token.slice(index + 1);
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.base64String())
        .map(([header, payload, signature]) => `${b64(header)}.${b64(payload)}.${signature}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          { alg: 'none' },
          { alg: 'ES256', kid: 'nope' },
          { alg: 'HS256' },
          { alg: 'ES256', kid: { a: 1 } },
          { alg: 'ES256', crit: ['x'] },
        )
        .map((header) => `${b64(header)}.${fixture.accessToken.split('.')[1] ?? ''}.`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('tly_', 'tly_sk_', 'tly_pk_', 'tly_xx_abc', '.', '..'),
    },
    { weight: 2, arbitrary: headerText(120) },
  );
}

function authorization(fixture: Fixture): fc.Arbitrary<string | string[]> {
  const scheme = fc.constantFrom(
    'Bearer',
    'bearer',
    'BEARER',
    'Basic',
    'Token',
    'Digest',
    'ApiKey',
    '',
  );
  const gap = fc.constantFrom(' ', '  ', '\t', '');
  const tail = fc.constantFrom('', '', ' ', ' extra', '\t');
  const value = fc
    .tuple(scheme, gap, tokenText(fixture), tail)
    .map(([name, space, token, end]) => `${name}${space}${token}${end}`);
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: headerText(200) },
  );
}

function cookies(fixture: Fixture): fc.Arbitrary<string | string[]> {
  const session = fixture.session.cookie.split(';').find((part) => part.includes('tally_session'));
  const crumb = fc.oneof(
    fc.constantFrom(
      fixture.session.cookie,
      session ?? 'tally_session=x',
      'tally_session=',
      'tally_session=%',
      'tally_session=%E0%A4%A',
      'tally_session="quoted"',
      'tally_session=a; tally_session=b',
      'tally_csrf=x',
      '=',
      ';;;',
    ),
    headerText(60).map((text) => `tally_session=${text}`),
    headerText(80),
  );
  return fc.oneof(
    { weight: 4, arbitrary: crumb },
    { weight: 1, arbitrary: fc.array(crumb, { minLength: 2, maxLength: 3 }) },
  );
}

const FRAMING_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'host',
  'connection',
  'expect',
  'upgrade',
  'te',
  'trailer',
  'keep-alive',
  'proxy-connection',
  'http2-settings',
]);

/** Random headers, real credentials among them: schemes, keys of others, truncated keys, arrays, origins, ids, cookies. */
export function hostileHeaders(fixture: Fixture): fc.Arbitrary<Headers> {
  const named = fc.record(
    {
      authorization: authorization(fixture),
      'x-api-key': fc.oneof(
        tokenText(fixture),
        fc.array(tokenText(fixture), { minLength: 2, maxLength: 3 }),
        tokenText(fixture).map((token) => ` ${token} `),
      ),
      origin: fc.oneof(
        fc.constantFrom(fixture.allowedOrigin, 'https://evil.example', 'null', '', 'file://'),
        fc.webUrl().map((url) => new URL(url).origin),
        headerText(60),
      ),
      'x-request-id': fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/),
        fc.string({ minLength: 129, maxLength: 300 }),
        headerText(60),
      ),
      cookie: cookies(fixture),
      'x-csrf-token': fc.oneof(fc.constant(fixture.session.csrfToken), headerText(60)),
      'content-type': contentTypes,
      'content-encoding': fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'x-nope'),
      accept: fc.constantFrom('application/json', 'text/html', '*/*', '', 'application/xml;q=0.1'),
      'access-control-request-method': fc.constantFrom('GET', 'POST', 'DELETE', 'PUT'),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1'),
      'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'GET'),
    },
    { requiredKeys: [] },
  );
  const extra = fc.dictionary(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((name) => !FRAMING_HEADERS.has(name)),
    headerText(120),
    { maxKeys: 4 },
  );
  return fc.tuple(named, extra).map(([headers, more]) => ({ ...more, ...headers }) as Headers);
}
