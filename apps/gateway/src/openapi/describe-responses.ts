import type { ReferenceObject, ResponseObject, ResponsesObject } from '@nestjs/swagger';
import { successEnvelopeOf } from '@tally/contracts';
import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';
import type { ApiRouteDoc, OtherResponse, RouteError } from './api-route.decorator.js';
import { ErrorHttpStatus, errorResponseRef } from './error-responses.js';
import { headerRefs, RATE_LIMIT_HEADERS } from './response-headers.js';
import type { RouteAccess } from './route-access.js';
import type { SchemaCatalog } from './schema-catalog.js';

export interface ResponseFacts {
  catalog: SchemaCatalog;
  doc: ApiRouteDoc | undefined;
  access: RouteAccess;
  successStatus: number;
}

/** A body of the route's own media type, in the envelope unless the route says otherwise. */
function content({ catalog, doc }: ResponseFacts, data: z.ZodType): ResponseObject['content'] {
  return {
    [doc?.responseMediaType ?? 'application/json']: {
      schema: catalog.use(doc?.envelope === false ? data : successEnvelopeOf(data)),
    },
  };
}

function successResponse(facts: ResponseFacts): ResponseObject {
  const { doc, successStatus } = facts;
  const data = doc?.response ?? null;
  return {
    description: doc?.responseDescription ?? STATUS_CODES[successStatus] ?? 'Success',
    headers: { ...headerRefs(['X-Request-Id', ...RATE_LIMIT_HEADERS]), ...doc?.responseHeaders },
    ...(data === null ? {} : { content: content(facts, data) }),
  };
}

function otherResponse(facts: ResponseFacts, response: OtherResponse): [number, ResponseObject] {
  return [
    response.status,
    {
      description: response.description,
      headers: { ...headerRefs(['X-Request-Id', ...RATE_LIMIT_HEADERS]), ...response.headers },
      ...(response.schema ? { content: content(facts, response.schema) } : {}),
    },
  ];
}

/**
 * The errors the route's wiring implies: the body rules and the header limit,
 * which hold for every request (a body sent to a route that takes none is
 * still read: not JSON is 415, too big 413, unparsable 400), the inputs, the
 * credentials and the rate limiter.
 */
function impliedErrors({ doc, access }: ResponseFacts): ErrorHttpStatus[] {
  // Routes with their own answer shape document all their errors themselves.
  if (doc?.envelope === false) return [];
  const statuses: ErrorHttpStatus[] = [400, 413, 415, 429, 431];
  if (
    access.kind === 'any-credential' ||
    access.kind === 'permission' ||
    access.kind === 'undeclared'
  )
    statuses.push(401, 403);
  return statuses;
}

function errorResponse(
  catalog: SchemaCatalog,
  error: RouteError,
): [number, ResponseObject | ReferenceObject] {
  if (typeof error === 'number') return [error, errorResponseRef(error)];
  if (!('schema' in error))
    return [error.status, errorResponseRef(error.status, error.description)];
  return [
    error.status,
    {
      description: error.description,
      headers: { ...headerRefs(['X-Request-Id']), ...error.headers },
      content: { [error.mediaType ?? 'application/json']: { schema: catalog.use(error.schema) } },
    },
  ];
}

export function responsesOf(facts: ResponseFacts): ResponsesObject {
  const errors = [...impliedErrors(facts), ...(facts.doc?.errors ?? [])].map((error) =>
    errorResponse(facts.catalog, error),
  );
  // Numeric keys keep ascending order; a route's own description of a status wins over the implied one.
  return {
    [facts.successStatus]: successResponse(facts),
    ...Object.fromEntries(
      (facts.doc?.otherResponses ?? []).map((response) => otherResponse(facts, response)),
    ),
    ...Object.fromEntries(errors),
  };
}
