import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { SecretReveal } from './SecretReveal';

interface ShownOnceDialogProps {
  title: string;
  /** What the secret is, in words: "API key", "client secret". */
  label: string;
  secret: string;
  onClose: () => void;
  before?: ReactNode;
  after?: ReactNode;
}

/**
 * The one time a secret is on screen: it stays until the person says they
 * copied it (no Escape, no click outside).
 */
export function ShownOnceDialog({
  title,
  label,
  secret,
  onClose,
  before,
  after,
}: ShownOnceDialogProps) {
  return (
    <Dialog open title={title} onClose={onClose} dismissible={false} wide>
      {before}
      <SecretReveal label={label} secret={secret} />
      {after}
      <div className="dialog-actions">
        <Button variant="primary" onClick={onClose}>
          I have copied it
        </Button>
      </div>
    </Dialog>
  );
}
