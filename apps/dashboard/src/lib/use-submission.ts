import { useState } from 'react';
import { fieldErrors } from '../api/describe-error';
import { hasErrors } from './validation';

export type FieldErrors = Record<string, string | undefined>;

/**
 * A form's sending: its own checks first (nothing is sent while one fails),
 * then the call, with the API's field errors and failure kept for the form.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(found: FieldErrors, send: () => Promise<void>): Promise<void> {
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure(null);
    try {
      await send();
    } catch (error) {
      setErrors(fieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function clear() {
    setErrors({});
    setFailure(null);
  }

  return { busy, failure, errors, submit, clear };
}
