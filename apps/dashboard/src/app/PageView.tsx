import type { RouteMatch } from './router';
import { AuditLogPage } from '../pages/audit/AuditLogPage';
import { CreatorPage } from '../pages/creators/CreatorPage';
import { CreatorsPage } from '../pages/creators/CreatorsPage';
import { ApiKeysPage } from '../pages/keys/ApiKeysPage';
import { OAuthClientsPage } from '../pages/oauth-clients/OAuthClientsPage';
import { RedirectUrlsPage } from '../pages/redirect-urls/RedirectUrlsPage';
import { RolesPage } from '../pages/roles/RolesPage';
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
