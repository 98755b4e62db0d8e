import type { ReactNode } from 'react';
import { describeError } from '../api/describe-error';
import { ApiError } from '../api/api-error';
import { Button } from './Button';

export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-error" role="alert">
      {children}
    </div>
  );
}

/** A failed load: what happened, the request id support can look up, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error)}</p>
      {requestId && <p className="muted small">Request id: {requestId}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
