import { platformSlug } from '@tally/contracts/browser';
import { api } from '../../api/api-client';
import type { ConnectPopupMessage, ConnectStarted, Platform } from '../../api/types';

export type ConnectResult = ConnectPopupMessage | { status: 'closed' };

function isCallbackMessage(data: unknown): data is ConnectPopupMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'tally:connect'
  );
}

const POPUP_FEATURES = 'popup,width=520,height=720';
/**
 * The callback page posts its outcome and closes itself at once, so the popup
 * can be seen closed before the message is delivered: a closed popup counts
 * as "closed by the creator" only once this long has passed without one.
 */
export const CLOSED_GRACE_MS = 1000;

/** `POST /api/v1/connect/youtube`: where a platform's connection starts. */
export function connectPath(platform: Platform): string {
  return `/api/v1/connect/${platformSlug(platform)}`;
}

/**
 * Opens the popup at once (a popup opened after an await is blocked), then
 * points it at the platform's consent page. Settles when the callback page
 * posts the outcome from our own origin, or when the creator closes the popup.
 */
export async function connectInPopup(platform: Platform): Promise<ConnectResult> {
  const popup = window.open('about:blank', 'tally-connect', POPUP_FEATURES);
  if (!popup) throw new Error('popup_blocked');
  let started: ConnectStarted;
  try {
    started = await api.post<ConnectStarted>(connectPath(platform));
  } catch (error) {
    popup.close();
    throw error;
  }
  popup.location.href = started.authUrl;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || !isCallbackMessage(event.data)) return;
      finish(event.data);
    };
    let closedTimer: ReturnType<typeof setTimeout> | undefined;
    const watch = setInterval(() => {
      if (!popup.closed || closedTimer !== undefined) return;
      closedTimer = setTimeout(() => finish({ status: 'closed' }), CLOSED_GRACE_MS);
    }, 500);
    function finish(result: ConnectResult) {
      clearInterval(watch);
      clearTimeout(closedTimer);
      window.removeEventListener('message', onMessage);
      resolve(result);
    }
    window.addEventListener('message', onMessage);
  });
}
