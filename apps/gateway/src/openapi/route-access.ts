import type { Permission } from '@tally/contracts';
import type { Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { SecurityRequirementObject } from '@nestjs/swagger';
import {
  ANY_CREDENTIAL,
  BROWSER_KEYS_ALLOWED,
  PUBLIC_ROUTE,
  PUBLISHABLE_KEY_PERMISSION,
  REQUIRED_PERMISSION,
} from '../auth/auth.decorators.js';
import type { RouteHandler } from './gateway-routes.js';

/** Who may call a route, as the auth guard decides it. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'any-credential'; browserKeys: boolean }
  | {
      kind: 'permission';
      permission: Permission;
      browserKeys: boolean;
      /** What publishable keys need instead of `permission`, when the route says so. */
      browserKeyPermission?: Permission;
    }
  /** Behind the guard with no permission declared: the guard refuses every caller. */
  | { kind: 'undeclared' }
  /** A public route that checks its callers itself (OAuth client authentication). */
  | { kind: 'route-defined'; security: SecurityRequirementObject[] };

/** Reads the same metadata, in the same order, as AuthGuard.canActivate. */
export function routeAccess(
  reflector: Reflector,
  controller: Type,
  handler: RouteHandler,
  declaredSecurity: SecurityRequirementObject[] | undefined,
): RouteAccess {
  const targets = [handler, controller];
  if (reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets))
    return declaredSecurity
      ? { kind: 'route-defined', security: declaredSecurity }
      : { kind: 'public' };
  const browserKeys = Boolean(
    reflector.getAllAndOverride<boolean | undefined>(BROWSER_KEYS_ALLOWED, targets),
  );
  if (reflector.getAllAndOverride<boolean | undefined>(ANY_CREDENTIAL, targets))
    return { kind: 'any-credential', browserKeys };
  const permission = reflector.getAllAndOverride<Permission | undefined>(
    REQUIRED_PERMISSION,
    targets,
  );
  if (!permission) return { kind: 'undeclared' };
  const browserKeyPermission = browserKeys
    ? reflector.getAllAndOverride<Permission | undefined>(PUBLISHABLE_KEY_PERMISSION, targets)
    : undefined;
  return {
    kind: 'permission',
    permission,
    browserKeys,
    ...(browserKeyPermission ? { browserKeyPermission } : {}),
  };
}
