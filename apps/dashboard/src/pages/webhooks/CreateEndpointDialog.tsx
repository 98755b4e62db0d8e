import { useState, type FormEvent } from 'react';
import type { CreatedWebhookEndpoint } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { FormDialog } from '../../components/FormDialog';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';
import { useSubmission } from '../../lib/use-submission';
import { createInput, EMPTY_ENDPOINT_FORM, validateEndpointForm } from './endpoint-form';
import { EndpointFields } from './EndpointFields';

export function CreateEndpointDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [form, setForm] = useState(EMPTY_ENDPOINT_FORM);
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setForm(EMPTY_ENDPOINT_FORM);
    setCreated(null);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    void submit(validateEndpointForm(form), async () => {
      setCreated(await webhooksApi.create(createInput(form)));
      onCreated();
    });
  }

  if (created) {
    return (
      <ShownOnceDialog
        title="Your endpoint’s signing secret"
        label="signing secret"
        secret={created.secret}
        onClose={close}
        before={
          <p>
            <code>{created.url}</code> is ready. Every delivery is signed with this secret: your
            endpoint checks the <code>webhook-signature</code> header with it.
          </p>
        }
        after={
          <p className="muted small">Lost it? Rotate the endpoint’s secret to get a new one.</p>
        }
      />
    );
  }

  return (
    <FormDialog
      open={open}
      title="Add a webhook endpoint"
      submitLabel="Add endpoint"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <EndpointFields form={form} onChange={setForm} errors={errors} withEnabled />
    </FormDialog>
  );
}
