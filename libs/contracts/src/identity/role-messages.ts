import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { dateTimeText, uuidText } from '../http/formats.js';
import { PermissionSchema } from './permission-schemas.js';
import { BUILT_IN_ROLES, PERMISSIONS } from './permissions.js';

/** `POST /api/v1/roles`. */
export const CreateRoleInputSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'name must be lowercase letters, digits and dashes'),
  description: z.string().max(500).optional(),
  permissions: z
    .array(z.enum(PERMISSIONS, `permissions must be among: ${PERMISSIONS.join(', ')}`))
    .min(1)
    .max(PERMISSIONS.length),
});
export class CreateRoleInput extends schemaClass(CreateRoleInputSchema) {}

export const RoleViewSchema = z
  .object({
    id: uuidText(),
    name: z.string().describe('Lowercase letters, digits and dashes; unique in the account.'),
    description: z.string(),
    permissions: z.array(PermissionSchema),
    builtIn: z.boolean().describe(
      `Built-in roles (${Object.keys(BUILT_IN_ROLES)
        .map((name) => `\`${name}\``)
        .join(', ')}) cannot change.`,
    ),
    createdAt: dateTimeText(),
  })
  .describe('A named set of permissions that keys are given.');
export type RoleView = z.output<typeof RoleViewSchema>;
