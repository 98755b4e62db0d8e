import { AppError } from '@tally/contracts';
import {
  assertCanGrant,
  assertFitsKeyType,
  assertSameEnvironment,
  permissionsOf,
} from './grant-policy.js';

describe('assertCanGrant', () => {
  it('lets a credential grant what it holds', () => {
    expect(() => assertCanGrant(['creators:read', 'keys:write'], ['creators:read'])).not.toThrow();
  });

  it('refuses to grant a permission the credential does not hold, naming it', () => {
    let failure: unknown;
    try {
      assertCanGrant(['keys:write', 'keys:read'], ['keys:read', 'creators:sync']);
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'insufficient_scope', status: 403 });
    expect((failure as AppError).message).toContain('creators:sync');
  });
});

describe('assertFitsKeyType', () => {
  it('lets a publishable key read creators', () => {
    expect(() => assertFitsKeyType('publishable', ['creators:read'])).not.toThrow();
  });

  it('refuses a publishable key anything beyond the public permissions', () => {
    expect(() => assertFitsKeyType('publishable', ['creators:read', 'keys:write'])).toThrow(
      expect.objectContaining({ code: 'validation_failed', status: 400 }),
    );
  });

  it('puts no limit on secret keys', () => {
    expect(() => assertFitsKeyType('secret', ['account:admin'])).not.toThrow();
  });
});

describe('permissionsOf', () => {
  it('unites the permissions of several roles without repeats', () => {
    expect(
      permissionsOf([
        { permissions: ['creators:read'] },
        { permissions: ['creators:read', 'creators:sync'] },
      ]),
    ).toEqual(['creators:read', 'creators:sync']);
  });
});

describe('assertSameEnvironment', () => {
  it('lets a credential bound to an environment create in it', () => {
    expect(() => assertSameEnvironment('development', 'development')).not.toThrow();
  });

  it('refuses it another environment, naming the field', () => {
    expect(() => assertSameEnvironment('development', 'production')).toThrow(
      expect.objectContaining({
        code: 'insufficient_scope',
        details: [expect.objectContaining({ field: 'environment' })],
      }),
    );
  });

  it('leaves a credential bound to none (a person, the operator CLI) free', () => {
    expect(() => assertSameEnvironment(undefined, 'production')).not.toThrow();
  });
});
