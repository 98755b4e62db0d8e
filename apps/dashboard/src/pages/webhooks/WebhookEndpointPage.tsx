import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import type { WebhookEndpointView } from '../../api/types';
import { useApi } from '../../api/use-api';
import { usePagedList } from '../../api/use-paged-list';
import { webhooksApi } from '../../api/webhooks';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { navigate } from '../../app/router';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { LoadingBlock } from '../../components/Skeleton';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../../session/session';
import { DeliveryLog } from './DeliveryLog';
import { EditEndpointDialog } from './EditEndpointDialog';
import { secretHint } from './endpoint-status';
import { EndpointStatusBadge } from './EndpointStatusBadge';
import { RotateSecretDialog } from './RotateSecretDialog';
import { previousSecretNote } from './secret-rotation';
import { useEndpointActions } from './use-endpoint-actions';
import { eventLabels } from './webhook-events';

/** One endpoint: its settings, the actions on it, and its delivery log. */
export function WebhookEndpointPage({ id }: { id: string }) {
  const canRead = useCan('webhooks:read');
  if (!canRead)
    return (
      <>
        <Breadcrumb current="Endpoint" />
        <div className="alert alert-info">
          Your role cannot see webhook endpoints: that takes the webhooks:read permission.
        </div>
      </>
    );
  return <LoadedEndpoint id={id} />;
}

function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={paths.webhooks}>Webhooks</Link> / <span aria-current="page">{current}</span>
    </nav>
  );
}

function LoadedEndpoint({ id }: { id: string }) {
  const endpoint = useApi(`webhook-endpoint:${id}`, (signal) => webhooksApi.get(id, signal));

  if (endpoint.loading) return <LoadingBlock label="Loading the endpoint…" />;
  if (!endpoint.data) {
    if (isApiError(endpoint.error) && endpoint.error.status === 404)
      return (
        <EmptyState
          title="Endpoint not found"
          action={<Link to={paths.webhooks}>Back to webhooks</Link>}
        >
          This endpoint was deleted, or belongs to another account.
        </EmptyState>
      );
    return <LoadError error={endpoint.error} onRetry={endpoint.reload} />;
  }
  return (
    <>
      {endpoint.error !== undefined && (
        <LoadError error={endpoint.error} onRetry={endpoint.reload} />
      )}
      <EndpointDetails endpoint={endpoint.data} onChanged={endpoint.reload} />
    </>
  );
}

function EndpointDetails({
  endpoint,
  onChanged,
}: {
  endpoint: WebhookEndpointView;
  onChanged: () => void;
}) {
  const canWrite = useCan('webhooks:write');
  const notify = useToast();
  const deliveries = usePagedList(`webhook-deliveries:${endpoint.id}`, (cursor, signal) =>
    webhooksApi.deliveries(endpoint.id, cursor, signal),
  );
  const actions = useEndpointActions(onChanged);
  const [editing, setEditing] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rotation = previousSecretNote(endpoint.previousSecretExpiresAt);

  return (
    <>
      <Breadcrumb current={endpoint.url} />
      <PageHeader
        title="Webhook endpoint"
        description={<code className="endpoint-url">{endpoint.url}</code>}
        actions={
          canWrite && (
            <>
              <Button
                busy={actions.busy(endpoint, 'test')}
                onClick={() => void actions.sendTest(endpoint, deliveries.restart)}
              >
                Send test event
              </Button>
              <Button onClick={() => setEditing(true)}>Edit</Button>
            </>
          )
        }
      />
      {!canWrite && (
        <div className="alert alert-info">
          Your role can see this endpoint but not change it: that takes the webhooks:write
          permission.
        </div>
      )}
      <section className="panel" aria-label="Settings">
        <dl className="endpoint-settings">
          <div>
            <dt>Status</dt>
            <dd>
              <EndpointStatusBadge endpoint={endpoint} />
            </dd>
          </div>
          <div>
            <dt>Events</dt>
            <dd>{eventLabels(endpoint.events).join(', ')}</dd>
          </div>
          <div>
            <dt>Description</dt>
            <dd>{endpoint.description ?? '—'}</dd>
          </div>
          <div>
            <dt>Signing secret</dt>
            <dd>
              <code>{secretHint(endpoint)}</code>
              {rotation && (
                <span className="cell-note" data-testid="rotation-note">
                  {rotation}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(endpoint.createdAt)}</dd>
          </div>
        </dl>
        {canWrite && (
          <div className="page-actions">
            <Button
              busy={actions.busy(endpoint, endpoint.enabled ? 'disable' : 'enable')}
              onClick={() => void actions.setEnabled(endpoint, !endpoint.enabled)}
            >
              {endpoint.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button onClick={() => setRotating(true)}>Rotate secret</Button>
            <Button className="button-danger-outline" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </div>
        )}
      </section>
      <DeliveryLog endpointId={endpoint.id} paged={deliveries} canWrite={canWrite} />
      <EditEndpointDialog
        endpoint={editing ? endpoint : null}
        onClose={() => setEditing(false)}
        onSaved={onChanged}
      />
      <RotateSecretDialog
        endpoint={rotating ? endpoint : null}
        onClose={() => setRotating(false)}
        onRotated={onChanged}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete this endpoint?"
        description={
          <>
            Tally stops sending events to <code>{endpoint.url}</code> at once, and its delivery log
            is deleted. This cannot be undone.
          </>
        }
        confirmLabel="Delete endpoint"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await webhooksApi.remove(endpoint.id);
          notify('Endpoint deleted');
          navigate(paths.webhooks);
        }}
      />
    </>
  );
}
