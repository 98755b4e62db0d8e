import type { ApiKeyType, ApiKeyView, CreatedApiKey } from '@tally/contracts';
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
const CREATORS = membersOf<ApiKeyView['createdBy']['type']>({
  user: true,
  key: true,
  system: true,
});

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
    createdBy: objectSchema<ApiKeyView['createdBy']>({
      type: stringEnum(CREATORS),
      id: nullable(text()),
    }),
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
