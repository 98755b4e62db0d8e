import {
  AppError,
  type Principal,
  WebhooksCreateEndpoint,
  WebhooksGetEndpoint,
  WebhooksUpdateEndpoint,
} from '@tally/contracts';
import { randomUUID } from 'node:crypto';
import { principalOf, WebhooksHarness } from './support/webhooks-harness.js';

// A public address written as such: nothing to resolve, and no test sends it anything.
const PUBLIC_URL = 'https://93.184.216.34/hooks';

describe('webhook endpoint URLs, when private URLs are not allowed', () => {
  let harness: WebhooksHarness;

  beforeAll(async () => {
    harness = await WebhooksHarness.start({
      NATS_SUBJECT_PREFIX: `test-endpoint-urls-${randomUUID().slice(0, 8)}`,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'false',
    });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  function create(principal: Principal, url: string) {
    return harness.bus.request(WebhooksCreateEndpoint, {
      principal,
      input: { url, events: ['*'] },
    });
  }

  async function refusal(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  it('accepts an https URL of a public address', async () => {
    await expect(create(principalOf(), PUBLIC_URL)).resolves.toMatchObject({ url: PUBLIC_URL });
  });

  it.each([
    ['http', 'http://93.184.216.34/hooks', 'https'],
    ['a private address', 'https://10.0.0.7/hooks', 'not public'],
    ['a loopback address', 'https://127.0.0.1:8443/hooks', 'not public'],
    ['the metadata address', 'https://169.254.169.254/latest', 'not public'],
    ['a private IPv6 address', 'https://[fd00::5]/hooks', 'not public'],
    ['credentials in the URL', 'https://user:pass@93.184.216.34/hooks', 'credentials'],
  ])('refuses %s, naming the url and why', async (_what, url, why) => {
    const principal = principalOf();

    const refused = await refusal(create(principal, url));

    expect(refused).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(refused.details).toEqual([
      { field: 'url', reason: expect.stringContaining(why) as string },
    ]);
    const [{ count }]: { count: number }[] = await harness.db.query(
      'SELECT count(*)::int AS count FROM webhooks.endpoints WHERE account_id = $1',
      [principal.accountId],
    );
    expect(count).toBe(0);
  });

  it('checks a new url on update, and keeps the old one when it is refused', async () => {
    const principal = principalOf();
    const endpoint = await create(principal, PUBLIC_URL);

    const refused = await refusal(
      harness.bus.request(WebhooksUpdateEndpoint, {
        principal,
        endpointId: endpoint.id,
        input: { url: 'https://192.168.1.10/hooks', description: 'moved' },
      }),
    );

    expect(refused.details).toEqual([
      { field: 'url', reason: expect.stringContaining('not public') as string },
    ]);
    await expect(
      harness.bus.request(WebhooksGetEndpoint, { principal, endpointId: endpoint.id }),
    ).resolves.toMatchObject({ url: PUBLIC_URL, description: null });
  });

  it("answers not found, not the url's fault, for another account's endpoint", async () => {
    const endpoint = await create(principalOf(), PUBLIC_URL);

    const refused = await refusal(
      harness.bus.request(WebhooksUpdateEndpoint, {
        principal: principalOf(),
        endpointId: endpoint.id,
        input: { url: 'http://10.0.0.1/' },
      }),
    );

    expect(refused.code).toBe('not_found');
  });
});
