import { PLATFORM_NAMES, SUPPORTED_PLATFORMS } from '@tally/contracts/browser';
import { useState } from 'react';
import { describeError } from '../../api/describe-error';
import type { Platform } from '../../api/types';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toasts';
import { connectInPopup } from './connect-popup';
import { PlatformIcon } from './PlatformIcon';

/**
 * "Connect TikTok", "Connect Instagram", "Connect YouTube": each opens its
 * platform's consent page in the one connect popup, so while one waits the
 * others are disabled. The list refreshes when the popup reports success.
 */
export function ConnectButtons({
  onConnected,
  variant = 'primary',
}: {
  onConnected: (creatorId: string) => void;
  variant?: 'primary' | 'secondary';
}) {
  const notify = useToast();
  const [waitingFor, setWaitingFor] = useState<Platform | null>(null);

  async function connect(platform: Platform) {
    const name = PLATFORM_NAMES[platform];
    setWaitingFor(platform);
    try {
      const result = await connectInPopup(platform);
      if (result.status === 'connected') {
        notify('Creator connected. Their videos are syncing now.');
        onConnected(result.creatorId);
      } else if (result.status === 'error') {
        notify(result.message || `The ${name} account was not connected.`, 'error');
      }
    } catch (error) {
      notify(
        error instanceof Error && error.message === 'popup_blocked'
          ? 'Your browser blocked the popup. Allow popups for this site and try again.'
          : describeError(error),
        'error',
      );
    } finally {
      setWaitingFor(null);
    }
  }

  return (
    <div className="connect-buttons">
      {SUPPORTED_PLATFORMS.map((platform) => (
        <Button
          key={platform}
          variant={variant}
          busy={waitingFor === platform}
          disabled={waitingFor !== null && waitingFor !== platform}
          onClick={() => void connect(platform)}
        >
          {waitingFor !== platform && <PlatformIcon platform={platform} decorative />}
          {waitingFor === platform
            ? `Waiting for ${PLATFORM_NAMES[platform]}…`
            : `Connect ${PLATFORM_NAMES[platform]}`}
        </Button>
      ))}
    </div>
  );
}
