import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/describe-error';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  /** What the last attempt failed with, in words at the top of the form. */
  failure: unknown;
  children: ReactNode;
}

/** A form in a modal: the failure on top, the fields, then Cancel and the submit button. */
export function FormDialog({
  open,
  title,
  submitLabel,
  onClose,
  onSubmit,
  busy,
  failure,
  children,
}: FormDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} wide>
      {failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>}
      <form onSubmit={onSubmit} noValidate>
        {children}
        <div className="dialog-actions">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
