import 'reflect-metadata';
import { parseWithSchema } from '../messaging/schema-input.js';
import { AuditEventsQuerySchema, auditEventFilterOf } from './audit-messages.js';
import { LoginInputSchema, SignupInputSchema } from './auth-messages.js';
import { IdentityOAuthToken } from './identity-declarations.js';
import { CreateOAuthClientInputSchema } from './oauth-messages.js';
import { PERMISSIONS } from './permissions.js';
import { CreateRoleInputSchema } from './role-messages.js';
import { refusalOf } from '../../test/support/refusal.js';

const failureOf = refusalOf;

const SIGNUP = {
  email: 'ada@example.com',
  password: 'correct horse battery',
  accountName: 'Analytical Engines',
};

describe('SignupInputSchema', () => {
  it('takes an email, a password of 12 characters or more and an account name', () => {
    expect(parseWithSchema(SignupInputSchema, SIGNUP)).toEqual(SIGNUP);
  });

  it('takes addresses with non-ASCII characters', () => {
    const input = { ...SIGNUP, email: 'jürgen@bücher.example' };

    expect(parseWithSchema(SignupInputSchema, input)).toEqual(input);
  });

  it('refuses an address without a dotted domain, once', () => {
    const failure = failureOf(SignupInputSchema, { ...SIGNUP, email: 'ada@localhost' });

    expect(failure.details).toEqual([{ field: 'email', reason: 'email must be an email address' }]);
  });

  it('says every field at fault, unknown ones included', () => {
    const failure = failureOf(SignupInputSchema, {
      email: 'not-an-email',
      password: 'short',
      accountName: '',
      plan: 'gold',
    });

    expect(failure.code).toBe('validation_failed');
    expect(failure.details).toEqual([
      { field: 'email', reason: 'email must be an email address' },
      { field: 'password', reason: 'password must be 12 to 256 characters long' },
      { field: 'accountName', reason: 'accountName must be 1 to 200 characters long' },
      { field: 'plan', reason: 'plan is not a known field' },
    ]);
  });
});

describe('LoginInputSchema', () => {
  it('takes any non-empty password (the service judges it)', () => {
    const input = { email: 'ada@example.com', password: 'x' };

    expect(parseWithSchema(LoginInputSchema, input)).toEqual(input);
  });
});

describe('CreateRoleInputSchema', () => {
  it('refuses names that are not lowercase slugs and unknown permissions, in its own words', () => {
    const failure = failureOf(CreateRoleInputSchema, {
      name: 'Ops Team',
      permissions: ['creators:read', 'root'],
    });

    expect(failure.details).toEqual([
      { field: 'name', reason: 'name must be lowercase letters, digits and dashes' },
      {
        field: 'permissions[1]',
        reason: expect.stringMatching(/^permissions\[1\] must be among: creators:read, /),
      },
    ]);
  });

  it('needs at least one permission', () => {
    const failure = failureOf(CreateRoleInputSchema, { name: 'ops', permissions: [] });

    expect(failure.details).toEqual([
      {
        field: 'permissions',
        reason: `permissions must contain 1 to ${PERMISSIONS.length} permissions`,
      },
    ]);
  });
});

describe('CreateOAuthClientInputSchema', () => {
  it('refuses an unknown environment with the list of known ones', () => {
    const failure = failureOf(CreateOAuthClientInputSchema, {
      name: 'Zapier',
      roles: ['read-only'],
      environment: 'staging',
    });

    expect(failure.details).toEqual([
      { field: 'environment', reason: 'environment must be one of: development, production' },
    ]);
  });
});

describe('AuditEventsQuerySchema', () => {
  it('reads the page size from query text', () => {
    expect(parseWithSchema(AuditEventsQuerySchema, { limit: '5' })).toEqual({ limit: 5 });
  });

  it('refuses a range that ends before it starts, on `to`', () => {
    const failure = failureOf(AuditEventsQuerySchema, { from: '2026-03-15', to: '2026-03-14' });

    expect(failure.details).toEqual([{ field: 'to', reason: 'to must not be before from' }]);
  });

  it('takes a range within one day given as that date', () => {
    const query = { from: '2026-03-15T12:00:00Z', to: '2026-03-15' };

    expect(parseWithSchema(AuditEventsQuerySchema, query)).toEqual(query);
  });

  it('refuses unknown actions, actor types and ids that are not ids', () => {
    const failure = failureOf(AuditEventsQuerySchema, {
      actor: 'alice',
      actorType: 'robot',
      action: 'key.created,key.melted',
    });

    expect(failure.details?.map((detail) => detail.field)).toEqual([
      'actor',
      'actorType',
      'action',
    ]);
    expect(failure.details?.[0]?.reason).toBe(
      "actor must be an actor's id (a key, user or OAuth client id)",
    );
  });

  it('refuses week dates, which are ISO 8601 but not a point in time JavaScript can read', () => {
    const failure = failureOf(AuditEventsQuerySchema, { from: '2026-W11' });

    expect(failure.details?.[0]?.field).toBe('from');
  });

  it('becomes a filter with sorted actions, prefixes apart and a whole last day', () => {
    const query = parseWithSchema(AuditEventsQuerySchema, {
      actor: 'AAAAAAAA-0000-4000-8000-000000000001',
      action: 'key.revoked, creator.*,key.created',
      to: '2026-03-15',
    });

    expect(auditEventFilterOf(query)).toEqual({
      actorId: 'aaaaaaaa-0000-4000-8000-000000000001',
      actions: ['key.created', 'key.revoked'],
      actionPrefixes: ['creator.'],
      to: '2026-03-15T23:59:59.999Z',
    });
  });
});

describe('IdentityOAuthToken', () => {
  it('lets a missing grant type through, for the service to answer invalid_request', () => {
    const request = { clientId: 'tly_ci_x', clientSecret: 's', grantType: '' };

    expect(parseWithSchema(IdentityOAuthToken.request, request)).toEqual(request);
  });
});
