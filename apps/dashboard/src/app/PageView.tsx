import type { RouteMatch } from './router';
import { AccountSettingsPage } from '../pages/account/AccountSettingsPage';
import { AuditLogPage } from '../pages/audit/AuditLogPage';
import { CreatorPage } from '../pages/creators/CreatorPage';
import { CreatorsPage } from '../pages/creators/CreatorsPage';
import { ApiKeysPage } from '../pages/keys/ApiKeysPage';
import { OAuthClientsPage } from '../pages/oauth-clients/OAuthClientsPage';
import { RedirectUrlsPage } from '../pages/redirect-urls/RedirectUrlsPage';
import { RolesPage } from '../pages/roles/RolesPage';
import { ServiceUserPage } from '../pages/service-users/ServiceUserPage';
import { ServiceUsersPage } from '../pages/service-users/ServiceUsersPage';
import { TeamPage } from '../pages/team/TeamPage';
import { UsagePage } from '../pages/usage/UsagePage';
import { WebhookEndpointPage } from '../pages/webhooks/WebhookEndpointPage';
import { WebhooksPage } from '../pages/webhooks/WebhooksPage';

export function PageView({ route }: { route: RouteMatch }) {
  switch (route.name) {
    case 'creators':
      return <CreatorsPage />;
    case 'creator':
      return <CreatorPage key={route.params.id} id={route.params.id} />;
    case 'apiKeys':
      return <ApiKeysPage />;
    case 'oauthClients':
      return <OAuthClientsPage />;
    case 'redirectUrls':
      return <RedirectUrlsPage />;
    case 'webhooks':
      return <WebhooksPage />;
    case 'webhookEndpoint':
      return <WebhookEndpointPage key={route.params.id} id={route.params.id} />;
    case 'team':
      return <TeamPage />;
    case 'serviceUsers':
      return <ServiceUsersPage />;
    case 'serviceUser':
      return <ServiceUserPage key={route.params.id} id={route.params.id} />;
    case 'accountSettings':
      return <AccountSettingsPage />;
    case 'roles':
      return <RolesPage />;
    case 'usage':
      return <UsagePage />;
    case 'auditLog':
      return <AuditLogPage />;
    default:
      return null;
  }
}
