import type { OpenAPIObject, ServerObject } from '@nestjs/swagger';

export const API_VERSION = '1.0.0';

const DESCRIPTION = `The Tally API: creators' data from the platforms they connect, behind one set of credentials.

**Envelope.** Every answer under \`/api/v1\` is \`{"success": true, "data": …}\` or \`{"success": false, "error": {"code", "message", "details", "requestId"}}\`. The OAuth endpoints under \`/oauth\` answer in the shapes of RFC 6749 instead.

**Credentials.** \`Authorization: Bearer <API key or OAuth access token>\` or \`x-api-key: <API key>\`. The dashboard uses an httpOnly session cookie and sends \`x-csrf-token\` on writes. Secret keys (\`tly_sk_\`) belong on servers and are refused from browsers; publishable keys (\`tly_pk_\`) hold only \`creators:read\` and work only from their allowed origins, on the routes meant for browsers. Each operation says which permission it needs (also as \`x-permission\`).

**Errors.** 400 for invalid input (with one detail per field), 401 for a missing, malformed, expired or revoked credential (with \`WWW-Authenticate\`), 403 \`insufficient_scope\` for a valid credential without the permission, 404 also for other accounts' resources, 409, 429 with \`Retry-After\`, 502/503/504 when something behind the gateway fails.

**Rate limits.** One pool per account and environment shared by all its keys, a burst limit per credential, and a limit per IP that also covers public routes and failed authentications. Responses carry \`X-RateLimit-Limit\`, \`X-RateLimit-Remaining\`, \`X-RateLimit-Reset\`, \`RateLimit-Policy\` and \`RateLimit\`.

**Lists** are cursor-paginated: \`?limit=\` (1 to 100, default 20) and \`?cursor=\`; pages carry \`items\`, \`nextCursor\`, \`prevCursor\`, \`hasMoreAfter\` and \`hasMoreBefore\`.

**Webhooks.** Endpoints registered under \`/api/v1/webhook-endpoints\` receive the events they subscribe to, POSTed as JSON and signed per Standard Webhooks (\`webhook-id\`, \`webhook-timestamp\`, \`webhook-signature\`); the document's \`webhooks\` describe each event type and its payload.

**Request ids.** Send \`X-Request-Id\` or get one; it comes back on every response and in every error.`;

export interface OpenApiOptions {
  /** Where the API is reached; by default the host that serves the document. */
  servers?: ServerObject[];
}

/** Everything in the document but its paths and components. */
export function documentHeader(options: OpenApiOptions): Omit<OpenAPIObject, 'paths'> {
  return {
    openapi: '3.1.0',
    info: { title: 'Tally API', version: API_VERSION, description: DESCRIPTION },
    servers: options.servers ?? [{ url: '/', description: 'This gateway' }],
  };
}
