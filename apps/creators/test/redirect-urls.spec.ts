import {
  AppError,
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsEvents,
  CreatorsRedirectUrlsGet,
  CreatorsRedirectUrlsReplace,
  type Principal,
} from '@tally/contracts';
import { prefixSubject } from '@tally/nest-kit';
import { waitFor } from '@tally/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CreatorsHarness, principalOf } from './creators-harness.js';

const SHOP = 'https://shop.example';

function publishableOf(allowedOrigins: string[], accountId?: string): Principal {
  return {
    ...principalOf(accountId, ['creators:read']),
    credentialType: 'publishable_key',
    allowedOrigins,
  };
}

describe("an account's allowed redirect URLs in the creators service", () => {
  let harness: CreatorsHarness;
  let nats: NatsConnection;
  const replacedEvents: Record<string, unknown>[] = [];

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
    nats = await connect({ servers: harness.config.NATS_URL });
    nats.subscribe(
      prefixSubject(harness.config.NATS_SUBJECT_PREFIX, CreatorsEvents.redirectUrlsReplaced),
      {
        callback: (error, message) => {
          if (error) return;
          const packet = JSON.parse(new TextDecoder().decode(message.data)) as {
            data: Record<string, unknown>;
          };
          replacedEvents.push(packet.data);
        },
      },
    );
    await nats.flush();
  });

  afterAll(async () => {
    await nats?.close();
    await harness?.stop();
  });

  const replace = (principal: Principal, urls: string[]) =>
    harness.bus.request(CreatorsRedirectUrlsReplace, { principal, input: { urls } });
  const start = (principal: Principal, input: object = {}, openerOrigin?: string) =>
    harness.bus.request(CreatorsConnectStart, { principal, input, openerOrigin });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('the connect start was accepted');
      },
      (error: unknown) => error as AppError,
    );

  describe('get and replace', () => {
    it('answers an empty list for an account that never set one', async () => {
      const view = await harness.bus.request(CreatorsRedirectUrlsGet, {
        principal: principalOf(),
      });

      expect(view).toEqual({ urls: [], updatedAt: null });
    });

    it('replaces the whole list, normalised, and keeps it per account', async () => {
      const principal = principalOf();
      await replace(principal, ['https://old.example/']);

      const replaced = await replace(principal, [`${SHOP}/creators/`, 'http://localhost:5173']);

      expect(replaced).toEqual({
        urls: [`${SHOP}/creators`, 'http://localhost:5173'],
        updatedAt: expect.any(String),
      });
      expect(await harness.bus.request(CreatorsRedirectUrlsGet, { principal })).toEqual(replaced);
      expect(
        await harness.bus.request(CreatorsRedirectUrlsGet, { principal: principalOf() }),
      ).toMatchObject({ urls: [] });
    });

    it('publishes the replacement with the previous list and who made it, for the audit log', async () => {
      const principal = principalOf();
      await replace(principal, [`${SHOP}/a`]);

      await replace(principal, [`${SHOP}/b`]);

      const event = await waitFor(
        async () =>
          replacedEvents.find(
            (candidate) =>
              candidate.accountId === principal.accountId &&
              (candidate.urls as string[]).includes(`${SHOP}/b`),
          ),
        (found) => found !== undefined,
        { timeoutMs: 3000, intervalMs: 20 },
      );
      expect(event).toEqual({
        accountId: principal.accountId,
        urls: [`${SHOP}/b`],
        previousUrls: [`${SHOP}/a`],
        actor: { type: 'secret_key', id: principal.credentialId },
      });
    });
  });

  describe('starting a connect flow with a redirectUrl', () => {
    it('accepts a redirectUrl at or below an allowed URL', async () => {
      const principal = principalOf();
      await replace(principal, [`${SHOP}/creators`]);

      await expect(
        start(principal, { redirectUrl: `${SHOP}/creators/connected?tab=tiktok` }),
      ).resolves.toMatchObject({ state: expect.any(String) });
    });

    it('refuses a redirectUrl that matches no allowed URL, naming redirectUrl', async () => {
      const principal = principalOf();
      await replace(principal, [`${SHOP}/creators`]);

      const error = await refusal(start(principal, { redirectUrl: `${SHOP}/creatorship` }));

      expect(error).toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'redirectUrl', reason: expect.stringContaining('matches none') }],
      });
      const [{ count }] = await harness.db.query(
        'SELECT count(*)::int AS count FROM creators.connect_states WHERE account_id = $1',
        [principal.accountId],
      );
      expect(count).toBe(0);
    });

    it('refuses every redirectUrl when the account allows none', async () => {
      const error = await refusal(start(principalOf(), { redirectUrl: `${SHOP}/creators` }));

      expect(error).toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'redirectUrl', reason: expect.stringContaining('allows no redirect') }],
      });
    });

    it("does not take another account's list", async () => {
      await replace(principalOf(), [SHOP]);

      await expect(refusal(start(principalOf(), { redirectUrl: SHOP }))).resolves.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('still starts a popup flow without a redirectUrl when none is allowed', async () => {
      await expect(start(principalOf())).resolves.toMatchObject({ state: expect.any(String) });
    });

    it("accepts, for a publishable key, a redirectUrl on one of the key's allowed origins", async () => {
      const principal = publishableOf([SHOP]);

      await expect(
        start(principal, { redirectUrl: `${SHOP}/anywhere?x=1` }, SHOP),
      ).resolves.toMatchObject({ state: expect.any(String) });
    });

    it("refuses, for a publishable key, a redirectUrl off the key's origins and the account's list", async () => {
      const principal = publishableOf([SHOP]);
      await replace(principalOf(principal.accountId), [`${SHOP}/creators`]);

      const error = await refusal(
        start(principal, { redirectUrl: 'https://evil.example/creators' }, SHOP),
      );

      expect(error).toMatchObject({ code: 'validation_failed' });
    });

    it("accepts, for a publishable key, a redirectUrl on the account's list", async () => {
      const principal = publishableOf([SHOP]);
      await replace(principalOf(principal.accountId), ['https://other.example/back']);

      await expect(
        start(principal, { redirectUrl: 'https://other.example/back/done' }, SHOP),
      ).resolves.toMatchObject({ state: expect.any(String) });
    });
  });

  describe("the opener's origin", () => {
    it('comes back with the outcome of the flow it started', async () => {
      const principal = publishableOf([SHOP]);
      const user = await harness.addCreator(1);
      const started = await start(principal, {}, SHOP);

      const outcome = await harness.bus.request(
        CreatorsConnectComplete,
        await harness.consent(started.authUrl, user).then((query) => ({
          state: query.state,
          code: query.code,
        })),
      );

      expect(outcome).toMatchObject({ status: 'connected', openerOrigin: SHOP, redirectUrl: null });
    });

    it('is null for a flow started without one, and for a state never seen', async () => {
      const started = await start(principalOf());
      const query = await harness.consent(started.authUrl, 'nia.nomad', 'deny');

      const denied = await harness.bus.request(CreatorsConnectComplete, {
        state: query.state,
        error: query.error,
      });
      const unknown = await harness.bus.request(CreatorsConnectComplete, { state: 'nope' });

      expect(denied).toMatchObject({ reason: 'access_denied', openerOrigin: null });
      expect(unknown).toMatchObject({ reason: 'unknown_state', openerOrigin: null });
    });
  });
});
