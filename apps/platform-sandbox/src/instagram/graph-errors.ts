import { randomAlphanumeric } from '../state/random-strings.js';
import type { FastifyReply } from 'fastify';

export interface GraphError {
  status: number;
  code: number;
  message: string;
  subcode?: number;
  isTransient?: boolean;
}

/** A token that is not one the sandbox issued (or was cut short). */
export const INVALID_TOKEN: GraphError = {
  status: 400,
  code: 190,
  message: 'Invalid OAuth access token - Cannot parse access token',
};

export const MISSING_TOKEN: GraphError = {
  status: 400,
  code: 2500,
  message: 'An active access token must be used to query information about the current user.',
};

/** Session expired: code 190, subcode 463. */
export function expiredToken(expiredAtMs: number, nowMs: number): GraphError {
  return {
    status: 400,
    code: 190,
    subcode: 463,
    message: `Error validating access token: Session has expired on ${new Date(expiredAtMs).toUTCString()}. The current time is ${new Date(nowMs).toUTCString()}.`,
  };
}

export function invalidParameter(message: string): GraphError {
  return { status: 400, code: 100, message };
}

/** An id that is not a node the token may read: unknown, someone else's, or without this edge. */
export function unsupportedGetRequest(id: string): GraphError {
  return {
    status: 400,
    code: 100,
    subcode: 33,
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  };
}

/** A call that needs a permission the token was not granted. */
export const MISSING_PERMISSION: GraphError = {
  status: 403,
  code: 10,
  message: '(#10) Application does not have permission for this action',
};

/** Insights of a media seen by too few people (Instagram's own wording). */
export const NOT_ENOUGH_VIEWERS: GraphError = {
  status: 400,
  code: 10,
  message: '(#10) Not enough viewers for the media to show insights',
};

/**
 * The per-user limit: `(#17) User request limit reached` or the Business Use
 * Case throttle `80002`. Which HTTP status Meta pairs with each is not
 * documented; observed answers are 403 for #17 and 400 for #80002.
 */
export function userLimitReached(code: 17 | 80002): GraphError {
  return code === 17
    ? { status: 403, code, message: '(#17) User request limit reached', isTransient: true }
    : {
        status: 400,
        code,
        message:
          '(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.',
        isTransient: true,
      };
}

export function unexpectedError(status = 500): GraphError {
  return {
    status,
    code: 2,
    message: 'An unexpected error has occurred. Please retry your request later.',
    isTransient: true,
  };
}

/** `{"error": {message, type: "OAuthException", code, error_subcode?, fbtrace_id}}`. */
export function sendGraphError(reply: FastifyReply, error: GraphError) {
  return reply.code(error.status).send({
    error: {
      message: error.message,
      type: 'OAuthException',
      code: error.code,
      ...(error.subcode === undefined ? {} : { error_subcode: error.subcode }),
      ...(error.isTransient === undefined ? {} : { is_transient: error.isTransient }),
      fbtrace_id: randomAlphanumeric(27),
    },
  });
}

/** The code exchange on api.instagram.com answers in the older flat shape. */
export function sendInstagramOAuthError(reply: FastifyReply, message: string, code = 400) {
  return reply.code(code).send({ error_type: 'OAuthException', code, error_message: message });
}
