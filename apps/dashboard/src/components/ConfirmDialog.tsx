import { useState, type ReactNode } from 'react';
import { describeError } from '../api/describe-error';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Red by default: most confirmations are for what cannot be undone. */
  confirmVariant?: 'danger' | 'primary';
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Are you sure?" for what cannot be undone; the error stays in the dialog. */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  confirmVariant = 'danger',
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (busy) return;
    setError(null);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(caught);
    }
  }

  return (
    <Dialog open={open} title={title} description={description} onClose={close}>
      {error !== null && <ErrorMessage>{describeError(error)}</ErrorMessage>}
      <div className="dialog-actions">
        <Button onClick={close} disabled={busy}>
          Cancel
        </Button>
        <Button variant={confirmVariant} busy={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
