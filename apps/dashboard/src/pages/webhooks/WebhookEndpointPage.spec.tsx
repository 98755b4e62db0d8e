import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Permission, WebhookDeliveryView } from '../../api/types';
import { fail, ok, stubApi, type FakeApi, type RecordedRequest } from '../../test/fake-api';
import { page, webhookDelivery, webhookEndpoint, whoAmI } from '../../test/fixtures';
import { renderInSession } from '../../test/session';
import { nextAttemptText } from './delivery-labels';
import { WebhookEndpointPage } from './WebhookEndpointPage';

const ENDPOINT = '/api/v1/webhook-endpoints/wh-1';
const DELIVERIES = `${ENDPOINT}/deliveries`;
const WRITER: Permission[] = ['webhooks:read', 'webhooks:write'];

const PENDING = webhookDelivery({
  id: 'dlv-2',
  eventId: 'msg_pending',
  eventType: 'creator.connected',
  status: 'pending',
  attempts: 3,
  lastStatusCode: 503,
  lastDurationMs: 1200,
  lastResponse: '{"error":"maintenance"}',
  nextAttemptAt: '2026-03-15T14:30:00.000Z',
});
const FAILED = webhookDelivery({
  id: 'dlv-3',
  eventId: 'msg_failed',
  eventType: 'key.revoked',
  status: 'failed',
  attempts: 8,
  lastStatusCode: null,
  lastError: 'timed out after 15 s',
  lastDurationMs: 15000,
  lastResponse: null,
});
const DELIVERED = webhookDelivery();

/** Two pages of deliveries: the cursor "older" leads to the second. */
function deliveriesByCursor(request: RecordedRequest) {
  return request.query.get('cursor') === 'older'
    ? ok(page([FAILED], null, 'newer'))
    : ok(page<WebhookDeliveryView>([PENDING, DELIVERED], 'older'));
}

let fake: FakeApi;

