import type { Permission } from '@tally/contracts/browser';

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'creators:read': 'Read creators, their stats history and videos',
  'creators:write': 'Connect and disconnect creators',
  'creators:sync': 'Ask for a fresh sync of a creator',
  'keys:read': 'See API keys, OAuth clients, usage and the audit log',
  'keys:write': 'Create, roll and revoke API keys; create roles',
  'oauth-clients:write': 'Create and revoke OAuth clients',
  'webhooks:read': 'See webhook endpoints and their delivery logs',
  'webhooks:write': 'Add, change and delete webhook endpoints; send test events; retry deliveries',
  'account:admin': 'Administer the account (operator pages included)',
};
