import { useState } from 'react';
import { updateCredential, type CredentialKind } from '../../api/credentials';
import { describeError } from '../../api/describe-error';
import { useToast } from '../../components/Toasts';

/** Pausing and enabling a key or a client in one click: the outcome as a toast, the button busy meanwhile. */
export function useCredentialActions(kind: CredentialKind, onChanged: () => void) {
  const notify = useToast();
  const [running, setRunning] = useState<string | null>(null);
  return {
    busy: (credential: { id: string }) => running === credential.id,
    setEnabled: async (credential: { id: string; name: string }, enabled: boolean) => {
      setRunning(credential.id);
      try {
        await updateCredential(kind, credential.id, { enabled });
        notify(enabled ? `${credential.name} was enabled` : `${credential.name} was paused`);
        onChanged();
      } catch (error) {
        notify(describeError(error), 'error');
      } finally {
        setRunning(null);
      }
    },
  };
}
