import type { AuditEventView } from '@tally/contracts';
import { dateTime, nullable, objectSchema, text, uuid } from './schema-helpers.js';

export const auditEventViewSchema = objectSchema<AuditEventView>(
  {
    id: uuid(),
    actor: objectSchema<AuditEventView['actor']>({
      type: text('`user`, `secret_key`, `publishable_key`, `oauth_client` or `system`.'),
      id: nullable(text()),
    }),
    action: text('What was done, like `key.created` or `role.created`.'),
    target: objectSchema<AuditEventView['target']>({
      type: nullable(text()),
      id: nullable(text()),
    }),
    metadata: { type: 'object', additionalProperties: true },
    requestId: nullable(text('The X-Request-Id of the request that did it.')),
    createdAt: dateTime(),
  },
  { description: 'Who did what and when.' },
);
