import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RedirectUrlsView } from '../../api/types';
import { fail, ok, stubApi, type FakeApi, type RecordedRequest } from '../../test/fake-api';
import { whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { RedirectUrlsPage } from './RedirectUrlsPage';

const ROUTE = '/api/v1/connect/redirect-urls';

function view(urls: string[], updatedAt: string | null = '2026-03-01T10:00:00.000Z') {
  return { urls, updatedAt } satisfies RedirectUrlsView;
}

/** Answers a PUT the way the server stores the list. */
function storeAsSent(request: RecordedRequest) {
  const { urls } = request.body as { urls: string[] };
  return ok(view(urls, '2026-03-15T12:00:00.000Z'));
}

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI()),
    [`GET ${ROUTE}`]: ok(view(['https://shop.example/creators'])),
    [`PUT ${ROUTE}`]: storeAsSent,
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

function shownUrls(): string[] {
  return screen
    .queryAllByTestId('redirect-url-row')
    .map((row) => row.querySelector('code')?.textContent ?? '');
}

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<RedirectUrlsPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Redirect URLs', level: 1 });
  return { user };
}

async function addUrl(user: ReturnType<typeof userEvent.setup>, url: string) {
  const field = await screen.findByLabelText('Redirect URL');
  await user.clear(field);
  await user.type(field, url);
  await user.click(screen.getByRole('button', { name: 'Add URL' }));
}

describe('RedirectUrlsPage', () => {
  it('lists the allowed redirect URLs', async () => {
    await renderPage();
    await screen.findAllByTestId('redirect-url-row');
    expect(shownUrls()).toEqual(['https://shop.example/creators']);
    expect(screen.getByTestId('redirect-urls-status').textContent).toMatch(
      /^1 of 20 allowed\. Last changed /,
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
  });

  it('explains what the list is for when it is empty', async () => {
    fake.on(`GET ${ROUTE}`, ok(view([], null)));
    await renderPage();
    await screen.findByText('No redirect URLs yet');
    expect(document.body.textContent).toContain(
      'Until you add one, a connect flow that asks to send the creator back to a redirectUrl is refused.',
    );
    expect(screen.getByTestId('redirect-urls-status').textContent).toBe('0 of 20 allowed.');
  });

  it('refuses a URL the server would refuse, without sending anything', async () => {
    const { user } = await renderPage();
    await addUrl(user, 'http://shop.example/done');
    expect(
      screen.getByText('The URL must use https (http only for localhost and 127.0.0.1).'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Redirect URL').getAttribute('aria-invalid')).toBe('true');

    await addUrl(user, 'https://SHOP.example/creators/');
    expect(screen.getByText('https://shop.example/creators is already in the list.')).toBeTruthy();
    expect(shownUrls()).toEqual(['https://shop.example/creators']);
    expect(fake.calls(`PUT ${ROUTE}`)).toHaveLength(0);
  });

  it('adds a URL, normalised, and saves the whole list', async () => {
    const { user } = await renderPage();
    await addUrl(user, '  http://localhost:5173/connected/ ');
    expect(shownUrls()).toEqual([
      'https://shop.example/creators',
      'http://localhost:5173/connected',
    ]);
    expect(screen.getByLabelText('Redirect URL')).toHaveProperty('value', '');
    const added = screen.getAllByTestId('redirect-url-row')[1];
    expect(within(added).getByText('Not saved')).toBeTruthy();
    expect(screen.getByTestId('redirect-urls-status').textContent).toBe(
      'You have unsaved changes.',
    );

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Redirect URLs saved');
    const [request] = fake.calls(`PUT ${ROUTE}`);
    expect(request.body).toEqual({
      urls: ['https://shop.example/creators', 'http://localhost:5173/connected'],
    });
    expect(request.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(screen.queryByText('Not saved')).toBeNull();
    expect(screen.getByTestId('redirect-urls-status').textContent).toMatch(/^2 of 20 allowed\./);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
  });

  it('removes a URL and saves the list without it; an emptied list says what saving means', async () => {
    const { user } = await renderPage();
    await user.click(
      await screen.findByRole('button', { name: 'Remove https://shop.example/creators' }),
    );
    expect(shownUrls()).toEqual([]);
    expect(document.body.textContent).toContain(
      'Saving an empty list refuses every redirectUrl a connect flow asks for.',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Redirect URLs saved');
    expect(fake.calls(`PUT ${ROUTE}`).map((request) => request.body)).toEqual([{ urls: [] }]);
  });

  it('puts the changes back on Discard', async () => {
    const { user } = await renderPage();
    await addUrl(user, 'https://shop.example/other');
    await user.click(screen.getByRole('button', { name: 'Remove https://shop.example/creators' }));
    expect(shownUrls()).toEqual(['https://shop.example/other']);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(shownUrls()).toEqual(['https://shop.example/creators']);
    expect(fake.calls(`PUT ${ROUTE}`)).toHaveLength(0);
  });

  it('shows why the API refused, beside the URL it named, and keeps the changes', async () => {
    fake.on(
      `PUT ${ROUTE}`,
      fail(400, 'validation_failed', 'The request is invalid: urls[1].', {
        details: [{ field: 'urls[1]', reason: 'urls[1] is not valid: each URL must use https' }],
      }),
    );
    const { user } = await renderPage();
    await addUrl(user, 'https://shop.example/done');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Please check the form: urls[1] is not valid: each URL must use https.',
    );
    const rows = screen.getAllByTestId('redirect-url-row');
    expect(within(rows[1]).getByText('urls[1] is not valid: each URL must use https')).toBeTruthy();
    expect(within(rows[0]).queryByText(/is not valid/)).toBeNull();
    expect(shownUrls()).toEqual(['https://shop.example/creators', 'https://shop.example/done']);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', false);
  });

  it('shows the list read-only to a role without creators:write', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['creators:read'] })));
    await renderPage();
    await screen.findAllByTestId('redirect-url-row');
    expect(document.body.textContent).toContain(
      'Your role can see these URLs but not change them: that takes the creators:write permission.',
    );
    expect(screen.queryByLabelText('Redirect URL')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('says why the list could not be loaded, and tries again', async () => {
    fake.on(`GET ${ROUTE}`, fail(503, 'service_unavailable', 'creators is down'));
    const { user } = await renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Part of Tally is not answering right now. Try again in a moment.',
    );
    fake.on(`GET ${ROUTE}`, ok(view(['https://shop.example/creators'])));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findAllByTestId('redirect-url-row');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
