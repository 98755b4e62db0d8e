import type { Permission } from '@tally/contracts/browser';

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'creators:read': 'Read creators, their stats history and videos',
  'creators:write': 'Connect and disconnect creators',
  'creators:sync': 'Ask for a fresh sync of a creator',
  'keys:read': 'See API keys, OAuth clients, usage and the audit log',
  'keys:write': 'Create, roll, pause and revoke API keys; create roles',
  'oauth-clients:write': 'Create, pause and revoke OAuth clients',
  'users:read': 'See the team, its invitations and the service users',
  'users:write': 'Invite and remove members, change their roles; manage service users',
  'webhooks:read': 'See webhook endpoints and their delivery logs',
  'webhooks:write': 'Add, change and delete webhook endpoints; send test events; retry deliveries',
  'account:admin': 'Administer the account (operator pages included)',
};
