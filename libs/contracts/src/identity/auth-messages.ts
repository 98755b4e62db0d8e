import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { dateTimeText, uuidText } from '../http/formats.js';
import { EnvironmentSchema, PermissionSchema, RoleRefSchema } from './permission-schemas.js';
import { CREDENTIAL_TYPES, PrincipalSchema } from './principal.js';
import { CredentialMetadataSchema, CredentialOwnerSchema } from './credential-owner.js';

// Unicode addresses (`jürgen@bücher.example`) are welcome, as they always were;
// the domain needs a dot and no empty label.
const EMAIL_PATTERN = /^[^\s@"]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/u;
export const EmailSchema = z
  .email({ pattern: EMAIL_PATTERN, message: 'email must be an email address' })
  .max(320);

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Every new password, wherever it is chosen (sign-up, an invitation, a change,
 * a reset): one definition, so the rules cannot drift apart.
 */
export const NewPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(MAX_PASSWORD_LENGTH)
  .refine((value) => value.trim().length > 0, 'password must not be only spaces')
  .refine((value) => new Set(value).size > 1, 'password must not be one character repeated');

/** `POST /api/v1/auth/signup`. */
export const SignupInputSchema = z.strictObject({
  email: EmailSchema,
  password: NewPasswordSchema,
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

export const SessionUserSchema = z.object({
  id: uuidText(),
  // Not `format: email` in the document: sign-up takes addresses that JSON
  // Schema's email format refuses (Unicode ones, for one).
  email: z.string(),
  accountRole: z.enum(ACCOUNT_ROLES),
});
export const AccountRefSchema = z.object({ id: uuidText(), name: z.string() });

export const SessionCreatedSchema = z.object({
  sessionToken: z.string(),
  csrfToken: z.string(),
  expiresAt: z.string(),
  user: SessionUserSchema,
  account: AccountRefSchema,
});
export type SessionCreated = z.output<typeof SessionCreatedSchema>;

/** What the browser gets back for a session: never the session token itself. */
export const SessionViewSchema = z
  .object({
    user: SessionUserSchema,
    account: AccountRefSchema,
    expiresAt: dateTimeText(),
    csrfToken: z
      .string()
      .describe(
        'Send it as `x-csrf-token` on every write made with the session cookie (it is also in the `tally_csrf` cookie).',
      ),
  })
  .describe(
    'A dashboard session. The session token itself is only in the httpOnly `tally_session` cookie.',
  );
export type SessionView = z.output<typeof SessionViewSchema>;

export const LogoutResultSchema = z.object({
  loggedOut: z
    .boolean()
    .describe('False when the request carried no session cookie; the cookies are cleared anyway.'),
});

export const SessionVerificationSchema = z.object({
  principal: PrincipalSchema,
  /** SHA-256 of the session's CSRF token, hex: the gateway compares the header's hash with it. */
  csrfHash: z.string(),
});
export type SessionVerification = z.output<typeof SessionVerificationSchema>;

export const WhoAmISchema = z
  .object({
    account: AccountRefSchema,
    credential: z.object({
      type: z.enum(CREDENTIAL_TYPES),
      id: z.string().describe('The key id, OAuth client id or session id.'),
      name: z.string().nullable().describe("The key's or client's name; null for a session."),
      metadata: CredentialMetadataSchema.nullable().describe(
        "The key's or client's own metadata; null for a session.",
      ),
      owner: CredentialOwnerSchema.nullable().describe(
        'The user the key or client belongs to; null for a session (see `user`).',
      ),
    }),
    user: SessionUserSchema.nullable(),
    roles: z.array(RoleRefSchema),
    permissions: z.array(PermissionSchema),
    environment: EnvironmentSchema,
    expiresAt: dateTimeText()
      .nullable()
      .describe('When the credential stops working; null if never.'),
  })
  .describe('Who the credential of the request is.');
export type WhoAmI = z.output<typeof WhoAmISchema>;
