import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { ENVIRONMENTS, PERMISSIONS } from './permissions.js';
import { CREDENTIAL_TYPES, PrincipalSchema } from './principal.js';

// Unicode addresses (`jürgen@bücher.example`) are welcome, as they always were;
// the domain needs a dot and no empty label.
const EMAIL_PATTERN = /^[^\s@"]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/u;
const EmailSchema = z
  .email({ pattern: EMAIL_PATTERN, message: 'email must be an email address' })
  .max(320);

/** `POST /api/v1/auth/signup`. */
export const SignupInputSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(12).max(256),
  accountName: z.string().min(1).max(200),
});
export class SignupInput extends schemaClass(SignupInputSchema) {}

/** `POST /api/v1/auth/login`. */
export const LoginInputSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(256),
});
export class LoginInput extends schemaClass(LoginInputSchema) {}

export const ACCOUNT_ROLES = ['owner', 'admin', 'member'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  accountRole: z.enum(ACCOUNT_ROLES),
});
const AccountRefSchema = z.object({ id: z.string(), name: z.string() });

export const SessionCreatedSchema = z.object({
  sessionToken: z.string(),
  csrfToken: z.string(),
  expiresAt: z.string(),
  user: SessionUserSchema,
  account: AccountRefSchema,
});
export type SessionCreated = z.output<typeof SessionCreatedSchema>;

export const SessionVerificationSchema = z.object({
  principal: PrincipalSchema,
  /** SHA-256 of the session's CSRF token, hex: the gateway compares the header's hash with it. */
  csrfHash: z.string(),
});
export type SessionVerification = z.output<typeof SessionVerificationSchema>;

export const WhoAmISchema = z.object({
  account: AccountRefSchema,
  credential: z.object({ type: z.enum(CREDENTIAL_TYPES), id: z.string() }),
  user: SessionUserSchema.nullable(),
  roles: z.array(z.object({ id: z.string(), name: z.string() })),
  permissions: z.array(z.enum(PERMISSIONS)),
  environment: z.enum(ENVIRONMENTS),
  expiresAt: z.string().nullable(),
});
export type WhoAmI = z.output<typeof WhoAmISchema>;
