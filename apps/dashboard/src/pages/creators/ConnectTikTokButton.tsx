import { useState } from 'react';
import { describeError } from '../../api/describe-error';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toasts';
import { connectInPopup } from './connect-popup';

/** "Connect TikTok": the consent page in a popup; the list refreshes when it reports success. */
export function ConnectTikTokButton({
  onConnected,
  variant = 'primary',
}: {
  onConnected: (creatorId: string) => void;
  variant?: 'primary' | 'secondary';
}) {
  const notify = useToast();
  const [busy, setBusy] = useState(false);

  async function connect() {
    setBusy(true);
    try {
      const result = await connectInPopup();
      if (result.status === 'connected') {
        notify('Creator connected. Their videos are syncing now.');
        onConnected(result.creatorId);
      } else if (result.status === 'error') {
        notify(result.message || 'The creator was not connected.', 'error');
      }
    } catch (error) {
      notify(
        error instanceof Error && error.message === 'popup_blocked'
          ? 'Your browser blocked the popup. Allow popups for this site and try again.'
          : describeError(error),
        'error',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant={variant} busy={busy} onClick={() => void connect()}>
      {busy ? 'Waiting for TikTok…' : 'Connect TikTok'}
    </Button>
  );
}
