import type { ReferenceObject, ResponseObject, ResponsesObject } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import type { ApiRouteDoc, OtherResponse, RouteError } from './api-route.decorator.js';
import { ErrorHttpStatus, errorResponseRef } from './error-responses.js';
import { headerRefs, RATE_LIMIT_HEADERS } from './response-headers.js';
import type { RouteAccess } from './route-access.js';
import type { RouteInputs } from './route-inputs.js';
import { enveloped, type Schema } from './schemas/index.js';

export interface ResponseFacts {
  doc: ApiRouteDoc | undefined;
  access: RouteAccess;
  inputs: RouteInputs;
  hasPathParameters: boolean;
  successStatus: number;
}

/** A body of the route's own media type, in the envelope unless the route says otherwise. */
function content(doc: ApiRouteDoc | undefined, data: Schema): ResponseObject['content'] {
  return {
    [doc?.responseMediaType ?? 'application/json']: {
      schema: doc?.envelope === false ? data : enveloped(data),
    },
  };
}

function successResponse({ doc, successStatus }: ResponseFacts): ResponseObject {
  const data = doc?.response ?? null;
  return {
    description: doc?.responseDescription ?? STATUS_CODES[successStatus] ?? 'Success',
    headers: { ...headerRefs(['X-Request-Id', ...RATE_LIMIT_HEADERS]), ...doc?.responseHeaders },
    ...(data === null ? {} : { content: content(doc, data) }),
  };
}

function otherResponse(
  doc: ApiRouteDoc | undefined,
  response: OtherResponse,
): [number, ResponseObject] {
  return [
    response.status,
    {
      description: response.description,
      headers: { ...headerRefs(['X-Request-Id', ...RATE_LIMIT_HEADERS]), ...response.headers },
      ...(response.schema ? { content: content(doc, response.schema) } : {}),
    },
  ];
}

/** The errors the route's wiring implies: its inputs, its credentials and the rate limiter. */
function impliedErrors({
  doc,
  access,
  inputs,
  hasPathParameters,
}: ResponseFacts): ErrorHttpStatus[] {
  // Routes with their own answer shape document all their errors themselves.
  if (doc?.envelope === false) return [];
  const statuses: ErrorHttpStatus[] = [429];
  if (inputs.body) statuses.push(400, 413, 415);
  if (inputs.query || hasPathParameters) statuses.push(400);
  if (
    access.kind === 'any-credential' ||
    access.kind === 'permission' ||
    access.kind === 'undeclared'
  )
    statuses.push(401, 403);
  return statuses;
}

function errorResponse(error: RouteError): [number, ResponseObject | ReferenceObject] {
  if (typeof error === 'number') return [error, errorResponseRef(error)];
  if (!('schema' in error))
    return [error.status, errorResponseRef(error.status, error.description)];
  return [
    error.status,
    {
      description: error.description,
      headers: { ...headerRefs(['X-Request-Id']), ...error.headers },
      content: { [error.mediaType ?? 'application/json']: { schema: error.schema } },
    },
  ];
}

export function responsesOf(facts: ResponseFacts): ResponsesObject {
  const errors = [...impliedErrors(facts), ...(facts.doc?.errors ?? [])].map(errorResponse);
  // Numeric keys keep ascending order; a route's own description of a status wins over the implied one.
  return {
    [facts.successStatus]: successResponse(facts),
    ...Object.fromEntries(
      (facts.doc?.otherResponses ?? []).map((response) => otherResponse(facts.doc, response)),
    ),
    ...Object.fromEntries(errors),
  };
}
