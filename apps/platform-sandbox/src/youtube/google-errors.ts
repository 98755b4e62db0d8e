import type { FastifyReply } from 'fastify';

export interface GoogleApiError {
  status: number;
  reason: string;
  domain: string;
  message: string;
  /** The gRPC-style status Google adds to its newer envelopes. */
  grpcStatus?: string;
}

export const QUOTA_EXCEEDED: GoogleApiError = {
  status: 403,
  reason: 'quotaExceeded',
  domain: 'youtube.quota',
  message:
    'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
};

export const AUTH_ERROR: GoogleApiError = {
  status: 401,
  reason: 'authError',
  domain: 'global',
  message:
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  grpcStatus: 'UNAUTHENTICATED',
};

export const KEY_INVALID: GoogleApiError = {
  status: 400,
  reason: 'badRequest',
  domain: 'global',
  message: 'API key not valid. Please pass a valid API key.',
  grpcStatus: 'INVALID_ARGUMENT',
};

export const UNREGISTERED_CALLER: GoogleApiError = {
  status: 403,
  reason: 'forbidden',
  domain: 'global',
  message:
    "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
  grpcStatus: 'PERMISSION_DENIED',
};

export const INSUFFICIENT_PERMISSIONS: GoogleApiError = {
  status: 403,
  reason: 'insufficientPermissions',
  domain: 'global',
  message: 'Request had insufficient authentication scopes.',
  grpcStatus: 'PERMISSION_DENIED',
};

export function badRequest(reason: string, message: string, domain = 'youtube.parameter') {
  return { status: 400, reason, domain, message } satisfies GoogleApiError;
}

const FAULT_REASONS: Record<string, Omit<GoogleApiError, 'status'> & { status: number }> = {
  quotaExceeded: QUOTA_EXCEEDED,
  authError: AUTH_ERROR,
  rateLimitExceeded: {
    status: 429,
    reason: 'rateLimitExceeded',
    domain: 'youtube.quota',
    message: 'The request cannot be completed because you have exceeded your quota.',
  },
  backendError: { status: 500, reason: 'backendError', domain: 'global', message: 'Backend Error' },
};

const REASON_OF_STATUS: Record<number, string> = {
  401: 'authError',
  403: 'quotaExceeded',
  429: 'rateLimitExceeded',
};

/** The error an injected fault stands for: by reason, by status, or a backend error. */
export function googleFaultError(reason: string | undefined, status: number | undefined) {
  const chosen = reason ?? REASON_OF_STATUS[status ?? 500] ?? 'backendError';
  const known = FAULT_REASONS[chosen];
  return {
    status: status ?? known?.status ?? 400,
    reason: chosen,
    domain: known?.domain ?? 'global',
    message: known?.message ?? `Injected by the sandbox: ${chosen}.`,
  } satisfies GoogleApiError;
}

/** `{"error": {code, message, errors: [{message, domain, reason}], status?}}`. */
export function sendGoogleApiError(reply: FastifyReply, error: GoogleApiError) {
  return reply.code(error.status).send({
    error: {
      code: error.status,
      message: error.message,
      errors: [{ message: error.message, domain: error.domain, reason: error.reason }],
      ...(error.grpcStatus === undefined ? {} : { status: error.grpcStatus }),
    },
  });
}

/** Google's OAuth endpoints answer `{error, error_description}`. */
export function sendGoogleOAuthError(
  reply: FastifyReply,
  error: string,
  description: string,
  status = error === 'invalid_client' ? 401 : 400,
) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error, error_description: description });
}
