import { Fragment, useState } from 'react';
import { describeError } from '../../api/describe-error';
import type { WebhookDeliveryView } from '../../api/types';
import type { PagedList } from '../../api/use-paged-list';
import { webhooksApi } from '../../api/webhooks';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../lib/format';
import {
  canRetry,
  DELIVERY_STATUS_LABELS,
  hasDetails,
  lastAttemptSummary,
  nextAttemptText,
} from './delivery-labels';
import { eventLabel } from './webhook-events';

const COLUMNS = ['Event', 'Status', 'Attempts', 'Last answer', 'Next attempt', 'Created'];

/** Every event sent to one endpoint, newest first, with the answer to its last attempt. */
export function DeliveryLog({
  endpointId,
  paged,
  canWrite,
}: {
  endpointId: string;
  paged: PagedList<WebhookDeliveryView>;
  canWrite: boolean;
}) {
  const notify = useToast();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [retrying, setRetrying] = useState<string | null>(null);

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  async function retry(delivery: WebhookDeliveryView) {
    setRetrying(delivery.id);
    try {
      await webhooksApi.retryDelivery(endpointId, delivery.id);
      notify('Delivery queued to be sent again');
      paged.list.reload();
    } catch (error) {
      notify(describeError(error), 'error');
    } finally {
      setRetrying(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="deliveries-heading">
      <div className="panel-head">
        <h2 id="deliveries-heading">Deliveries</h2>
        <Button
          className="button-small"
          busy={paged.list.refreshing}
          onClick={paged.list.reload}
          aria-label="Refresh the deliveries"
        >
          Refresh
        </Button>
      </div>
      <p className="muted small">
        Kept for 30 days. A failed attempt is tried again after about 5 s, 5 min, 30 min, 2 h, 5 h,
        10 h and 10 h; then the delivery has failed. Times are on your clock.
      </p>
      <PagedTable
        caption="Deliveries"
        paged={paged}
        columnCount={COLUMNS.length + 1}
        columns={<ColumnHeaders names={COLUMNS} numeric={['Attempts']} actions />}
        empty={
          <EmptyState title="Nothing sent yet">
            Events this endpoint subscribes to show here once they are sent. Send a test event to
            try it now.
          </EmptyState>
        }
        renderRow={(delivery) => {
          const status = DELIVERY_STATUS_LABELS[delivery.status];
          const open = expanded.has(delivery.id);
          const detailsId = `delivery-${delivery.id}-details`;
          return (
            <Fragment key={delivery.id}>
              <tr data-testid="delivery-row">
                <th scope="row">
                  {eventLabel(delivery.eventType)}
                  <span className="cell-detail">
                    <code>{delivery.eventId}</code>
                  </span>
                </th>
                <td>
                  <Badge tone={status.tone}>{status.text}</Badge>
                </td>
                <td className="numeric">{delivery.attempts}</td>
                <td className="nowrap" data-testid="last-answer">
                  {lastAttemptSummary(delivery)}
                </td>
                <td
                  className="nowrap"
                  data-testid="next-attempt"
                  title={delivery.nextAttemptAt ?? undefined}
                >
                  {nextAttemptText(delivery)}
                </td>
                <td className="nowrap">{formatDateTime(delivery.createdAt)}</td>
                <td className="actions">
                  {hasDetails(delivery) && (
                    <Button
                      className="button-small button-ghost"
                      aria-expanded={open}
                      aria-controls={detailsId}
                      onClick={() => toggle(delivery.id)}
                    >
                      {open ? 'Hide answer' : 'Show answer'}
                    </Button>
                  )}
                  {canWrite && canRetry(delivery) && (
                    <Button
                      className="button-small"
                      busy={retrying === delivery.id}
                      onClick={() => void retry(delivery)}
                      aria-label={`Retry ${delivery.eventId}`}
                    >
                      Retry
                    </Button>
                  )}
                </td>
              </tr>
              {open && (
                <tr id={detailsId} data-testid="delivery-details">
                  <td colSpan={COLUMNS.length + 1}>
                    {delivery.lastError && (
                      <p className="small">
                        <strong>Error:</strong> {delivery.lastError}
                      </p>
                    )}
                    {delivery.lastResponse && (
                      <>
                        <p className="small muted">The start of the last answer’s body:</p>
                        <pre className="code-block response-excerpt">{delivery.lastResponse}</pre>
                      </>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        }}
      />
    </section>
  );
}
