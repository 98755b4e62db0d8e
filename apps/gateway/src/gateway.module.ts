import { serviceCoreModules } from '@tally/nest-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard, BROWSER_POLICY } from './auth/auth.guard.js';
import { KEY_CACHE_OPTIONS, KeyAuthenticator } from './auth/key-authenticator.js';
import { KeyUsageReporter } from './auth/key-usage.reporter.js';
import { revocationOptionsFrom } from './auth/revocation/revocation.config.js';
import { RevocationsModule } from './auth/revocation/revocations.module.js';
import { SessionAuthenticator } from './auth/session-authenticator.js';
import { COOKIE_POLICY } from './auth/session-cookies.js';
import { GatewayConfig } from './config/gateway.config.js';
import { CONNECT_CONTROLLERS } from './connect/connect.controller.js';
import { RedirectUrlsController } from './connect-settings/redirect-urls.controller.js';
import { CREATORS_CLIENT_OPTIONS, CreatorsClient } from './creators/creators.client.js';
import { PlatformUsageController } from './usage/platform-usage.controller.js';
import { CreatorsController } from './creators/creators.controller.js';
import { ErrorEnvelopeFilter } from './http/error-envelope.filter.js';
import { IdentityClient } from './identity/identity.client.js';
import { KeysController } from './keys/keys.controller.js';
import { GatewayMetricsHook } from './metrics/gateway-metrics.hook.js';
import { CURSOR_CODEC, CursorCodec } from './pagination/cursor-codec.js';
import { JwtAuthenticator } from './auth/jwt-authenticator.js';
import { JwksCache } from './oauth/jwks.cache.js';
import { OAuthClientsController } from './oauth/oauth-clients.controller.js';
import { OAuthController } from './oauth/oauth.controller.js';
import { PUBLIC_BASE_URL, WellKnownController } from './oauth/well-known.controller.js';
import { PingController } from './ping/ping.controller.js';
import { rateLimitOptionsFrom } from './rate-limit/rate-limit.config.js';
import { RateLimitGuard } from './rate-limit/rate-limit.guard.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { RateLimitRedisHealthIndicator } from './rate-limit/rate-limit-redis.health.js';
import { PingService } from './ping/ping.service.js';
import { ResourcesController } from './resources/resources.controller.js';
import { RolesController } from './roles/roles.controller.js';
import { usageOptionsFrom } from './usage/usage.config.js';
import { UsageModule } from './usage/usage.module.js';
import { ServiceUsersController } from './service-users/service-users.controller.js';
import { InvitationsController } from './team/invitations.controller.js';
import { MembersController } from './team/members.controller.js';
import { TeamClient } from './team/team.client.js';
import { UsersController } from './users/users.controller.js';
import { WebhooksClient } from './webhooks/webhooks.client.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { InputPipe } from './validation/input.pipe.js';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        RateLimitModule.register(rateLimitOptionsFrom(config)),
        UsageModule.register(usageOptionsFrom(config)),
        RevocationsModule.register(revocationOptionsFrom(config)),
        ...serviceCoreModules({
          service: 'gateway',
          config,
          extraHealthIndicators: [RateLimitRedisHealthIndicator],
          metricsOnAppPort: false,
        }),
      ],
      controllers: [
        PingController,
        AuthController,
        KeysController,
        RolesController,
        UsersController,
        AuditController,
        OAuthClientsController,
        OAuthController,
        WellKnownController,
        ...CONNECT_CONTROLLERS,
        RedirectUrlsController,
        CreatorsController,
        ResourcesController,
        PlatformUsageController,
        WebhooksController,
        MembersController,
        InvitationsController,
        ServiceUsersController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        // Guards run in this order: who is calling, then how much they may.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_PIPE, useClass: InputPipe },
        GatewayMetricsHook,
        { provide: CURSOR_CODEC, useValue: new CursorCodec(config.CURSOR_SECRET) },
        {
          provide: KEY_CACHE_OPTIONS,
          useValue: { ttlMs: config.KEY_CACHE_TTL_MS, maxEntries: config.KEY_CACHE_MAX_ENTRIES },
        },
        {
          provide: BROWSER_POLICY,
          useValue: { secretKeyOrigins: config.SECRET_KEY_ALLOWED_ORIGINS },
        },
        { provide: COOKIE_POLICY, useValue: { secure: config.COOKIE_SECURE } },
        PingService,
        IdentityClient,
        TeamClient,
        {
          provide: CREATORS_CLIENT_OPTIONS,
          useValue: {
            syncWaitMs: config.SYNC_WAIT_MS,
            requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
          },
        },
        CreatorsClient,
        WebhooksClient,
        KeyUsageReporter,
        KeyAuthenticator,
        SessionAuthenticator,
        JwksCache,
        JwtAuthenticator,
        { provide: PUBLIC_BASE_URL, useValue: config.PUBLIC_BASE_URL },
      ],
    };
  }
}
