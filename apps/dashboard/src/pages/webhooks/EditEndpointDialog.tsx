import { useState, type FormEvent } from 'react';
import type { WebhookEndpointView } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { useSubmission } from '../../lib/use-submission';
import { formOf, updateInput, validateEndpointForm } from './endpoint-form';
import { EndpointFields } from './EndpointFields';

/** Changes an endpoint's URL, description and events; open while `endpoint` is set. */
export function EditEndpointDialog({
  endpoint,
  onClose,
  onSaved,
}: {
  endpoint: WebhookEndpointView | null;
  onClose: () => void;
  onSaved: (endpoint: WebhookEndpointView) => void;
}) {
  // A fresh form for each endpoint opened, from what it is now.
  return endpoint ? (
    <EditForm key={endpoint.id} endpoint={endpoint} onClose={onClose} onSaved={onSaved} />
  ) : null;
}

function EditForm({
  endpoint,
  onClose,
  onSaved,
}: {
  endpoint: WebhookEndpointView;
  onClose: () => void;
  onSaved: (endpoint: WebhookEndpointView) => void;
}) {
  const notify = useToast();
  const [form, setForm] = useState(() => formOf(endpoint));
  const { busy, failure, errors, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    void submit(validateEndpointForm(form), async () => {
      const input = updateInput(form, endpoint);
      if (Object.keys(input).length > 0) {
        onSaved(await webhooksApi.update(endpoint.id, input));
        notify('Endpoint saved');
      }
      onClose();
    });
  }

  return (
    <FormDialog
      open
      title="Edit webhook endpoint"
      submitLabel="Save changes"
      onClose={onClose}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <EndpointFields form={form} onChange={setForm} errors={errors} />
    </FormDialog>
  );
}
