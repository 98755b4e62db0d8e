import type { DeliveryStatus, WebhookDeliveryView } from '../../api/types';
import type { Tone } from '../../components/Badge';
import { formatUpcoming, type ClockOptions } from '../../lib/local-time';

export const DELIVERY_STATUS_LABELS: Readonly<
  Record<DeliveryStatus, { text: string; tone: Tone }>
> = {
  pending: { text: 'Pending', tone: 'warning' },
  delivered: { text: 'Delivered', tone: 'success' },
  failed: { text: 'Failed', tone: 'danger' },
};

/** A delivered event is not sent again; a pending one may be tried now rather than at its next attempt. */
export function canRetry(delivery: WebhookDeliveryView): boolean {
  return delivery.status !== 'delivered';
}

/** The last attempt in a few words: "200 in 84 ms", "timed out", "Not tried yet". */
export function lastAttemptSummary(delivery: WebhookDeliveryView): string {
  if (delivery.attempts === 0) return 'Not tried yet';
  const took = delivery.lastDurationMs === null ? '' : ` in ${formatMs(delivery.lastDurationMs)}`;
  if (delivery.lastStatusCode !== null) return `${delivery.lastStatusCode}${took}`;
  return `${delivery.lastError ?? 'No answer'}${took}`;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** When the next attempt is due, on the viewer's clock; "—" when none is planned. */
export function nextAttemptText(delivery: WebhookDeliveryView, clock: ClockOptions = {}): string {
  if (delivery.status !== 'pending' || delivery.nextAttemptAt === null) return '—';
  return formatUpcoming(new Date(delivery.nextAttemptAt), clock);
}

/** Whether the row has more to show than its cells: the answer's body or the error in full. */
export function hasDetails(delivery: WebhookDeliveryView): boolean {
  return Boolean(delivery.lastResponse) || Boolean(delivery.lastError);
}
