import { MAX_ROLL_GRACE_DAYS } from '@tally/contracts/browser';
import { useState } from 'react';
import { api } from '../../api/api-client';
import { describeError } from '../../api/describe-error';
import type { ApiKeyView, CreatedApiKey } from '../../api/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/Field';
import { ShownOnceDialog } from '../../components/ShownOnceDialog';

const GRACE_CHOICES = Array.from({ length: MAX_ROLL_GRACE_DAYS + 1 }, (_, days) => ({
  value: String(days),
  label:
    days === 0
      ? 'Stop the old key now'
      : `Keep the old key working for ${days} day${days === 1 ? '' : 's'}`,
}));

/** A new secret for the same key; the old one keeps working through the grace period. */
export function RollKeyDialog({
  apiKey,
  onClose,
  onRolled,
}: {
  apiKey: ApiKeyView | null;
  onClose: () => void;
  onRolled: () => void;
}) {
  const [graceDays, setGraceDays] = useState('1');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [rolled, setRolled] = useState<CreatedApiKey | null>(null);

  function close() {
    setGraceDays('1');
    setFailure(null);
    setRolled(null);
    onClose();
  }

  async function roll() {
    if (!apiKey) return;
    setBusy(true);
    setFailure(null);
    try {
      setRolled(
        await api.post<CreatedApiKey>(`/api/v1/keys/${apiKey.id}/roll`, {
          gracePeriodDays: Number(graceDays),
        }),
      );
      onRolled();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (rolled) {
    return (
      <ShownOnceDialog
        title="Your rolled API key"
        label="API key"
        secret={rolled.key}
        onClose={close}
      />
    );
  }

  return (
    <Dialog
      open={apiKey !== null}
      title={`Roll ${apiKey?.name ?? 'key'}`}
      description="Rolling makes a new secret for this key. Give your servers time to switch before the old one stops."
      onClose={close}
    >
      {failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>}
      <SelectField
        label="Grace period"
        value={graceDays}
        onChange={(event) => setGraceDays(event.target.value)}
        options={GRACE_CHOICES}
      />
      <div className="dialog-actions">
        <Button onClick={close} disabled={busy}>
          Cancel
        </Button>
        <Button variant="primary" busy={busy} onClick={() => void roll()}>
          Roll key
        </Button>
      </div>
    </Dialog>
  );
}
