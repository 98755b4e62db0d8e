import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { PERMISSIONS } from './permissions.js';

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

export const RoleViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  builtIn: z.boolean(),
  createdAt: z.string(),
});
export type RoleView = z.output<typeof RoleViewSchema>;
