import type { Permission, Principal } from '@tally/contracts';
import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';

export const REQUIRED_PERMISSION = 'tally:required-permission';
export const BROWSER_KEYS_ALLOWED = 'tally:browser-keys-allowed';
export const ANY_CREDENTIAL = 'tally:any-credential';
export const PUBLISHABLE_KEY_PERMISSION = 'tally:publishable-key-permission';

export { Public, PUBLIC_ROUTE } from '@tally/nest-kit';

/** The credential must hold this permission; 403 insufficient_scope otherwise. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(REQUIRED_PERMISSION, permission);

/** Any valid credential may call it, whatever its permissions (who am I?). */
export const AnyCredential = () => SetMetadata(ANY_CREDENTIAL, true);

export interface PublishableKeyAccess {
  /**
   * The permission a publishable key needs here instead of the route's own:
   * for a route that changes something on behalf of a browser (starting a
   * connect flow), which other credentials may only call with a write permission.
   */
  permission?: Permission;
}

/** Publishable keys may call this route (from their allowed origins). */
export const AllowPublishableKeys = (access: PublishableKeyAccess = {}) =>
  applyDecorators(
    SetMetadata(BROWSER_KEYS_ALLOWED, true),
    ...(access.permission ? [SetMetadata(PUBLISHABLE_KEY_PERMISSION, access.permission)] : []),
  );

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The authenticated caller, as the auth guard established it. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.principal)
      throw new Error('CurrentPrincipal used on a route without authentication');
    return request.principal;
  },
);
