import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { webhookSignature } from './webhook-signature.js';

const newSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

describe('webhookSignature', () => {
  const body = JSON.stringify({
    type: 'key.revoked',
    timestamp: '2026-01-01T00:00:00.000Z',
    data: {},
  });
  const id = 'c3a3a1a6-0a53-4b47-9c3f-4b7a4cfb1a53';
  const timestamp = Math.floor(Date.now() / 1000);

  it('verifies with the standardwebhooks library', () => {
    const secret = newSecret();
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature({ id, timestamp, body }, [secret]),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with each secret, each verifying on its own', () => {
    const current = newSecret();
    const previous = newSecret();
    const signature = webhookSignature({ id, timestamp, body }, [current, previous]);
    expect(signature.split(' ')).toHaveLength(2);
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    };
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
  });

  it('signs the id, the timestamp and the body: changing any breaks it', () => {
    const secret = newSecret();
    const signature = webhookSignature({ id, timestamp, body }, [secret]);
    const verify = (overrides: Record<string, string>, text = body) =>
      new Webhook(secret).verify(text, {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signature,
        ...overrides,
      });
    expect(() => verify({ 'webhook-id': 'other' })).toThrow();
    expect(() => verify({ 'webhook-timestamp': String(timestamp - 1) })).toThrow();
    expect(() => verify({}, body.replace('key.revoked', 'key.expiring'))).toThrow();
  });
});
