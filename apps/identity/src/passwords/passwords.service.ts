import {
  AppError,
  PASSWORD_RESET_TTL_MINUTES,
  type ChangePasswordInput,
  type CompletePasswordResetInput,
  type PasswordChanged,
  type PasswordReset,
  type PasswordResetRequested,
  type Principal,
} from '@tally/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { IdentityConfig } from '../config/identity.config.js';
import { IDENTITY_CONFIG } from '../config/identity.tokens.js';
import { randomToken } from '../crypto/random-token.js';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { LinkMailer } from '../mail/link-mailer.js';
import { HashingGate } from '../users/hashing-gate.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersRepository } from '../users/users.repository.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

const MINUTE_MS = 60 * 1000;
/** Reset links sent to one user per hour; further requests answer the same and send nothing. */
export const MAX_RESET_LINKS_PER_HOUR = 5;

function invalidLink(): AppError {
  return new AppError(
    'not_found',
    'This password reset link is not valid any more (used or expired); ask for a new one.',
  );
}

/** Changing a password, and resetting a forgotten one through a single-use link. */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly sessions: SessionsRepository,
    private readonly passwords: PasswordHasher,
    private readonly hashing: HashingGate,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly mailer: LinkMailer,
  ) {}

  /** The signed-in user's new password; their other sessions end, this one goes on. */
  async change(principal: Principal, input: ChangePasswordInput): Promise<PasswordChanged> {
    const user =
      principal.credentialType === 'session' && principal.userId
        ? await this.users.findById(principal.userId)
        : null;
    if (!user || user.accountId !== principal.accountId) {
      throw new AppError(
        'insufficient_scope',
        'Only a person signed in to the dashboard can change their password.',
      );
    }
    const current = await this.hashing.run(() =>
      this.passwords.verify(user.passwordHash, input.currentPassword),
    );
    if (!current) {
      throw new AppError('validation_failed', 'The current password is not right.', [
        { field: 'currentPassword', reason: 'is not right' },
      ]);
    }
    const passwordHash = await this.hashing.run(() => this.passwords.hash(input.newPassword));
    const ended = await this.db.transaction(async (manager) => {
      await this.users.setPassword(user.id, passwordHash, manager);
      await this.resets.useAllOf(user.id, manager);
      const endedSessions = await this.sessions.revokeAllOf(
        user.id,
        manager,
        principal.credentialId,
      );
      await this.audit.record(
        principal,
        'user.password_changed',
        { type: 'user', id: user.id },
        { sessionsEnded: endedSessions.length },
        manager,
      );
      return endedSessions;
    });
    await this.auth.announceSessionsEnded(ended);
    return { changed: true, sessionsEnded: ended.length };
  }

  /**
   * Sends a reset link when the email is a user's; the answer is the same
   * either way, so that nobody learns which emails have accounts.
   */
  async requestReset(email: string, ip: string): Promise<PasswordResetRequested> {
    const user = await this.users.findByEmail(email);
    if (!user) return { accepted: true, ...(this.showsLinks() ? { link: null } : {}) };
    const recent = await this.resets.countSince(user.id, new Date(Date.now() - 60 * MINUTE_MS));
    if (recent >= MAX_RESET_LINKS_PER_HOUR) {
      this.logger.warn({
        msg: 'password reset links per hour exceeded; none sent',
        userId: user.id,
      });
      return { accepted: true, ...(this.showsLinks() ? { link: null } : {}) };
    }
    const token = randomToken();
    const link = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/reset-password#token=${token}`;
    await this.resets.insert(
      user.id,
      this.hasher.hash(token),
      new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * MINUTE_MS),
    );
    await this.audit.record(
      { accountId: user.accountId, ref: { type: 'user', id: user.id } },
      'user.password_reset_requested',
      { type: 'user', id: user.id },
      { ip },
    );
    const { emailed } = await this.mailer.send({
      kind: 'password_reset',
      to: user.email,
      subject: 'Reset your Tally password',
      text: [
        'Someone asked to reset the password of your Tally account. If it was not you, ignore this email.',
        '',
        `Choose a new password (the link works once, for ${PASSWORD_RESET_TTL_MINUTES} minutes):`,
        link,
      ].join('\n'),
      link,
    });
    return { accepted: true, ...(this.showsLinks() ? { link: emailed ? null : link } : {}) };
  }

  /** Sets the new password of a reset link; the link works once and every session ends. */
  async completeReset(input: CompletePasswordResetInput): Promise<PasswordReset> {
    const passwordHash = await this.hashing.run(() => this.passwords.hash(input.password));
    const ended = await this.db.transaction(async (manager) => {
      const reset = await this.resets.lockByToken(this.hasher.hash(input.token), manager);
      if (!reset || reset.usedAt || !reset.userActive || reset.expiresAt.getTime() <= Date.now())
        throw invalidLink();
      await this.users.setPassword(reset.userId, passwordHash, manager);
      await this.resets.useAllOf(reset.userId, manager);
      const endedSessions = await this.sessions.revokeAllOf(reset.userId, manager);
      await this.audit.record(
        { accountId: reset.accountId, ref: { type: 'user', id: reset.userId } },
        'user.password_reset',
        { type: 'user', id: reset.userId },
        { sessionsEnded: endedSessions.length },
        manager,
      );
      return endedSessions;
    });
    await this.auth.announceSessionsEnded(ended);
    return { reset: true, sessionsEnded: ended.length };
  }

  /** Links go back to whoever asked only where no mail is sent and this is not production. */
  private showsLinks(): boolean {
    return !this.mailer.sendsEmail && this.config.NODE_ENV !== 'production';
  }
}
