import type { SchemaObject } from '@nestjs/swagger';
import type { sessionView } from '../../auth/session-cookies.js';
import type { IdentityClient } from '../../identity/identity.client.js';
import { dateTime, objectSchema, text } from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

type SessionView = ReturnType<typeof sessionView>;
type LogoutResult = Awaited<ReturnType<IdentityClient['logout']>>;

export const sessionSchema = objectSchema<SessionView>(
  {
    user: schemaRef('User'),
    account: schemaRef('Account'),
    expiresAt: dateTime(),
    csrfToken: text(
      'Send it as `x-csrf-token` on every write made with the session cookie (it is also in the `tally_csrf` cookie).',
    ),
  },
  {
    description:
      'A dashboard session. The session token itself is only in the httpOnly `tally_session` cookie.',
  },
);

export const logoutResultSchema: SchemaObject = objectSchema<LogoutResult>({
  loggedOut: {
    type: 'boolean',
    description:
      'False when the request carried no session cookie; the cookies are cleared anyway.',
  },
});
