import { ERROR_CODES, errorEnvelopeWith, ErrorStatus, type ErrorCode } from '@tally/contracts';
import type { ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { headerRefs, RATE_LIMIT_HEADERS, ResponseHeaderName } from './response-headers.js';
import type { SchemaCatalog } from './schema-catalog.js';

/** Every HTTP status an error code maps to (see ErrorStatus in the contracts). */
export type ErrorHttpStatus = (typeof ErrorStatus)[ErrorCode];

interface ErrorResponseSpec {
  /** Its name under `#/components/responses`. */
  name: string;
  description: string;
  headers: readonly ResponseHeaderName[];
}

const COUNTED = ['X-Request-Id', ...RATE_LIMIT_HEADERS] as const;

// Keyed by every status of ErrorStatus: a status added there must be described here.
const ERROR_RESPONSES: Record<ErrorHttpStatus, ErrorResponseSpec> = {
  400: {
    name: 'BadRequest',
    description:
      'The request is invalid: `validation_failed`, with one entry in `details` per field at fault (each field once, its allowed values named where there is a list), or `invalid_json`; `platform_not_supported` for a platform Tally knows but does not support yet, naming the field.',
    headers: COUNTED,
  },
  401: {
    name: 'Unauthorized',
    description:
      'The credential is missing, malformed, expired or revoked (`unauthorized`). Failed attempts count against the IP limit.',
    headers: ['WWW-Authenticate', ...COUNTED],
  },
  403: {
    name: 'InsufficientScope',
    description:
      'The credential is valid but may not do this (`insufficient_scope`): it lacks the permission, it is a publishable key outside its allowed origins or on a route for servers, a secret key sent from a browser, or a session write without its `x-csrf-token`. The request counts against the limits like any other.',
    headers: ['WWW-Authenticate', ...COUNTED],
  },
  404: {
    name: 'NotFound',
    description:
      "Not found (`not_found`, or `route_not_found` for an unknown route). Other accounts' resources are not found either: the API never reveals that they exist.",
    headers: COUNTED,
  },
  405: {
    name: 'MethodNotAllowed',
    description: 'The route does not take this method (`method_not_allowed`).',
    headers: ['X-Request-Id'],
  },
  409: {
    name: 'Conflict',
    description: 'The request conflicts with the current state of the resource (`conflict`).',
    headers: COUNTED,
  },
  413: {
    name: 'PayloadTooLarge',
    description: 'The body is larger than the gateway accepts (`payload_too_large`).',
    headers: ['X-Request-Id'],
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body is not sent as `application/json` (`unsupported_media_type`).',
    headers: ['X-Request-Id'],
  },
  431: {
    name: 'HeadersTooLarge',
    description: 'The request headers are larger than the server accepts (`headers_too_large`).',
    headers: ['X-Request-Id'],
  },
  429: {
    name: 'RateLimited',
    description:
      "A rate limit refused the request (`rate_limited`); `details` name the limit: `pool` (the account and environment), `burst` (the credential), `publishable` (a publishable key's own pool, which never spends the account's), `publishable-ip` (one client IP's share of it) or `ip`; sign-in and sign-up also `too_many_failures` (failed sign-ins for this email from this IP, or from this IP), `backing_off` (an email that failed often, from an IP it has not signed in from) or `busy` (identity is checking as many passwords as it may at once). Try again after `Retry-After` seconds.",
    headers: ['Retry-After', ...COUNTED],
  },
  500: {
    name: 'InternalError',
    description:
      'An unexpected failure on our side (`internal_error`); its text never leaves the gateway.',
    headers: ['X-Request-Id'],
  },
  502: {
    name: 'UpstreamError',
    description: 'A platform behind Tally failed (`upstream_error`).',
    headers: COUNTED,
  },
  503: {
    name: 'ServiceUnavailable',
    description:
      'A service behind the gateway did not answer (`service_unavailable`); `details` name it.',
    headers: COUNTED,
  },
  504: {
    name: 'UpstreamTimeout',
    description: 'A service behind the gateway took too long to answer (`upstream_timeout`).',
    headers: COUNTED,
  },
};

function codesOf(status: ErrorHttpStatus): [ErrorCode, ...ErrorCode[]] {
  const [first, ...rest] = ERROR_CODES.filter((code) => ErrorStatus[code] === status);
  if (!first) throw new Error(`no error code answers ${status}`);
  return [first, ...rest];
}

/** Every error response, once, for operations to refer to. */
export function errorResponseComponents(catalog: SchemaCatalog): Record<string, ResponseObject> {
  const statuses = [...new Set(Object.values(ErrorStatus))];
  return Object.fromEntries(
    statuses.map((status) => {
      const spec = ERROR_RESPONSES[status];
      const response: ResponseObject = {
        description: spec.description,
        headers: headerRefs(spec.headers),
        content: {
          'application/json': { schema: catalog.use(errorEnvelopeWith(codesOf(status))) },
        },
      };
      return [spec.name, response];
    }),
  );
}

/** A reference to the shared error response; OpenAPI 3.1 lets it say what this route means by it. */
export function errorResponseRef(
  status: ErrorHttpStatus,
  description?: string,
): ReferenceObject & { description?: string } {
  return {
    $ref: `#/components/responses/${ERROR_RESPONSES[status].name}`,
    ...(description ? { description } : {}),
  };
}

export function isErrorHttpStatus(status: number): status is ErrorHttpStatus {
  return Object.hasOwn(ERROR_RESPONSES, status);
}
