import { useState } from 'react';
import { usePagedList } from '../../api/use-paged-list';
import { webhooksApi } from '../../api/webhooks';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useCan } from '../../session/session';
import { CreateEndpointDialog } from './CreateEndpointDialog';
import { MAX_ENDPOINTS } from './endpoint-form';
import { secretHint } from './endpoint-status';
import { EndpointStatusBadge } from './EndpointStatusBadge';
import { useEndpointActions } from './use-endpoint-actions';
import { eventLabels } from './webhook-events';

const COLUMNS = ['Endpoint', 'Events', 'Status', 'Secret', 'Created'];
const DESCRIPTION = `Tally POSTs your creators’ events (connected, synced, disconnected…) to your endpoints as they happen, signed so that you can tell they came from Tally. Up to ${MAX_ENDPOINTS} endpoints.`;

export function WebhooksPage() {
  const canRead = useCan('webhooks:read');
  if (!canRead)
    return (
      <>
        <PageHeader title="Webhooks" description={DESCRIPTION} />
        <div className="alert alert-info">
          Your role cannot see webhook endpoints: that takes the webhooks:read permission.
        </div>
      </>
    );
  return <EndpointsList />;
}

function EndpointsList() {
  const canWrite = useCan('webhooks:write');
  const endpoints = usePagedList('webhook-endpoints', (cursor, signal) =>
    webhooksApi.list(cursor, signal),
  );
  const actions = useEndpointActions(() => endpoints.list.reload());
  const [creating, setCreating] = useState(false);

  const createButton = (label: string) =>
    canWrite && (
      <Button variant="primary" onClick={() => setCreating(true)}>
        {label}
      </Button>
    );

  return (
    <>
      <PageHeader
        title="Webhooks"
        description={DESCRIPTION}
        actions={createButton('Add endpoint')}
      />
      {!canWrite && (
        <div className="alert alert-info">
          Your role can see these endpoints but not change them: that takes the webhooks:write
          permission.
        </div>
      )}
      <PagedTable
        caption="Webhook endpoints"
        paged={endpoints}
        columnCount={COLUMNS.length + 1}
        columns={<ColumnHeaders names={COLUMNS} actions />}
        empty={
          <EmptyState
            title="No webhook endpoints yet"
            action={createButton('Add your first endpoint')}
          >
            Add an endpoint to hear about your creators as things happen, instead of polling the
            API.
          </EmptyState>
        }
        renderRow={(endpoint) => (
          <tr
            key={endpoint.id}
            data-testid="endpoint-row"
            className={endpoint.enabled ? undefined : 'row-muted'}
          >
            <th scope="row" className="url-cell">
              <Link to={paths.webhookEndpoint(endpoint.id)}>
                <code>{endpoint.url}</code>
              </Link>
              {endpoint.description && <span className="cell-detail">{endpoint.description}</span>}
            </th>
            <td>
              <ul className="name-list" aria-label={`Events of ${endpoint.url}`}>
                {eventLabels(endpoint.events).map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </td>
            <td>
              <EndpointStatusBadge endpoint={endpoint} />
            </td>
            <td className="nowrap">
              <code>{secretHint(endpoint)}</code>
            </td>
            <td className="nowrap">{formatDate(endpoint.createdAt)}</td>
            <td className="actions">
              {canWrite && (
                <>
                  <Button
                    className="button-small"
                    busy={actions.busy(endpoint, 'test')}
                    onClick={() => void actions.sendTest(endpoint)}
                    aria-label={`Send a test event to ${endpoint.url}`}
                  >
                    Send test
                  </Button>
                  <Button
                    className="button-small"
                    busy={actions.busy(endpoint, endpoint.enabled ? 'disable' : 'enable')}
                    onClick={() => void actions.setEnabled(endpoint, !endpoint.enabled)}
                    aria-label={`${endpoint.enabled ? 'Disable' : 'Enable'} ${endpoint.url}`}
                  >
                    {endpoint.enabled ? 'Disable' : 'Enable'}
                  </Button>
                </>
              )}
              <Link
                to={paths.webhookEndpoint(endpoint.id)}
                className="button button-small button-ghost"
                aria-label={`Deliveries and settings of ${endpoint.url}`}
              >
                Open
              </Link>
            </td>
          </tr>
        )}
      />
      <CreateEndpointDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={endpoints.restart}
      />
    </>
  );
}
