import { z } from 'zod';
import { schemaClass } from '../messaging/schema-class.js';
import { dateTimeText, uuidText } from '../http/formats.js';
import { EnvironmentSchema, PermissionSchema, RoleRefSchema } from './permission-schemas.js';
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
