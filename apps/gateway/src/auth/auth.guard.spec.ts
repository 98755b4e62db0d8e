import { AppError, type Permission, type Principal } from '@tally/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type {
  LimitStatus,
  RateLimitDecision,
  RateLimitSubject,
} from '../rate-limit/rate-limit-decision.js';
import type { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { OperatorRoute } from '@tally/nest-kit';
import { AllowPublishableKeys, Public, RequirePermission } from './auth.decorators.js';
import { AuthGuard } from './auth.guard.js';
import type { JwtAuthenticator } from './jwt-authenticator.js';
import type { KeyAuthenticator } from './key-authenticator.js';
import type { SessionAuthenticator } from './session-authenticator.js';

const SHOP = 'https://shop.example';
const KEY = 'tly_pk_presented';

class ProbeController {
  @RequirePermission('creators:write')
  @AllowPublishableKeys({ permission: 'creators:read' })
  startConnect(): void {}

  @RequirePermission('creators:read')
  @AllowPublishableKeys()
  profile(): void {}

  @RequirePermission('creators:read')
  list(): void {}

  /** Declares nothing: behind the guard, it refuses every caller. */
  undeclared(): void {}

  @Public()
  open(): void {}

  @OperatorRoute()
  probe(): void {}
}

type Route = keyof ProbeController;

function principal(
  credentialType: Principal['credentialType'],
  permissions: Permission[],
): Principal {
  return {
    accountId: 'acc-1',
    credentialType,
    credentialId: 'key-1',
    environment: 'production',
    permissions,
    expiresAt: null,
    ...(credentialType === 'publishable_key' ? { allowedOrigins: [SHOP] } : {}),
  };
}

const publishableKey = principal('publishable_key', ['creators:read']);
const readOnlySecretKey = principal('secret_key', ['creators:read']);
const writingSecretKey = principal('secret_key', ['creators:read', 'creators:write']);

const WIDE_OPEN: LimitStatus = {
  name: 'ip',
  limit: 1000,
  windowSeconds: 10,
  remaining: 999,
  resetSeconds: 10,
};

/** Rate limits that allow everything and remember whom they counted. */
function countingRateLimits(): { service: RateLimitService; counted: RateLimitSubject[] } {
  const counted: RateLimitSubject[] = [];
  const decision: RateLimitDecision = {
    allowed: true,
    ip: WIDE_OPEN,
    pool: undefined,
    burst: undefined,
    refusedBy: undefined,
    retryAfterSeconds: 0,
    enforcedBy: 'memory',
  };
  const service = {
    consume: (subject: RateLimitSubject) => {
      counted.push(subject);
      return Promise.resolve(decision);
    },
  } as unknown as RateLimitService;
  return { service, counted };
}

/**
 * The guard with the key authenticator answering `caller`: after a lookup (a
 * promise) unless `known` says it answers at once, as for a cached key; an
 * AppError is its refusal.
 */
function guardFor(
  caller: Principal | AppError,
  rateLimits: RateLimitService = countingRateLimits().service,
  { known = false } = {},
): AuthGuard {
  const answer = () => {
    if (known && caller instanceof AppError) throw caller;
    if (known) return caller;
    return caller instanceof AppError ? Promise.reject(caller) : Promise.resolve(caller);
  };
  const keys = { authenticate: answer } as unknown as KeyAuthenticator;
  return new AuthGuard(
    new Reflector(),
    keys,
    {} as SessionAuthenticator,
    {} as JwtAuthenticator,
    rateLimits,
    { secretKeyOrigins: [] },
    { secure: false },
  );
}

function call(
  route: Route,
  headers: Record<string, string> = {},
  url = '/api/v1/probe',
): ExecutionContext {
  const request = {
    url,
    ip: '203.0.113.7',
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, ...headers },
  };
  const reply = { headers: () => reply };
  const context = new ExecutionContextHost([request, reply]);
  context.setType('http');
  Object.assign(context, {
    getHandler: () => ProbeController.prototype[route],
    getClass: () => ProbeController,
  });
  return context;
}

async function refusal(guard: AuthGuard, context: ExecutionContext): Promise<unknown> {
  return Promise.resolve(guard.canActivate(context)).then(
    () => 'allowed',
    (error: unknown) => error,
  );
}

