import type { WebhookEndpointView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { endpointStatus } from './endpoint-status';

/** Enabled or disabled, with Tally's reason when Tally turned it off. */
export function EndpointStatusBadge({ endpoint }: { endpoint: WebhookEndpointView }) {
  const status = endpointStatus(endpoint);
  return (
    <>
      <Badge tone={status.tone}>{status.text}</Badge>
      {status.reason && (
        <span className="cell-note" data-testid="disabled-reason">
          {status.reason}
        </span>
      )}
    </>
  );
}
