import { CopyButton } from './CopyButton';

/** A secret shown once: copy it now, it will not be shown again. */
export function SecretReveal({ label, secret }: { label: string; secret: string }) {
  return (
    <div className="secret">
      <div className="alert alert-warning" role="note">
        Copy the {label} now. For your security it will not be shown again.
      </div>
      <div className="secret-row">
        <code className="secret-value" aria-label={label} data-testid="secret-value" tabIndex={0}>
          {secret}
        </code>
        <CopyButton text={secret} label={`Copy ${label}`} />
      </div>
    </div>
  );
}
