import { useState, type FormEvent } from 'react';
import type { RotatedWebhookSecret, WebhookEndpointView } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';
import { useSubmission } from '../../lib/use-submission';
import {
  DEFAULT_GRACE_HOURS,
  MAX_GRACE_HOURS,
  parseGraceHours,
  previousSecretNote,
} from './secret-rotation';

/** A new signing secret; the old one keeps signing beside it through the grace period. */
export function RotateSecretDialog({
  endpoint,
  onClose,
  onRotated,
}: {
  endpoint: WebhookEndpointView | null;
  onClose: () => void;
  onRotated: () => void;
}) {
  const [graceHours, setGraceHours] = useState(String(DEFAULT_GRACE_HOURS));
  const [rotated, setRotated] = useState<RotatedWebhookSecret | null>(null);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function close() {
    setGraceHours(String(DEFAULT_GRACE_HOURS));
    setRotated(null);
    clear();
    onClose();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    if (!endpoint) return;
    const parsed = parseGraceHours(graceHours);
    void submit({ graceHours: 'error' in parsed ? parsed.error : undefined }, async () => {
      if ('error' in parsed) return;
      setRotated(await webhooksApi.rotateSecret(endpoint.id, parsed.hours));
      onRotated();
    });
  }

  if (rotated) {
    return (
      <ShownOnceDialog
        title="Your new signing secret"
        label="signing secret"
        secret={rotated.secret}
        onClose={close}
        after={
          <p className="muted small" data-testid="rotation-note">
            {previousSecretNote(rotated.previousSecretExpiresAt) ??
              'The previous secret no longer signs deliveries.'}
          </p>
        }
      />
    );
  }

  return (
    <FormDialog
      open={endpoint !== null}
      title="Rotate the signing secret"
      submitLabel="Rotate secret"
      onClose={close}
      onSubmit={send}
      busy={busy}
      failure={failure}
    >
      <p className="muted">
        Tally makes a new secret for <code>{endpoint?.url}</code>. During the grace period every
        delivery carries a signature with each secret, so your endpoint keeps verifying while you
        switch it to the new one.
      </p>
      <TextField
        label="Grace period (hours)"
        type="number"
        min={0}
        max={MAX_GRACE_HOURS}
        step={1}
        inputMode="numeric"
        value={graceHours}
        onChange={(event) => setGraceHours(event.target.value)}
        error={errors.graceHours}
        hint={`0 to ${MAX_GRACE_HOURS}. With 0 the old secret stops signing at once.`}
      />
    </FormDialog>
  );
}
