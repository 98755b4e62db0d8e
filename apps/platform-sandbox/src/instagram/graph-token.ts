import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../http/bearer-token.js';
import { queryValue } from '../http/query-value.js';

/** The Graph API takes the token as `Authorization: Bearer` or as `access_token` in the query. */
export function graphAccessToken(request: FastifyRequest): string | undefined {
  return bearerToken(request) ?? queryValue(request.query, 'access_token');
}
