import { useState } from 'react';
import { describeError } from '../../api/describe-error';
import type { WebhookEndpointView } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { useToast } from '../../components/Toasts';

type Action = 'test' | 'enable' | 'disable';

/**
 * The one-click actions on an endpoint (send a test event, enable, disable):
 * the outcome as a toast, the button busy meanwhile.
 */
export function useEndpointActions(onChanged: (endpoint: WebhookEndpointView) => void) {
  const notify = useToast();
  const [running, setRunning] = useState<{ id: string; action: Action } | null>(null);

  async function run(endpoint: WebhookEndpointView, action: Action, work: () => Promise<void>) {
    setRunning({ id: endpoint.id, action });
    try {
      await work();
    } catch (error) {
      notify(describeError(error), 'error');
    } finally {
      setRunning(null);
    }
  }

  return {
    busy: (endpoint: WebhookEndpointView, action: Action) =>
      running?.id === endpoint.id && running.action === action,
    sendTest: (endpoint: WebhookEndpointView, onSent?: () => void) =>
      run(endpoint, 'test', async () => {
        const sent = await webhooksApi.sendTest(endpoint.id);
        notify(`Test event ${sent.eventId} sent`);
        onSent?.();
      }),
    setEnabled: (endpoint: WebhookEndpointView, enabled: boolean) =>
      run(endpoint, enabled ? 'enable' : 'disable', async () => {
        onChanged(await webhooksApi.update(endpoint.id, { enabled }));
        notify(enabled ? 'Endpoint enabled' : 'Endpoint disabled');
      }),
  };
}
