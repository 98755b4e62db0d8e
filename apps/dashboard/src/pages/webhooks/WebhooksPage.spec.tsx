import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatedWebhookEndpoint, Permission } from '../../api/types';
import { fail, ok, stubApi, type FakeApi } from '../../test/fake-api';
import { page, webhookEndpoint, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { WebhooksPage } from './WebhooksPage';

const ROUTE = '/api/v1/webhook-endpoints';
const WRITER: Permission[] = ['creators:read', 'webhooks:read', 'webhooks:write'];

const ENDPOINTS = [
  webhookEndpoint(),
  webhookEndpoint({
    id: 'wh-2',
    url: 'https://old.acme.test/hooks',
    events: ['creator.connected', 'creator.disconnected'],
    description: null,
    enabled: false,
    disabledReason: 'Every delivery failed for 5 days.',
    secretStart: 'whsec_Zy9',
  }),
];

const CREATED: CreatedWebhookEndpoint = {
  ...webhookEndpoint({ id: 'wh-new', url: 'https://new.acme.test/hooks' }),
  secret: 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0',
};

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: WRITER })),
    [`GET ${ROUTE}`]: ok(page(ENDPOINTS)),
    [`POST ${ROUTE}`]: ok(CREATED, 201),
    [`POST ${ROUTE}/wh-1/test`]: ok({ eventId: 'msg_test_42', deliveryId: 'dlv-9' }),
    [`PATCH ${ROUTE}/wh-1`]: ok(webhookEndpoint({ enabled: false })),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<WebhooksPage />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Webhooks', level: 1 });
  return { user };
}

async function rows() {
  return screen.findAllByTestId('endpoint-row');
}

describe('WebhooksPage', () => {
  it('lists the endpoints: URL, events, status with Tally’s reason, and the secret’s start', async () => {
    await renderPage();
    const [first, second] = await rows();
    expect(within(first).getByRole('link', { name: 'https://hooks.acme.test/tally' })).toBeTruthy();
    expect(first.textContent).toContain('Order service');
    expect(within(first).getByRole('list', { name: /^Events of/ }).textContent).toBe('All events');
    expect(within(first).getByText('Enabled')).toBeTruthy();
    expect(within(first).getByText('whsec_AbC…')).toBeTruthy();

    expect(
      within(second)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Creator connected', 'Creator disconnected']);
    expect(within(second).getByText('Disabled by Tally')).toBeTruthy();
    expect(within(second).getByTestId('disabled-reason').textContent).toBe(
      'Every delivery failed for 5 days.',
    );
    expect(
      within(second).getByRole('button', { name: 'Enable https://old.acme.test/hooks' }),
    ).toBeTruthy();
    expect(fake.calls(`GET ${ROUTE}`)[0].query.get('limit')).toBe('20');
  });

  it('says what webhooks are for when there are none', async () => {
    fake.on(`GET ${ROUTE}`, ok(page([])));
    await renderPage();
    await screen.findByText('No webhook endpoints yet');
    expect(screen.getByRole('button', { name: 'Add your first endpoint' })).toBeTruthy();
  });

  it('creates an endpoint for chosen events, then shows its secret once', async () => {
    const { user } = await renderPage();
    await rows();
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a webhook endpoint' });

    await user.click(within(dialog).getByRole('checkbox', { name: /^All events/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(dialog.textContent).toContain('Enter the URL Tally should send events to.');
    expect(dialog.textContent).toContain('Choose at least one event.');
    expect(fake.calls(`POST ${ROUTE}`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Endpoint URL'), ' https://new.acme.test/hooks ');
    await user.type(within(dialog).getByLabelText('Description (optional)'), 'Orders');
    await user.click(within(dialog).getByRole('checkbox', { name: /^API key revoked/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^Creator connected/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^Enabled/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));

    const shown = await screen.findByRole('dialog', { name: 'Your endpoint’s signing secret' });
    const [request] = fake.calls(`POST ${ROUTE}`);
    expect(request.body).toEqual({
      url: 'https://new.acme.test/hooks',
      events: ['creator.connected', 'key.revoked'],
      description: 'Orders',
      enabled: false,
    });
    expect(request.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(within(shown).getByTestId('secret-value').textContent).toBe(CREATED.secret);
    expect(within(shown).getByRole('note').textContent).toBe(
      'Copy the signing secret now. For your security it will not be shown again.',
    );
    expect(within(shown).getByRole('button', { name: 'Copy signing secret' })).toBeTruthy();
    // The list starts again from its first page, with the new endpoint.
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(2);

    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('secret-value')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the API’s refusal of the URL beside the field, and keeps the form', async () => {
    fake.on(
      `POST ${ROUTE}`,
      fail(400, 'validation_failed', 'The request is invalid: url.', {
        details: [{ field: 'url', reason: 'url resolves to a private address' }],
      }),
    );
    const { user } = await renderPage();
    await rows();
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a webhook endpoint' });
    await user.type(within(dialog).getByLabelText('Endpoint URL'), 'https://10.0.0.8/hooks');
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Please check the form: url resolves to a private address.',
    );
    expect(within(dialog).getByLabelText('Endpoint URL').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByLabelText('Endpoint URL')).toHaveProperty(
      'value',
      'https://10.0.0.8/hooks',
    );
    expect(screen.queryByTestId('secret-value')).toBeNull();
  });

  it('sends a test event and says which', async () => {
    const { user } = await renderPage();
    await rows();
    await user.click(
      screen.getByRole('button', { name: 'Send a test event to https://hooks.acme.test/tally' }),
    );
    await screen.findByText('Test event msg_test_42 sent');
    expect(fake.calls(`POST ${ROUTE}/wh-1/test`)).toHaveLength(1);
  });

  it('disables an endpoint and reloads the list', async () => {
    const { user } = await renderPage();
    await rows();
    await user.click(screen.getByRole('button', { name: 'Disable https://hooks.acme.test/tally' }));
    await screen.findByText('Endpoint disabled');
    expect(fake.calls(`PATCH ${ROUTE}/wh-1`).map((request) => request.body)).toEqual([
      { enabled: false },
    ]);
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(2);
  });

  it('says why an action failed', async () => {
    fake.on(`POST ${ROUTE}/wh-1/test`, fail(503, 'service_unavailable'));
    const { user } = await renderPage();
    await rows();
    await user.click(
      screen.getByRole('button', { name: 'Send a test event to https://hooks.acme.test/tally' }),
    );
    await screen.findByText('Part of Tally is not answering right now. Try again in a moment.');
  });

  it('shows the list read-only without webhooks:write', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['webhooks:read'] })));
    await renderPage();
    await rows();
    expect(document.body.textContent).toContain(
      'Your role can see these endpoints but not change them: that takes the webhooks:write permission.',
    );
    expect(screen.queryByRole('button', { name: 'Add endpoint' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Send a test event/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Disable/ })).toBeNull();
  });

  it('asks nothing of the API without webhooks:read', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['creators:read'] })));
    await renderPage();
    expect(document.body.textContent).toContain(
      'Your role cannot see webhook endpoints: that takes the webhooks:read permission.',
    );
    expect(fake.calls(`GET ${ROUTE}`)).toHaveLength(0);
  });

  it('says why the list could not be loaded, and tries again', async () => {
    fake.on(`GET ${ROUTE}`, fail(503, 'service_unavailable'));
    const { user } = await renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Part of Tally is not answering right now.',
    );
    fake.on(`GET ${ROUTE}`, ok(page(ENDPOINTS)));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await rows()).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
