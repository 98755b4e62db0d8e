import type { ApiKeyType, ApiKeyView, CreatedApiKey, KeyCreator } from '@tally/contracts';
import type { SchemaObject } from '@nestjs/swagger';
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

const KEY_TYPES = membersOf<ApiKeyType>({ secret: true, publishable: true });
type CreatorOf<T extends KeyCreator['type']> = Extract<KeyCreator, { type: T }>;

const keyCreatorSchema: SchemaObject = {
  description:
    'The credential that created the key. Ids and names are null when it no longer exists; keys made by the operator CLI say `system`.',
  oneOf: [
    objectSchema<CreatorOf<'user'>>({
      type: stringEnum(['user'], 'A person signed in to the dashboard.'),
      id: nullable(uuid()),
      email: nullable(text()),
    }),
    objectSchema<CreatorOf<'key'>>({
      type: stringEnum(['key'], 'Another API key.'),
      id: nullable(uuid()),
      name: nullable(text()),
      start: nullable(text('The first characters of that key.')),
    }),
    objectSchema<CreatorOf<'oauth_client'>>({
      type: stringEnum(['oauth_client'], 'An OAuth client, with an access token.'),
      id: nullable(uuid()),
      name: nullable(text()),
    }),
    objectSchema<CreatorOf<'system'>>({
      type: stringEnum(['system'], 'The operator CLI.'),
      id: { type: 'null' },
    }),
  ],
  discriminator: { propertyName: 'type' },
};

export const apiKeyViewSchema = objectSchema<ApiKeyView>(
  {
    id: uuid(),
    name: text(),
    start: text('The first characters of the key, to recognise it by; never the secret.'),
    type: stringEnum(
      KEY_TYPES,
      '`secret` (`tly_sk_`, for servers) or `publishable` (`tly_pk_`, for browsers).',
    ),
    environment: schemaRef('Environment'),
    roles: arrayOf(objectSchema<ApiKeyView['roles'][number]>({ id: uuid(), name: text() })),
    permissions: arrayOf(schemaRef('Permission'), 'Everything its roles grant.'),
    allowedOrigins: arrayOf(text(), 'Publishable keys: the browser origins it works from.'),
    createdAt: dateTime(),
    createdBy: keyCreatorSchema,
    lastUsedAt: nullable(dateTime('Updated at most about once a minute.')),
    expiresAt: dateTime(),
    revokedAt: nullable(dateTime()),
    replacedBy: nullable(uuid('The key that replaced this one when it was rolled.')),
  },
  { description: 'An API key as listings show it: metadata only, never the secret.' },
);

export const createdApiKeySchema: SchemaObject = {
  description: 'A new API key: the only answer that carries the key itself.',
  allOf: [
    schemaRef('ApiKeyView'),
    objectSchema<Omit<CreatedApiKey, keyof ApiKeyView>>({
      key: text('The key itself. It is shown only this once: store it now.'),
    }),
  ],
};
