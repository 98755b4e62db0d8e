import { SetMetadata } from '@nestjs/common';
import type { HeaderObject, ReferenceObject, SecurityRequirementObject } from '@nestjs/swagger';
import type { ErrorHttpStatus } from './error-responses.js';
import type { InputClass } from './route-inputs.js';
import type { z } from 'zod';

export const API_ROUTE_DOC = 'tally:api-route-doc';

/**
 * An error of a route: a status of the shared error envelope, the same with
 * what it means on this route, or a response in the route's own shape (OAuth's
 * RFC 6749 errors, for one).
 */
export type RouteError =
  | ErrorHttpStatus
  | { status: ErrorHttpStatus; description: string }
  | {
      status: number;
      description: string;
      schema: z.ZodType;
      /** application/json unless told (the connect callback's pages are text/html). */
      mediaType?: string;
      headers?: Record<string, HeaderObject | ReferenceObject>;
    };

/**
 * An answer besides the result and the errors: another success status (202
 * for a sync still running) or a redirect.
 */
export interface OtherResponse {
  status: number;
  description: string;
  /** Its body, in the envelope unless the route's `envelope` is false; none when absent (a redirect). */
  schema?: z.ZodType;
  headers?: Record<string, HeaderObject | ReferenceObject>;
}

/**
 * What only a person can say about a route. The rest is read from the route
 * itself when the document is built: method and path, body and query classes,
 * path parameters, success status, credentials and permission.
 */
export interface ApiRouteDoc {
  /** What it does, in a few words. */
  summary: string;
  /** Markdown; the access the route needs is appended to it. */
  description?: string;
  /** Instead of the controller's name. */
  tags?: string[];
  /** The result: `data` of the success envelope, or the whole body when `envelope` is false. Null: no body. */
  response: z.ZodType | null;
  responseDescription?: string;
  /** The media type of the result when it is not JSON (`text/html`). */
  responseMediaType?: string;
  /** Other answers than the result and the errors (in the result's media type). */
  otherResponses?: OtherResponse[];
  responseHeaders?: Record<string, HeaderObject | ReferenceObject>;
  /**
   * The errors particular to this route, optionally with what they mean here.
   * Those its wiring implies are added: 400 (inputs), 413/415 (body),
   * 401/403 (credentials), 429 (rate limits); not to routes with
   * `envelope: false`, which list all their errors.
   */
  errors?: RouteError[];
  /** Descriptions of the path parameters, by name. */
  params?: Record<string, string>;
  /**
   * The query parameters, for handlers that read the query themselves instead
   * of through a contract class (the connect callback, which lets parameters it
   * does not know through).
   */
  query?: InputClass;
  /** The body, for handlers that take no contract class (the OAuth endpoints' forms). */
  body?: z.ZodType;
  /** Media types of the body; application/json unless told. */
  bodyMediaTypes?: string[];
  /** False for routes that answer in their own shape (OAuth, RFC 6749) instead of the envelope. */
  envelope?: boolean;
  /**
   * For routes outside /api/ that authenticate callers themselves (public
   * otherwise). Ignored under /api/, where the auth guard's decorators decide.
   */
  security?: SecurityRequirementObject[];
}

/** Documents a route in the OpenAPI document (see openapi/build-openapi-document.ts). */
export const ApiRoute = (doc: ApiRouteDoc) => SetMetadata(API_ROUTE_DOC, doc);
