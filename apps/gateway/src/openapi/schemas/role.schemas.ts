import type { RoleView } from '@tally/contracts';
import { arrayOf, dateTime, objectSchema, text, uuid } from './schema-helpers.js';
import { schemaRef } from './schema-ref.js';

export const roleViewSchema = objectSchema<RoleView>(
  {
    id: uuid(),
    name: text('Lowercase letters, digits and dashes; unique in the account.'),
    description: text(),
    permissions: arrayOf(schemaRef('Permission')),
    builtIn: {
      type: 'boolean',
      description:
        'Built-in roles (`read-only`, `creators-manager`, `key-admin`, `full-access`) cannot change.',
    },
    createdAt: dateTime(),
  },
  { description: 'A named set of permissions that keys are given.' },
);
