import { z } from 'zod';
import { count, dateTimeText, uuidText } from '../http/formats.js';
import { schemaClass } from '../messaging/schema-class.js';
import { PageQuerySchema } from '../pagination.js';
import {
  ACCOUNT_ROLES,
  EmailSchema,
  NewPasswordSchema,
  SessionCreatedSchema,
} from './auth-messages.js';

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;
/** How long a password-reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** Pending invitations an account may have at once. */
export const MAX_PENDING_INVITATIONS = 100;

const AccountRoleSchema = z
  .enum(ACCOUNT_ROLES)
  .describe(
    '`owner`: everything, including owners and account administration; `admin`: everything but `account:admin` (and owners); `member`: creators and reading keys and the team.',
  );

// Members.

export const MemberViewSchema = z
  .object({
    id: uuidText(),
    email: z.string(),
    accountRole: AccountRoleSchema,
    createdAt: dateTimeText(),
    lastLoginAt: dateTimeText().nullable(),
  })
  .describe('A person of the account, who signs in to the dashboard.');
export type MemberView = z.output<typeof MemberViewSchema>;

/** `PATCH /api/v1/members/:id`. */
export const UpdateMemberInputSchema = z.strictObject({ accountRole: z.enum(ACCOUNT_ROLES) });
export class UpdateMemberInput extends schemaClass(UpdateMemberInputSchema) {}

export const RemovedMemberSchema = z
  .object({
    removed: z.literal(true),
    sessionsEnded: count().describe('Their dashboard sessions, ended at once.'),
    keysRevoked: count().describe('API keys they owned, revoked with them.'),
    oauthClientsRevoked: count().describe('OAuth clients they owned, revoked with them.'),
  })
  .describe('The member is gone from the account; what they owned stops working.');
export type RemovedMember = z.output<typeof RemovedMemberSchema>;

// Invitations.

/** `POST /api/v1/invitations`. */
export const CreateInvitationInputSchema = z.strictObject({
  email: EmailSchema,
  accountRole: z.enum(ACCOUNT_ROLES),
});
export class CreateInvitationInput extends schemaClass(CreateInvitationInputSchema) {}

export const InvitationViewSchema = z
  .object({
    id: uuidText(),
    email: z.string(),
    accountRole: AccountRoleSchema,
    invitedBy: z.string().nullable().describe('Who invited: an email, or a key or client name.'),
    createdAt: dateTimeText(),
    expiresAt: dateTimeText(),
  })
  .describe('A pending invitation: a single-use link, valid for 7 days.');
export type InvitationView = z.output<typeof InvitationViewSchema>;

export const CreatedInvitationSchema = InvitationViewSchema.extend({
  emailSent: z.boolean().describe('Whether Tally emailed the link (`MAIL_*` is set).'),
  link: z
    .string()
    .nullable()
    .describe(
      'The link itself when no email was sent (no `MAIL_*` settings): pass it on yourself. Null when it was emailed.',
    ),
}).describe('A new invitation.');
export type CreatedInvitation = z.output<typeof CreatedInvitationSchema>;

export const RevokedInvitationSchema = z
  .object({ revoked: z.literal(true) })
  .describe('The invitation link no longer works.');

/** The single-use token of an invitation or a reset link; any text (a wrong one is a verdict). */
const LinkTokenSchema = z.string().min(1).max(200);

/** `POST /api/v1/invitations/preview`. */
export const InvitationTokenInputSchema = z.strictObject({ token: LinkTokenSchema });
export class InvitationTokenInput extends schemaClass(InvitationTokenInputSchema) {}

export const InvitationPreviewSchema = z
  .object({
    email: z.string(),
    accountName: z.string(),
    accountRole: AccountRoleSchema,
    expiresAt: dateTimeText(),
  })
  .describe('What an invitation link offers, before it is accepted.');
export type InvitationPreview = z.output<typeof InvitationPreviewSchema>;

/** `POST /api/v1/invitations/accept`. */
export const AcceptInvitationInputSchema = z.strictObject({
  token: LinkTokenSchema,
  password: NewPasswordSchema,
});
export class AcceptInvitationInput extends schemaClass(AcceptInvitationInputSchema) {}

export { SessionCreatedSchema as AcceptedInvitationSchema };

// Passwords.

/** `POST /api/v1/users/me/password`. */
export const ChangePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPasswordSchema,
});
export class ChangePasswordInput extends schemaClass(ChangePasswordInputSchema) {}

export const PasswordChangedSchema = z
  .object({
    changed: z.literal(true),
    sessionsEnded: count().describe('Your other sessions, ended; this one goes on.'),
  })
  .describe('The new password is in use.');
export type PasswordChanged = z.output<typeof PasswordChangedSchema>;

/** `POST /api/v1/auth/password-reset`. */
export const RequestPasswordResetInputSchema = z.strictObject({ email: EmailSchema });
export class RequestPasswordResetInput extends schemaClass(RequestPasswordResetInputSchema) {}

export const PasswordResetRequestedSchema = z
  .object({
    accepted: z.literal(true),
    link: z
      .string()
      .nullable()
      .optional()
      .describe(
        'Development only (`NODE_ENV=development` without `MAIL_*`): the link, when the email belongs to a user. Never in production.',
      ),
  })
  .describe('When the email belongs to a user, a single-use link valid for an hour is on its way.');
export type PasswordResetRequested = z.output<typeof PasswordResetRequestedSchema>;

/** `POST /api/v1/auth/password-reset/complete`. */
export const CompletePasswordResetInputSchema = z.strictObject({
  token: LinkTokenSchema,
  password: NewPasswordSchema,
});
export class CompletePasswordResetInput extends schemaClass(CompletePasswordResetInputSchema) {}

export const PasswordResetSchema = z
  .object({
    reset: z.literal(true),
    sessionsEnded: count().describe('Every session of the user, ended.'),
  })
  .describe('The new password is in use; sign in with it.');
export type PasswordReset = z.output<typeof PasswordResetSchema>;

/** `GET /api/v1/members` and `/invitations`: paging only. */
export const TeamPageQuerySchema = PageQuerySchema;
