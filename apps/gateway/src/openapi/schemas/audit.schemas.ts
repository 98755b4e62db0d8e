import { AUDIT_ACTOR_TYPES, type AuditEventView } from '@tally/contracts';
import { dateTime, nullable, objectSchema, stringEnum, text, uuid } from './schema-helpers.js';

export const auditEventViewSchema = objectSchema<AuditEventView>(
  {
    id: uuid(),
    actor: objectSchema<AuditEventView['actor']>(
      {
        type: stringEnum(
          AUDIT_ACTOR_TYPES,
          '`user` (a dashboard session), `secret_key`, `publishable_key`, `oauth_client` or `system` (Tally itself).',
        ),
        id: nullable(text('The user, key or OAuth client id; null for `system`.')),
        name: nullable(
          text(
            "The actor as it was named then: `alice@example.com`, `API key 'CI deploy' (tly_sk_ab12cd…)`, `OAuth client 'Zapier'`, `Tally`.",
          ),
        ),
      },
      { description: 'Who did it.' },
    ),
    action: text(
      'What was done, like `key.created` or `creator.connected` (the list is in the route’s description).',
    ),
    target: objectSchema<AuditEventView['target']>(
      {
        type: nullable(
          text('`api_key`, `role`, `oauth_client`, `oauth_token`, `user` or `creator`.'),
        ),
        id: nullable(text()),
        name: nullable(
          text(
            "The target as it was named then: a key's name and start, a role's or OAuth client's name, a user's email, a creator's `@username (TikTok)`.",
          ),
        ),
      },
      { description: 'What it was done to.' },
    ),
    metadata: { type: 'object', additionalProperties: true },
    requestId: nullable(
      text(
        'The X-Request-Id of the request that did it (for a sync’s outcome, the request that asked for it).',
      ),
    ),
    createdAt: dateTime(),
  },
  { description: 'Who did what and when. Names are kept as they were when it happened.' },
);
