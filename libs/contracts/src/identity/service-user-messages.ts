import { z } from 'zod';
import { count, dateTimeText, uuidText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';

const NameSchema = z.string().trim().min(1).max(100);
const DescriptionSchema = z.string().max(500);

/** `POST /api/v1/service-users`. */
export const CreateServiceUserInputSchema = z.strictObject({
  name: NameSchema,
  description: DescriptionSchema.optional(),
});
export class CreateServiceUserInput extends schemaClass(CreateServiceUserInputSchema) {}

/** `PATCH /api/v1/service-users/:id`: at least one field. */
export const UpdateServiceUserInputSchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    name: NameSchema.optional(),
    description: DescriptionSchema.optional(),
  })
  .refine(
    (input) => Object.values(input).some((value) => value !== undefined),
    'send at least one of enabled, name, description',
  );
export class UpdateServiceUserInput extends schemaClass(UpdateServiceUserInputSchema) {}

export const ServiceUserViewSchema = z
  .object({
    id: uuidText(),
    name: z.string(),
    description: z.string(),
    enabled: z
      .boolean()
      .describe('False while disabled: every key and OAuth client it owns is refused.'),
    createdAt: dateTimeText(),
    disabledAt: dateTimeText().nullable(),
    activeKeys: count().describe('Its API keys that are neither revoked nor expired.'),
    activeOAuthClients: count().describe('Its OAuth clients that are not revoked.'),
  })
  .describe(
    "A machine identity of the organisation: it owns API keys and OAuth clients that outlive any one person's membership.",
  );
export type ServiceUserView = z.output<typeof ServiceUserViewSchema>;

export const DeletedServiceUserSchema = z
  .object({
    deleted: z.literal(true),
    keysRevoked: count(),
    oauthClientsRevoked: count(),
  })
  .describe('The service user is gone; its keys and OAuth clients are revoked.');
export type DeletedServiceUser = z.output<typeof DeletedServiceUserSchema>;