describe('AuthGuard', () => {
  describe('deny by default, decided by the route and not by its URL', () => {
    const anonymous = { authorization: '' };

    it.each(['/api/v1/probe', '/%61pi/v1/probe', '/elsewhere', '/oauth/probe'])(
      'asks for a credential on a route with a permission, reached as %s',
      async (url) => {
        const refused = await refusal(guardFor(writingSecretKey), call('list', anonymous, url));

        expect(refused).toMatchObject({ code: 'unauthorized' });
      },
    );

    it('refuses every caller on a route that declares no permission', async () => {
      const refused = await refusal(guardFor(writingSecretKey), call('undeclared', {}, '/other'));

      expect(refused).toMatchObject({ code: 'insufficient_scope' });
    });

    it.each(['open', 'probe'] as const)(
      'lets anyone call a route marked public (%s), at once',
      (route) => {
        expect(
          guardFor(writingSecretKey).canActivate(call(route, anonymous, '/api/v1/probe')),
        ).toBe(true);
      },
    );
  });

  describe('a route that publishable keys call with another permission', () => {
    it('lets a publishable key in from its allowed origin with creators:read', async () => {
      await expect(
        guardFor(publishableKey).canActivate(call('startConnect', { origin: SHOP })),
      ).resolves.toBe(true);
    });

    it('lets other credentials in with the route’s own permission', async () => {
      await expect(guardFor(writingSecretKey).canActivate(call('startConnect'))).resolves.toBe(
        true,
      );
    });

    it('does not let other credentials in with the permission named for publishable keys', async () => {
      const refused = await refusal(guardFor(readOnlySecretKey), call('startConnect'));

      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({
        code: 'insufficient_scope',
        message: 'This needs the creators:write permission.',
      });
    });

    it('still refuses a publishable key from another origin', async () => {
      const refused = await refusal(
        guardFor(publishableKey),
        call('startConnect', { origin: 'https://elsewhere.example' }),
      );

      expect(refused).toMatchObject({ code: 'insufficient_scope' });
    });

    it('still refuses a publishable key that lacks the permission named for it', async () => {
      const emptyKey = principal('publishable_key', []);

      const refused = await refusal(guardFor(emptyKey), call('startConnect', { origin: SHOP }));

      expect(refused).toMatchObject({
        code: 'insufficient_scope',
        message: 'This needs the creators:read permission.',
      });
    });
  });

  describe('routes without a permission for publishable keys', () => {
    it('asks publishable keys for the route’s own permission', async () => {
      await expect(
        guardFor(publishableKey).canActivate(call('profile', { origin: SHOP })),
      ).resolves.toBe(true);
    });

    it('refuses publishable keys on routes not marked for browsers', async () => {
      const refused = await refusal(guardFor(publishableKey), call('list', { origin: SHOP }));

      expect(refused).toMatchObject({
        code: 'insufficient_scope',
        message: 'Publishable keys cannot call this route; use a secret key from your server.',
      });
    });
  });

  describe('a refusal after authentication', () => {
    it('counts a refused publishable key against the client IP only', async () => {
      const limits = countingRateLimits();

      const refused = await refusal(
        guardFor(publishableKey, limits.service),
        call('startConnect', { origin: 'https://elsewhere.example' }),
      );

      expect(refused).toMatchObject({ code: 'insufficient_scope' });
      expect(limits.counted).toEqual([{ ip: '203.0.113.7', principal: undefined }]);
    });

    it('counts the request against the caller, and leaves the caller on the request for usage', async () => {
      const limits = countingRateLimits();
      const context = call('startConnect');

      const refused = await refusal(guardFor(readOnlySecretKey, limits.service), context);

      expect(refused).toMatchObject({ code: 'insufficient_scope' });
      expect(limits.counted).toEqual([{ ip: '203.0.113.7', principal: readOnlySecretKey }]);
      expect(context.switchToHttp().getRequest()).toMatchObject({ principal: readOnlySecretKey });
    });

    it('leaves counting an allowed request to the rate-limit guard', async () => {
      const limits = countingRateLimits();

      await guardFor(writingSecretKey, limits.service).canActivate(call('startConnect'));

      expect(limits.counted).toEqual([]);
    });
  });

  describe('a key the authenticator knows at once (cached)', () => {
    it('lets the caller in without a promise', () => {
      const limits = countingRateLimits();
      const context = call('startConnect');

      expect(guardFor(writingSecretKey, limits.service, { known: true }).canActivate(context)).toBe(
        true,
      );
      expect(context.switchToHttp().getRequest()).toMatchObject({ principal: writingSecretKey });
      expect(limits.counted).toEqual([]);
    });

    it('still counts a refusal against the caller and rejects it', async () => {
      const limits = countingRateLimits();
      const answer = guardFor(readOnlySecretKey, limits.service, { known: true }).canActivate(
        call('startConnect'),
      );

      expect(answer).toBeInstanceOf(Promise);
      await expect(answer).rejects.toMatchObject({ code: 'insufficient_scope' });
      expect(limits.counted).toEqual([{ ip: '203.0.113.7', principal: readOnlySecretKey }]);
    });

    it('counts a key refused at once against the IP and rejects it', async () => {
      const limits = countingRateLimits();
      const malformed = new AppError('unauthorized', 'The API key is malformed.');

      const refused = await refusal(
        guardFor(malformed, limits.service, { known: true }),
        call('list'),
      );

      expect(refused).toBe(malformed);
      expect(limits.counted).toEqual([{ ip: '203.0.113.7', principal: undefined }]);
    });
  });

  it('counts a key refused after a lookup against the IP and rejects it', async () => {
    const limits = countingRateLimits();
    const revoked = new AppError('unauthorized', 'The API key has been revoked.');

    const refused = await refusal(guardFor(revoked, limits.service), call('list'));

    expect(refused).toBe(revoked);
    expect(limits.counted).toEqual([{ ip: '203.0.113.7', principal: undefined }]);
  });
});
