import {
  AppError,
  PUBLIC_PERMISSIONS,
  type ApiKeyType,
  type Environment,
  type Permission,
  type Principal,
} from '@tally/contracts';

/** Nobody hands out more than they hold: "Cannot grant permissions you do not have". */
export function assertCanGrant(
  held: readonly Permission[],
  requested: readonly Permission[],
): void {
  const missing = [...new Set(requested.filter((permission) => !held.includes(permission)))];
  if (missing.length > 0) {
    throw new AppError(
      'insufficient_scope',
      `Cannot grant permissions you do not have: ${missing.join(', ')}.`,
      missing.map((permission) => ({ field: 'roles', reason: `missing ${permission}` })),
    );
  }
}

/**
 * The environment a credential is bound to: a key's or an OAuth client's own.
 * A person signed in to the dashboard works in both.
 */
export function boundEnvironmentOf(principal: Principal): Environment | undefined {
  return principal.credentialType === 'session' ? undefined : principal.environment;
}

/** A key or client works in one environment, and what it creates stays there. */
export function assertSameEnvironment(
  bound: Environment | undefined,
  requested: Environment,
): void {
  if (bound === undefined || bound === requested) return;
  throw new AppError(
    'insufficient_scope',
    `A ${bound} credential can only create ${bound} keys and OAuth clients.`,
    [{ field: 'environment', reason: `must be ${bound}, the environment of the credential` }],
  );
}

/** Publishable keys live in browsers: they may only hold the permissions marked public. */
export function assertFitsKeyType(type: ApiKeyType, permissions: readonly Permission[]): void {
  if (type !== 'publishable') return;
  const notPublic = [
    ...new Set(permissions.filter((permission) => !PUBLIC_PERMISSIONS.includes(permission))),
  ];
  if (notPublic.length > 0) {
    throw new AppError(
      'validation_failed',
      `A publishable key may only hold ${PUBLIC_PERMISSIONS.join(', ')}; these roles also grant ${notPublic.join(', ')}.`,
      notPublic.map((permission) => ({
        field: 'roles',
        reason: `${permission} is not allowed for publishable keys`,
      })),
    );
  }
}

export function permissionsOf(roles: { permissions: readonly Permission[] }[]): Permission[] {
  return [...new Set(roles.flatMap((role) => role.permissions))].sort();
}
