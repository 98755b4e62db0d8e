import { waitFor } from '@tally/testing';
import { bearer, createKey, signUp, type SignedIn } from '../accounts.js';
import { CreatorsApi } from '../creators/creators-api.js';
import { Platform } from '../platform.js';
import { VerifiedReceiver } from './verified-receiver.js';

interface Envelope<T> {
  success: boolean;
  data: T;
  error?: { code: string };
}

/**
 * Webhooks through the whole stack: a change in a service, its outbox, the
 * relay, JetStream, the webhooks service, and a customer's endpoint that
 * verifies each delivery with the standardwebhooks library.
 */
describe('webhooks, end to end', () => {
  let platform: Platform;
  let receiver: VerifiedReceiver;

  beforeAll(async () => {
    platform = await Platform.start({}, { sandbox: true, webhooks: true });
    receiver = await VerifiedReceiver.start();
  });

  afterAll(async () => {
    await receiver?.stop();
    await platform?.stop();
  });

  /** Until `check` holds (each try after the last answered). */
  const eventually = (check: () => boolean | Promise<boolean>) =>
    waitFor(
      async () => check(),
      (ok) => ok,
      { timeoutMs: 30_000, intervalMs: 200 },
    );

  async function call<T>(key: string, method: string, path: string, body?: unknown) {
    const response = await platform.send(method, path, { headers: bearer(key), body });
    return { status: response.status, body: (await response.json()) as Envelope<T> };
  }

  async function newAccount(): Promise<{ owner: SignedIn; key: string; keyId: string }> {
    const owner = await signUp(platform);
    const { key, id } = await createKey(platform, owner);
    return { owner, key, keyId: id };
  }

  async function subscribe(key: string, events: string[]) {
    const created = await call<{ id: string; secret: string }>(
      key,
      'POST',
      '/api/v1/webhook-endpoints',
      { url: receiver.url, events, description: 'e2e receiver' },
    );
    expect(created.status).toBe(201);
    expect(created.body.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/);
    return created.body.data;
  }

  it("tells a subscribed endpoint about a creator's connect and first sync, signed", async () => {
    const { key } = await newAccount();
    const endpoint = await subscribe(key, ['creator.connected', 'creator.synced']);
    receiver.trust(endpoint.secret);
    const creators = new CreatorsApi(platform, bearer(key));

    const creatorId = await creators.connect('maya.bakes');

    await eventually(() =>
      receiver.ofType('creator.synced').some((event) => event.data.creatorId === creatorId),
    );
    const connected = receiver
      .ofType('creator.connected')
      .find((event) => event.data.creatorId === creatorId);
    expect(connected?.data).toMatchObject({ platform: 'TIKTOK', username: 'maya.bakes' });
    const synced = receiver
      .ofType('creator.synced')
      .find((event) => event.data.creatorId === creatorId);
    expect(synced?.data).toMatchObject({
      videos: expect.any(Number),
      stats: { followers: expect.any(Number) },
    });
    expect(receiver.refused).toEqual([]);
  });

  it('tells only the types subscribed to, and only to the account whose event it is', async () => {
    const first = await newAccount();
    const second = await newAccount();
    const endpoint = await subscribe(first.key, ['key.revoked']);
    receiver.trust(endpoint.secret);
    const other = await createKey(platform, first.owner, { name: 'to revoke' });

    const revoked = await call(first.key, 'DELETE', `/api/v1/keys/${other.id}`);
    expect([200, 204]).toContain(revoked.status);

    await eventually(() =>
      receiver.ofType('key.revoked').some((event) => event.data.keyId === other.id),
    );
    const ofFirst = receiver.ofType('key.revoked').filter((event) => event.data.keyId === other.id);
    expect(ofFirst).toHaveLength(1);
    // The other account's key changes reach nobody here, and its endpoint is not theirs to read.
    const foreign = await call(second.key, 'GET', `/api/v1/webhook-endpoints/${endpoint.id}`);
    expect(foreign.status).toBe(404);
  });

  it('sends a test event on demand, with the same webhook-id in the delivery log', async () => {
    const { key } = await newAccount();
    const endpoint = await subscribe(key, ['*']);
    receiver.trust(endpoint.secret);

    const sent = await call<{ eventId: string; deliveryId: string }>(
      key,
      'POST',
      `/api/v1/webhook-endpoints/${endpoint.id}/test`,
    );

    expect([200, 201, 202]).toContain(sent.status);
    await eventually(() => receiver.events.some((event) => event.id === sent.body.data.eventId));
    await eventually(async () => {
      const log = await call<{ items: { id: string; status: string; eventId: string }[] }>(
        key,
        'GET',
        `/api/v1/webhook-endpoints/${endpoint.id}/deliveries`,
      );
      return log.body.data.items.some(
        (delivery) =>
          delivery.id === sent.body.data.deliveryId &&
          delivery.eventId === sent.body.data.eventId &&
          delivery.status === 'delivered',
      );
    });
  });
});
