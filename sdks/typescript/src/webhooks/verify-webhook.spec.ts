import { createHmac, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook } from './verify-webhook.js';
import { WebhookVerificationError } from './webhook-verification-error.js';

// The Standard Webhooks specification's own example.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const AT_VECTOR_TIME = { now: Number(VECTOR.timestamp) * 1000 };

const vectorHeaders = (overrides: Record<string, string> = {}) => ({
  'webhook-id': VECTOR.id,
  'webhook-timestamp': VECTOR.timestamp,
  'webhook-signature': VECTOR.signature,
  ...overrides,
});

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('verifyWebhook', () => {
  it("accepts the specification's example and returns the parsed payload", async () => {
    await expect(
      verifyWebhook(VECTOR.payload, vectorHeaders(), VECTOR.secret, AT_VECTOR_TIME),
    ).resolves.toEqual({ test: 2432232314 });
  });

  it('accepts the payload as bytes, and headers as a Fetch Headers object', async () => {
    const bytes = new TextEncoder().encode(VECTOR.payload);

    await expect(
      verifyWebhook(bytes, new Headers(vectorHeaders()), VECTOR.secret, AT_VECTOR_TIME),
    ).resolves.toEqual({ test: 2432232314 });
  });

  it('accepts when any one of several signatures matches (a secret rotation)', async () => {
    const headers = vectorHeaders({
      'webhook-signature': `v1,${randomBytes(32).toString('base64')} ${VECTOR.signature}`,
    });

    await expect(
      verifyWebhook(VECTOR.payload, headers, VECTOR.secret, AT_VECTOR_TIME),
    ).resolves.toBeDefined();
  });

  it('refuses a changed payload, id or timestamp', async () => {
    await refusal(
      verifyWebhook('{"test": 2432232315}', vectorHeaders(), VECTOR.secret, AT_VECTOR_TIME),
    );
    await refusal(
      verifyWebhook(
        VECTOR.payload,
        vectorHeaders({ 'webhook-id': 'msg_other' }),
        VECTOR.secret,
        AT_VECTOR_TIME,
      ),
    );
    await refusal(
      verifyWebhook(
        VECTOR.payload,
        vectorHeaders({ 'webhook-timestamp': String(Number(VECTOR.timestamp) + 1) }),
        VECTOR.secret,
        AT_VECTOR_TIME,
      ),
    );
  });

  it('refuses another secret', async () => {
    const error = await refusal(
      verifyWebhook(VECTOR.payload, vectorHeaders(), newSecret(), AT_VECTOR_TIME),
    );
    expect(error.message).toMatch(/no signature matches/);
  });

  it('refuses signatures of another version', async () => {
    const headers = vectorHeaders({ 'webhook-signature': VECTOR.signature.replace('v1,', 'v2,') });

    await refusal(verifyWebhook(VECTOR.payload, headers, VECTOR.secret, AT_VECTOR_TIME));
  });

  it('refuses a timestamp more than five minutes off the clock, either way', async () => {
    const at = (seconds: number) => ({ now: (Number(VECTOR.timestamp) + seconds) * 1000 });

    await expect(
      verifyWebhook(VECTOR.payload, vectorHeaders(), VECTOR.secret, at(300)),
    ).resolves.toBeDefined();
    expect(
      (await refusal(verifyWebhook(VECTOR.payload, vectorHeaders(), VECTOR.secret, at(301))))
        .message,
    ).toMatch(/too old/);
    expect(
      (await refusal(verifyWebhook(VECTOR.payload, vectorHeaders(), VECTOR.secret, at(-301))))
        .message,
    ).toMatch(/future/);
  });

  it('names a missing header', async () => {
    const { 'webhook-signature': _dropped, ...headers } = vectorHeaders();

    const error = await refusal(
      verifyWebhook(VECTOR.payload, headers, VECTOR.secret, AT_VECTOR_TIME),
    );

    expect(error.message).toMatch(/webhook-signature/);
  });

  it('finds headers whatever their case, as Node hands them over', async () => {
    const headers = {
      'Webhook-Id': VECTOR.id,
      'WEBHOOK-TIMESTAMP': VECTOR.timestamp,
      'webhook-signature': [VECTOR.signature],
    };

    await expect(
      verifyWebhook(VECTOR.payload, headers, VECTOR.secret, AT_VECTOR_TIME),
    ).resolves.toBeDefined();
  });

  it('refuses a secret that is not base64', async () => {
    const error = await refusal(
      verifyWebhook(VECTOR.payload, vectorHeaders(), 'whsec_not*base64', AT_VECTOR_TIME),
    );

    expect(error.message).toMatch(/secret/);
  });

  it('agrees with the standardwebhooks library on a delivery signed as Tally signs them', async () => {
    const secret = newSecret();
    const body = JSON.stringify({
      type: 'webhook.test',
      timestamp: new Date().toISOString(),
      data: { endpointId: 'e', message: 'ünïcödé ✓' },
    });
    const id = 'c3a3a1a6-0a53-4b47-9c3f-4b7a4cfb1a53';
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': sign(secret, id, timestamp, body),
    };

    const reference = new Webhook(secret).verify(body, headers);

    await expect(verifyWebhook(body, headers, secret)).resolves.toEqual(reference);
  });
});
