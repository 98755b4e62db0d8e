import { CREDENTIAL_TYPES, type AccountRole, type WhoAmI } from '@tally/contracts';
import {
  arrayOf,
  dateTime,
  membersOf,
  nullable,
  objectSchema,
  stringEnum,
  text,
  uuid,
} from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

type User = NonNullable<WhoAmI['user']>;

const ACCOUNT_ROLES = membersOf<AccountRole>({ owner: true, admin: true, member: true });

export const accountSchema = objectSchema<WhoAmI['account']>({ id: uuid(), name: text() });

export const userSchema = objectSchema<User>({
  id: uuid(),
  email: { type: 'string', format: 'email' },
  accountRole: stringEnum(ACCOUNT_ROLES),
});

export const whoAmISchema = objectSchema<WhoAmI>(
  {
    account: schemaRef('Account'),
    credential: objectSchema<WhoAmI['credential']>({
      type: stringEnum(CREDENTIAL_TYPES),
      id: text('The key id, OAuth client id or session id.'),
    }),
    user: nullable(schemaRef('User')),
    roles: arrayOf(objectSchema<WhoAmI['roles'][number]>({ id: uuid(), name: text() })),
    permissions: arrayOf(schemaRef('Permission')),
    environment: schemaRef('Environment'),
    expiresAt: nullable(dateTime('When the credential stops working; null if never.')),
  },
  { description: 'Who the credential of the request is.' },
);
