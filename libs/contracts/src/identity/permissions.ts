/** Everything a credential may be allowed to do. */
export const PERMISSIONS = [
  'creators:read',
  'creators:write',
  'creators:sync',
  'keys:read',
  'keys:write',
  'oauth-clients:write',
  'users:read',
  'users:write',
  'webhooks:read',
  'webhooks:write',
  'account:admin',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * What a publishable key (usable from a browser) may hold. Even then it only
 * reaches the routes marked for browsers: a creator's profile and videos, and
 * starting a connect flow.
 */
export const PUBLIC_PERMISSIONS: readonly Permission[] = ['creators:read'];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

export const ENVIRONMENTS = ['development', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const BUILT_IN_ROLES: Record<string, readonly Permission[]> = {
  'read-only': ['creators:read'],
  'creators-manager': ['creators:read', 'creators:write', 'creators:sync'],
  'key-admin': ['keys:read', 'keys:write', 'oauth-clients:write'],
  'webhooks-admin': ['webhooks:read', 'webhooks:write'],
  'users-admin': ['users:read', 'users:write', 'keys:read', 'keys:write', 'oauth-clients:write'],
  'full-access': PERMISSIONS,
};
