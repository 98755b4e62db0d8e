import type { Permission } from '@tally/contracts';
import type { SecurityRequirementObject } from '@nestjs/swagger';
import type { RouteAccess } from './route-access.js';
import { ANY_CREDENTIAL_SECURITY } from './security-schemes.js';

export function securityOf(access: RouteAccess): SecurityRequirementObject[] {
  switch (access.kind) {
    case 'public':
      return [];
    case 'route-defined':
      return access.security;
    default:
      return ANY_CREDENTIAL_SECURITY;
  }
}

/** The access a route needs, in words, for its description. */
export function accessNote(access: RouteAccess): string | undefined {
  switch (access.kind) {
    case 'public':
      return '**Access:** public, no credential needed.';
    case 'any-credential':
      return `**Access:** any valid credential. ${browserNote(access.browserKeys)}`;
    case 'permission':
      return `**Permission:** \`${access.permission}\`. ${browserNote(access.browserKeys, access.browserKeyPermission)}`;
    case 'undeclared':
      return '**Access:** no permission is declared for this route, so every caller is refused.';
    case 'route-defined':
      return undefined;
  }
}

function browserNote(browserKeys: boolean, browserKeyPermission?: Permission): string {
  if (!browserKeys) return 'Publishable keys are refused: call it from a server.';
  return browserKeyPermission
    ? `Publishable keys may call it from their allowed origins with \`${browserKeyPermission}\` instead.`
    : 'Publishable keys may call it from their allowed origins.';
}
