import { TokenCipher } from '@tally/nest-kit';
import { randomUUID } from 'node:crypto';
import { newSigningSecret } from '../src/endpoints/signing-secret.js';
import {
  endpointState,
  publishEvent,
  startHarness,
  waitForDelivery,
} from './support/deliveries-fixtures.js';
import { Receiver } from './support/receiver.js';
import { principalOf, type WebhooksHarness } from './support/webhooks-harness.js';

/**
 * With WEBHOOK_ALLOW_PRIVATE_URLS=false, a URL is checked again when a
 * delivery is sent: an endpoint whose host resolves to a private address now
 * (DNS changed since it was created, or it was stored before the check) is
 * never connected to. Endpoints are stored directly: creation would refuse them.
 */
describe('deliveries to private addresses, when they are not allowed', () => {
  let harness: WebhooksHarness;
  let receiver: Receiver;

  beforeAll(async () => {
    harness = await startHarness({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await harness?.stop();
    await receiver?.close();
  });

  async function insertEndpoint(accountId: string, url: string): Promise<string> {
    const id = randomUUID();
    const sealed = harness.app.get(TokenCipher).seal(newSigningSecret(), id);
    await harness.db.query(
      `INSERT INTO webhooks.endpoints (id, account_id, url, events, secret_key_id, secret, secret_start)
       VALUES ($1, $2, $3, '{*}', $4, $5, 'whsec_test')`,
      [id, accountId, url, sealed.keyId, sealed.sealed],
    );
    return id;
  }

  it.each([
    [
      'a host resolving to a loopback address',
      (port: number) => `https://localhost:${port}/hook`,
      'loopback',
    ],
    ['a literal loopback address', (port: number) => `https://127.0.0.1:${port}/hook`, 'loopback'],
    [
      'an IPv4-mapped loopback address',
      (port: number) => `https://[::ffff:127.0.0.1]:${port}/hook`,
      'loopback',
    ],
    ['plain http', (port: number) => `http://127.0.0.1:${port}/hook`, 'https'],
  ])('refuses %s at delivery time, connecting to nothing', async (_name, urlOf, reason) => {
    const principal = principalOf();
    const endpointId = await insertEndpoint(principal.accountId, urlOf(receiver.port));
    const connectionsBefore = receiver.connections;

    const event = await publishEvent(harness, principal.accountId);
    const delivery = await waitForDelivery(harness, endpointId, event.id, (d) => d.attempts === 1);

    expect(delivery).toMatchObject({
      status: 'pending',
      lastStatusCode: null,
      lastError: expect.stringMatching(new RegExp(`^Refused: .*${reason}`)),
    });
    expect(receiver.connections).toBe(connectionsBefore);
    expect((await endpointState(harness, endpointId)).failingSince).toBeInstanceOf(Date);
    await harness.db.query('DELETE FROM webhooks.endpoints WHERE id = $1', [endpointId]);
  });
});
