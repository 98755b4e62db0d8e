import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { ConnectButtons } from './ConnectButtons';

interface FakePopup {
  closed: boolean;
  location: { href: string };
  close: () => void;
}

let fake: FakeApi;
let popup: FakePopup;

function started(platform: string) {
  return ok({
    authUrl: `https://consent.example/${platform}`,
    state: `state-${platform}`,
    expiresAt: '2026-03-15T12:10:00.000Z',
  });
}

beforeEach(() => {
  popup = { closed: false, location: { href: 'about:blank' }, close: () => undefined };
  vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    'POST /api/v1/connect/tiktok': started('tiktok'),
    'POST /api/v1/connect/instagram': started('instagram'),
    'POST /api/v1/connect/youtube': started('youtube'),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function postFromCallback(data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: window.location.origin }));
}

describe('ConnectButtons', () => {
  it.each([
    ['Instagram', 'instagram'],
    ['YouTube', 'youtube'],
    ['TikTok', 'tiktok'],
  ])(
    "sends the popup to %s's consent page and reports the connected creator",
    async (name, slug) => {
      const user = userEvent.setup();
      const onConnected = vi.fn();
      renderInSession(<ConnectButtons onConnected={onConnected} />, { signedIn: true });

      await user.click(await screen.findByRole('button', { name: `Connect ${name}` }));
      await screen.findByRole('button', { name: `Waiting for ${name}…` });
      expect(fake.calls(`POST /api/v1/connect/${slug}`)).toHaveLength(1);
      expect(popup.location.href).toBe(`https://consent.example/${slug}`);
      // One popup at a time: the other platforms wait.
      const others = screen
        .getAllByRole('button')
        .filter((button) => !button.textContent?.includes(name));
      expect(others.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);

      postFromCallback({ type: 'tally:connect', status: 'connected', creatorId: 'cr-9' });
      await vi.waitFor(() => expect(onConnected).toHaveBeenCalledWith('cr-9'));
      expect(
        await screen.findByText('Creator connected. Their videos are syncing now.'),
      ).toBeTruthy();
      expect(
        (screen.getByRole('button', { name: 'Connect TikTok' }) as HTMLButtonElement).disabled,
      ).toBe(false);
    },
  );

  it("says what went wrong when the platform's callback reports an error", async () => {
    const user = userEvent.setup();
    renderInSession(<ConnectButtons onConnected={vi.fn()} />, { signedIn: true });
    await user.click(await screen.findByRole('button', { name: 'Connect YouTube' }));
    await screen.findByRole('button', { name: 'Waiting for YouTube…' });
    postFromCallback({
      type: 'tally:connect',
      status: 'error',
      reason: 'access_denied',
      message: '',
    });
    expect(await screen.findByText('The YouTube account was not connected.')).toBeTruthy();
  });

  it('says so when the connection cannot start', async () => {
    const user = userEvent.setup();
    fake.on('POST /api/v1/connect/instagram', fail(503, 'service_unavailable'));
    renderInSession(<ConnectButtons onConnected={vi.fn()} />, { signedIn: true });
    await user.click(await screen.findByRole('button', { name: 'Connect Instagram' }));
    expect(
      await screen.findByText('Part of Tally is not answering right now. Try again in a moment.'),
    ).toBeTruthy();
  });
});