beforeEach(() => {
  document.cookie = 'tally_csrf=csrf-token-1; path=/';
  window.history.replaceState(null, '', '/settings/developer/webhooks/wh-1');
  fake = stubApi({
    'GET /api/v1/users/me': ok(whoAmI({ permissions: WRITER })),
    [`GET ${ENDPOINT}`]: ok(webhookEndpoint({ events: ['creator.synced', 'key.revoked'] })),
    [`GET ${DELIVERIES}`]: deliveriesByCursor,
    [`POST ${DELIVERIES}/dlv-2/retry`]: ok({ ...PENDING, attempts: 4 }),
    [`POST ${ENDPOINT}/test`]: ok({ eventId: 'msg_test_7', deliveryId: 'dlv-7' }),
    [`PATCH ${ENDPOINT}`]: ok(webhookEndpoint({ description: 'Billing' })),
    [`POST ${ENDPOINT}/rotate-secret`]: ok({
      secret: 'whsec_bmV3c2VjcmV0bmV3c2VjcmV0bmV3',
      previousSecretExpiresAt: null,
    }),
    [`DELETE ${ENDPOINT}`]: ok({ deleted: true }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'tally_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

async function renderPage() {
  const user = userEvent.setup();
  renderInSession(<WebhookEndpointPage id="wh-1" />, { signedIn: true });
  await screen.findByRole('heading', { name: 'Webhook endpoint', level: 1 });
  const deliveryRows = await screen.findAllByTestId('delivery-row');
  return { user, deliveryRows };
}

describe('WebhookEndpointPage', () => {
  it('shows the endpoint’s settings', async () => {
    await renderPage();
    const settings = screen.getByRole('region', { name: 'Settings' });
    expect(settings.textContent).toContain('Enabled');
    expect(settings.textContent).toContain('Creator synced, API key revoked');
    expect(settings.textContent).toContain('Order service');
    expect(settings.textContent).toContain('whsec_AbC…');
    expect(screen.getAllByText('https://hooks.acme.test/tally').length).toBeGreaterThan(0);
  });

  it('logs each delivery: event, status, attempts, last answer and the next attempt on the local clock', async () => {
    const { deliveryRows } = await renderPage();
    const [pending, delivered] = deliveryRows;
    expect(pending.textContent).toContain('Creator connected');
    expect(pending.textContent).toContain('msg_pending');
    expect(within(pending).getByText('Pending')).toBeTruthy();
    expect(within(pending).getByTestId('last-answer').textContent).toBe('503 in 1.2 s');
    expect(within(pending).getByTestId('next-attempt').textContent).toBe(nextAttemptText(PENDING));
    expect(within(pending).getByTestId('next-attempt').textContent).toMatch(/\d:30 (AM|PM) /);
    expect(within(pending).getByRole('button', { name: 'Retry msg_pending' })).toBeTruthy();

    expect(within(delivered).getByText('Delivered')).toBeTruthy();
    expect(within(delivered).getByTestId('next-attempt').textContent).toBe('—');
    expect(within(delivered).queryByRole('button', { name: /^Retry/ })).toBeNull();
  });

  it('shows the start of the answer’s body on demand', async () => {
    const { user, deliveryRows } = await renderPage();
    const toggle = within(deliveryRows[0]).getByRole('button', { name: 'Show answer' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('delivery-details').textContent).toContain('{"error":"maintenance"}');
    await user.click(within(deliveryRows[0]).getByRole('button', { name: 'Hide answer' }));
    expect(screen.queryByTestId('delivery-details')).toBeNull();
  });

  it('retries a delivery and reloads the log', async () => {
    const { user, deliveryRows } = await renderPage();
    await user.click(within(deliveryRows[0]).getByRole('button', { name: 'Retry msg_pending' }));
    await screen.findByText('Delivery queued to be sent again');
    expect(fake.calls(`POST ${DELIVERIES}/dlv-2/retry`)).toHaveLength(1);
    expect(fake.calls(`GET ${DELIVERIES}`)).toHaveLength(2);
  });

  it('pages through older deliveries; a failed one can be retried and shows its error', async () => {
    const { user } = await renderPage();
    const pager = screen.getByRole('navigation', { name: 'Pages of deliveries' });
    await user.click(within(pager).getByRole('button', { name: 'Next →' }));
    await screen.findByText('msg_failed');
    expect(fake.calls(`GET ${DELIVERIES}`).at(-1)?.query.get('cursor')).toBe('older');
    const [failed] = screen.getAllByTestId('delivery-row');
    expect(within(failed).getByTestId('last-answer').textContent).toBe(
      'timed out after 15 s in 15.0 s',
    );
    expect(within(failed).getByRole('button', { name: 'Retry msg_failed' })).toBeTruthy();
    await user.click(within(failed).getByRole('button', { name: 'Show answer' }));
    expect(screen.getByTestId('delivery-details').textContent).toContain(
      'Error: timed out after 15 s',
    );

    await user.click(within(pager).getByRole('button', { name: '← Previous' }));
    await screen.findByText('msg_pending');
  });

  it('says what the log is for when nothing was sent yet', async () => {
    fake.on(`GET ${DELIVERIES}`, ok(page([])));
    renderInSession(<WebhookEndpointPage id="wh-1" />, { signedIn: true });
    await screen.findByText('Nothing sent yet');
  });

  it('sends a test event, says its id and shows the log from its start', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    await screen.findByText('Test event msg_test_7 sent');
    expect(fake.calls(`POST ${ENDPOINT}/test`)).toHaveLength(1);
    expect(fake.calls(`GET ${DELIVERIES}`)).toHaveLength(2);
  });

  it('edits the endpoint, sending only what changed', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit webhook endpoint' });
    expect(within(dialog).getByLabelText('Endpoint URL')).toHaveProperty(
      'value',
      'https://hooks.acme.test/tally',
    );
    expect(within(dialog).getByRole('checkbox', { name: /^All events/ })).toHaveProperty(
      'checked',
      false,
    );
    expect(within(dialog).getByRole('checkbox', { name: /^Creator synced/ })).toHaveProperty(
      'checked',
      true,
    );
    const description = within(dialog).getByLabelText('Description (optional)');
    await user.clear(description);
    await user.type(description, 'Billing');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Endpoint saved');
    expect(fake.calls(`PATCH ${ENDPOINT}`).map((request) => request.body)).toEqual([
      { description: 'Billing' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls(`GET ${ENDPOINT}`)).toHaveLength(2);
  });

  it('disables and enables the endpoint', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    await screen.findByText('Endpoint disabled');
    expect(fake.calls(`PATCH ${ENDPOINT}`).map((request) => request.body)).toEqual([
      { enabled: false },
    ]);
  });

  it('rotates the secret within the grace hours allowed, and shows the new one once', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate the signing secret' });
    const hours = within(dialog).getByLabelText('Grace period (hours)');
    expect(hours).toHaveProperty('value', '24');
    await user.clear(hours);
    await user.type(hours, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));
    expect(dialog.textContent).toContain('Enter a whole number of hours from 0 to 72.');
    expect(fake.calls(`POST ${ENDPOINT}/rotate-secret`)).toHaveLength(0);

    await user.clear(hours);
    await user.type(hours, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));
    const shown = await screen.findByRole('dialog', { name: 'Your new signing secret' });
    expect(fake.calls(`POST ${ENDPOINT}/rotate-secret`).map((request) => request.body)).toEqual([
      { graceHours: 0 },
    ]);
    expect(within(shown).getByTestId('secret-value').textContent).toBe(
      'whsec_bmV3c2VjcmV0bmV3c2VjcmV0bmV3',
    );
    expect(within(shown).getByTestId('rotation-note').textContent).toBe(
      'The previous secret no longer signs deliveries.',
    );
    // Escape does not close it while the secret is on screen.
    fireEvent(shown, new Event('cancel', { cancelable: true }));
    expect(screen.getByTestId('secret-value')).toBeTruthy();
    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('secret-value')).toBeNull();
  });

  it('tells while the previous secret still signs', async () => {
    fake.on(
      `GET ${ENDPOINT}`,
      ok(webhookEndpoint({ previousSecretExpiresAt: '2999-01-01T00:00:00.000Z' })),
    );
    await renderPage();
    expect(screen.getByTestId('rotation-note').textContent).toMatch(
      /^The previous secret also signs every delivery until .+ on Jan 1\.$/,
    );
  });

  it('deletes the endpoint after confirming, and goes back to the list', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this endpoint?' });
    expect(fake.calls(`DELETE ${ENDPOINT}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete endpoint' }));
    await screen.findByText('Endpoint deleted');
    expect(fake.calls(`DELETE ${ENDPOINT}`)).toHaveLength(1);
    expect(window.location.pathname).toBe('/settings/developer/webhooks');
  });

  it('says so when the endpoint does not exist (or is another account’s)', async () => {
    fake.on(`GET ${ENDPOINT}`, fail(404, 'not_found'));
    renderInSession(<WebhookEndpointPage id="wh-1" />, { signedIn: true });
    await screen.findByText('Endpoint not found');
    expect(fake.calls(`GET ${DELIVERIES}`)).toHaveLength(0);
  });

  it('is read-only without webhooks:write', async () => {
    fake.on('GET /api/v1/users/me', ok(whoAmI({ permissions: ['webhooks:read'] })));
    const { deliveryRows } = await renderPage();
    expect(document.body.textContent).toContain(
      'Your role can see this endpoint but not change it: that takes the webhooks:write permission.',
    );
    for (const name of ['Send test event', 'Edit', 'Disable', 'Rotate secret', 'Delete'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(within(deliveryRows[0]).queryByRole('button', { name: /^Retry/ })).toBeNull();
    expect(within(deliveryRows[0]).getByRole('button', { name: 'Show answer' })).toBeTruthy();
  });
});
