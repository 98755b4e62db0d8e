import type { SecurityRequirementObject, SecuritySchemeObject } from '@nestjs/swagger';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/credentials.js';

export const SECURITY_SCHEMES = {
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      '`Authorization: Bearer <credential>`: an API key (`tly_sk_…` secret, `tly_pk_…` publishable) or an OAuth access token.',
  },
  apiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'x-api-key',
    description: 'An API key in the `x-api-key` header.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: `The dashboard's httpOnly session cookie, set by sign-up and sign-in. Writes (every method but GET, HEAD and OPTIONS) must also send the session's CSRF token in the \`${CSRF_HEADER}\` header.`,
  },
  clientBasic: {
    type: 'http',
    scheme: 'basic',
    description:
      'OAuth client authentication (`client_secret_basic`): the client id and secret, form-encoded, as HTTP Basic credentials. The OAuth endpoints also take them as `client_id` and `client_secret` in the body (`client_secret_post`), never both.',
  },
} satisfies Record<string, SecuritySchemeObject>;

export type SecuritySchemeName = keyof typeof SECURITY_SCHEMES;

const GUARD_CREDENTIALS: SecuritySchemeName[] = ['bearer', 'apiKey', 'session'];

/** Any one of the credentials the auth guard accepts. */
export const ANY_CREDENTIAL_SECURITY: SecurityRequirementObject[] = GUARD_CREDENTIALS.map(
  (name) => ({ [name]: [] }),
);

/** How the OAuth endpoints authenticate clients: HTTP Basic, or (`{}`) the secret in the body. */
export const OAUTH_CLIENT_SECURITY: SecurityRequirementObject[] = [{ clientBasic: [] }, {}];
