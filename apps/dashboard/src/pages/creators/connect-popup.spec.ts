import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/api-client';
import { CLOSED_GRACE_MS, connectInPopup } from './connect-popup';

interface FakePopup {
  closed: boolean;
  location: { href: string };
  close: () => void;
}

describe('connectInPopup', () => {
  let popup: FakePopup;

  beforeEach(() => {
    vi.useFakeTimers();
    popup = { closed: false, location: { href: 'about:blank' }, close: () => undefined };
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    vi.spyOn(api, 'post').mockResolvedValue({
      authUrl: 'https://tiktok.example/auth',
      state: 's',
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function postFromCallback(data: unknown) {
    window.dispatchEvent(new MessageEvent('message', { data, origin: window.location.origin }));
  }

  it('takes the outcome the callback page posts, even when its popup was seen closed first', async () => {
    const outcome = connectInPopup();
    await vi.advanceTimersByTimeAsync(0);

    popup.closed = true;
    await vi.advanceTimersByTimeAsync(500);
    postFromCallback({ type: 'tally:connect', status: 'connected', creatorId: 'c1' });

    await expect(outcome).resolves.toEqual({
      type: 'tally:connect',
      status: 'connected',
      creatorId: 'c1',
    });
  });

  it('says the popup was closed when no outcome arrives', async () => {
    const outcome = connectInPopup();
    await vi.advanceTimersByTimeAsync(0);

    popup.closed = true;
    await vi.advanceTimersByTimeAsync(500 + CLOSED_GRACE_MS);

    await expect(outcome).resolves.toEqual({ status: 'closed' });
  });

  it('ignores messages from other origins', async () => {
    const outcome = connectInPopup();
    await vi.advanceTimersByTimeAsync(0);

    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'tally:connect', status: 'connected', creatorId: 'evil' },
        origin: 'https://evil.example',
      }),
    );
    popup.closed = true;
    await vi.advanceTimersByTimeAsync(500 + CLOSED_GRACE_MS);

    await expect(outcome).resolves.toEqual({ status: 'closed' });
  });
});
