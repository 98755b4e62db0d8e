import type { WebhookEndpointView } from '../../api/types';
import type { Tone } from '../../components/Badge';

export interface EndpointStatus {
  text: string;
  tone: Tone;
  /** Why Tally turned it off, when it did. */
  reason: string | null;
}

export function endpointStatus(endpoint: WebhookEndpointView): EndpointStatus {
  if (endpoint.enabled) return { text: 'Enabled', tone: 'success', reason: null };
  if (endpoint.disabledReason)
    return { text: 'Disabled by Tally', tone: 'danger', reason: endpoint.disabledReason };
  return { text: 'Disabled', tone: 'neutral', reason: null };
}

/** How the secret is shown in lists: its first characters, then an ellipsis. */
export function secretHint(endpoint: WebhookEndpointView): string {
  return `${endpoint.secretStart}…`;
}
