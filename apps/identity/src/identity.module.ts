import { jetStreamInboxPrefix, outboxRelayProviders, serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AccountsRepository } from './accounts/accounts.repository.js';
import { AuditHandler } from './audit/audit.handler.js';
import { AuditRepository } from './audit/audit.repository.js';
import { AuditNamesRepository } from './audit/audit-names.repository.js';
import { AuditService } from './audit/audit.service.js';
import { CreatorAuditService } from './audit/creator-audit.service.js';
import { CreatorEventsHandler } from './audit/creator-events.handler.js';
import { AuthHandler } from './auth/auth.handler.js';
import { AuthService } from './auth/auth.service.js';
import { LoginAttemptsRepository } from './auth/login-attempts.repository.js';
import { RevocationsHandler } from './auth/revocations.handler.js';
import { RevocationsRepository } from './auth/revocations.repository.js';
import { RevocationsService } from './auth/revocations.service.js';
import { SessionsRepository } from './auth/sessions.repository.js';
import { signInProviders } from './auth/sign-in.providers.js';
import { IdentityConfig } from './config/identity.config.js';
import { IDENTITY_CONFIG } from './config/identity.tokens.js';
import { SECRET_HASHER, SecretHasher } from './crypto/secret-hasher.js';
import { IDENTITY_SCHEMA } from './database/identity-database.js';
import { PingHandler } from './health/ping.handler.js';
import { ApiKeysRepository } from './keys/api-keys.repository.js';
import { ApiKeysService } from './keys/api-keys.service.js';
import { KeyExpiryNoticeScheduler } from './keys/key-expiry-notice.scheduler.js';
import { KeyExpiryNotices } from './keys/key-expiry-notices.js';
import { KeyUsageHandler } from './keys/key-usage.handler.js';
import { KeyVerificationService } from './keys/key-verification.service.js';
import { KeysHandler } from './keys/keys.handler.js';
import { RolesHandler } from './roles/roles.handler.js';
import { RolesRepository } from './roles/roles.repository.js';
import { RolesService } from './roles/roles.service.js';
import { OAuthClientsRepository } from './oauth/oauth-clients.repository.js';
import { OAuthClientsService } from './oauth/oauth-clients.service.js';
import { OAuthHandler } from './oauth/oauth.handler.js';
import { RevokedTokensRepository } from './oauth/revoked-tokens.repository.js';
import { SigningKeysRepository } from './oauth/signing-keys.repository.js';
import { SigningKeysService } from './oauth/signing-keys.service.js';
import { TokenService } from './oauth/token.service.js';
import { linkMailerProviders } from './mail/mail.providers.js';
import { PasswordResetsRepository } from './passwords/password-resets.repository.js';
import { PasswordsHandler } from './passwords/passwords.handler.js';
import { PasswordsService } from './passwords/passwords.service.js';
import { ServiceUsersHandler } from './service-users/service-users.handler.js';
import { ServiceUsersRepository } from './service-users/service-users.repository.js';
import { ServiceUsersService } from './service-users/service-users.service.js';
import { InvitationsRepository } from './team/invitations.repository.js';
import { MembersRepository } from './team/members.repository.js';
import { TeamHandler } from './team/team.handler.js';
import { TeamService } from './team/team.service.js';
import { CredentialOwners } from './users/credential-owners.js';
import { PasswordHasher } from './users/password-hasher.js';
import { UsersRepository } from './users/users.repository.js';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig, dataSource: DataSource): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        ...serviceCoreModules({
          service: 'identity',
          config,
          dataSource,
          redis: { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX },
        }),
      ],
      controllers: [
        PingHandler,
        KeysHandler,
        KeyUsageHandler,
        OAuthHandler,
        RolesHandler,
        AuthHandler,
        AuditHandler,
        CreatorEventsHandler,
        RevocationsHandler,
        TeamHandler,
        PasswordsHandler,
        ServiceUsersHandler,
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        { provide: SECRET_HASHER, useValue: new SecretHasher(config.KEY_HASH_SECRET) },
        AccountsRepository,
        UsersRepository,
        SessionsRepository,
        LoginAttemptsRepository,
        RolesRepository,
        ApiKeysRepository,
        AuditRepository,
        AuditNamesRepository,
        PasswordHasher,
        AuditService,
        CreatorAuditService,
        RolesService,
        ApiKeysService,
        KeyVerificationService,
        AuthService,
        ...signInProviders(config),
        OAuthClientsRepository,
        RevokedTokensRepository,
        SigningKeysRepository,
        SigningKeysService,
        OAuthClientsService,
        TokenService,
        RevocationsRepository,
        RevocationsService,
        KeyExpiryNotices,
        KeyExpiryNoticeScheduler,
        CredentialOwners,
        MembersRepository,
        InvitationsRepository,
        TeamService,
        PasswordResetsRepository,
        PasswordsService,
        ServiceUsersRepository,
        ServiceUsersService,
        ...linkMailerProviders(config),
        ...outboxRelayProviders({
          schema: IDENTITY_SCHEMA,
          servers: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          connectionName: 'identity-outbox-relay',
          inboxPrefix: jetStreamInboxPrefix('identity'),
        }),
      ],
      exports: [AuthService, ApiKeysService],
    };
  }
}
