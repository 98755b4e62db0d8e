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

  it.each([
    ['TIKTOK', '/api/v1/connect/tiktok'],
    ['INSTAGRAM', '/api/v1/connect/instagram'],
    ['YOUTUBE', '/api/v1/connect/youtube'],
  ] as const)(
    "starts %s's connection at its own route and sends the popup to its consent page",
    async (platform, path) => {
      const post = vi.mocked(api.post);
      post.mockResolvedValue({ authUrl: `https://consent.example/${platform}`, state: 's' });
      const outcome = connectInPopup(platform);
      await vi.advanceTimersByTimeAsync(0);

      expect(post).toHaveBeenCalledWith(path);
      expect(popup.location.href).toBe(`https://consent.example/${platform}`);
      postFromCallback({ type: 'tally:connect', status: 'connected', creatorId: 'c1' });
      await expect(outcome).resolves.toMatchObject({ status: 'connected', creatorId: 'c1' });
    },
  );

  it('closes the popup when the connection cannot start', async () => {
    const close = vi.spyOn(popup, 'close');
    vi.mocked(api.post).mockRejectedValue(new Error('refused'));
    await expect(connectInPopup('YOUTUBE')).rejects.toThrow('refused');
    expect(close).toHaveBeenCalled();
  });

  it('says so when the browser blocks the popup', async () => {
    vi.mocked(window.open).mockReturnValue(null);
    await expect(connectInPopup('INSTAGRAM')).rejects.toThrow('popup_blocked');
    expect(api.post).not.toHaveBeenCalled();
  });

  it('takes the outcome the callback page posts, even when its popup was seen closed first', async () => {
    const outcome = connectInPopup('TIKTOK');
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
    const outcome = connectInPopup('TIKTOK');
    await vi.advanceTimersByTimeAsync(0);

    popup.closed = true;
    await vi.advanceTimersByTimeAsync(500 + CLOSED_GRACE_MS);

    await expect(outcome).resolves.toEqual({ status: 'closed' });
  });

  it('ignores messages from other origins', async () => {
    const outcome = connectInPopup('TIKTOK');
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
