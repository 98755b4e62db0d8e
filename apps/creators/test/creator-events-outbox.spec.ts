import {
  CreatorsConnectComplete,
  CreatorsConnectStart,
  CreatorsDisconnect,
  type Principal,
} from '@tally/contracts';
import { randomBytes } from 'node:crypto';
import { CreatorsHarness, principalOf } from './creators-harness.js';

interface OutboxRow {
  type: string;
  accountId: string;
  data: Record<string, unknown>;
}

/** `creator.connected` and `creator.disconnected` in the creators schema's outbox. */
describe('creator events in the creators outbox', () => {
  let harness: CreatorsHarness;
  // The accounts whose events the outbox refuses: their changes must roll back.
  const refusals = `creators.test_refused_${randomBytes(4).toString('hex')}`;
  const trigger = `test_refuse_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    harness = await CreatorsHarness.start();
    await harness.db.query(`CREATE TABLE ${refusals} (account_id uuid PRIMARY KEY)`);
    await harness.db.query(`
      CREATE FUNCTION creators.${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${refusals} WHERE account_id = NEW.account_id) THEN
          RAISE EXCEPTION 'outbox refused';
        END IF;
        RETURN NEW;
      END $$`);
    await harness.db.query(`
      CREATE TRIGGER ${trigger} BEFORE INSERT ON creators.outbox_events
        FOR EACH ROW EXECUTE FUNCTION creators.${trigger}()`);
  });

  afterAll(async () => {
    await harness?.db.query(`DROP TRIGGER IF EXISTS ${trigger} ON creators.outbox_events`);
    await harness?.db.query(`DROP FUNCTION IF EXISTS creators.${trigger}()`);
    await harness?.db.query(`DROP TABLE IF EXISTS ${refusals}`);
    await harness?.stop();
  });

  async function connect(principal: Principal, username: string, externalUserId?: string) {
    const started = await harness.bus.request(CreatorsConnectStart, {
      principal,
      input: externalUserId ? { externalUserId } : {},
    });
    const query = await harness.consent(started.authUrl, username);
    return harness.bus.request(CreatorsConnectComplete, { state: query.state, code: query.code });
  }

  async function connected(principal: Principal, username: string, externalUserId?: string) {
    const outcome = await connect(principal, username, externalUserId);
    if (outcome.status !== 'connected') throw new Error(`not connected: ${outcome.status}`);
    return outcome;
  }

  function eventsOf(principal: Principal): Promise<OutboxRow[]> {
    return harness.db.query(
      `SELECT type, account_id AS "accountId", data FROM creators.outbox_events
       WHERE account_id = $1 ORDER BY occurred_at`,
      [principal.accountId],
    );
  }

  function refuseEventsOf(principal: Principal): Promise<unknown> {
    return harness.db.query(`INSERT INTO ${refusals} (account_id) VALUES ($1)`, [
      principal.accountId,
    ]);
  }

  it('records creator.connected with the connection, and again (reconnected) on a reconnect', async () => {
    const principal = principalOf();
    const username = await harness.addCreator(1);

    const first = await connected(principal, username, 'crm-1');
    await connected(principal, username);

    const [externalId] = (await harness.db.query(
      'SELECT external_id FROM creators.creators WHERE id = $1',
      [first.creatorId],
    )) as { external_id: string }[];
    const event = {
      type: 'creator.connected',
      accountId: principal.accountId,
      data: {
        creatorId: first.creatorId,
        platform: 'TIKTOK',
        username,
        externalId: externalId.external_id,
      },
    };
    expect(await eventsOf(principal)).toEqual([
      { ...event, data: { ...event.data, externalUserId: 'crm-1', reconnected: false } },
      { ...event, data: { ...event.data, externalUserId: null, reconnected: true } },
    ]);
  });

  it('records creator.disconnected with the deletion', async () => {
    const principal = principalOf();
    const username = await harness.addCreator(1);
    const { creatorId } = await connected(principal, username);

    await harness.bus.request(CreatorsDisconnect, { principal, creatorId });

    const events = await eventsOf(principal);
    expect(events.map((event) => event.type)).toEqual([
      'creator.connected',
      'creator.disconnected',
    ]);
    expect(events[1]).toEqual({
      type: 'creator.disconnected',
      accountId: principal.accountId,
      data: { creatorId, platform: 'TIKTOK', username, externalId: events[0].data.externalId },
    });
  });

  it('records nothing, and stores no creator, when the connection rolls back', async () => {
    const principal = principalOf();
    await refuseEventsOf(principal);

    await expect(connect(principal, await harness.addCreator(1))).rejects.toBeDefined();

    expect(await eventsOf(principal)).toEqual([]);
    expect(
      await harness.db.query('SELECT id FROM creators.creators WHERE account_id = $1', [
        principal.accountId,
      ]),
    ).toEqual([]);
  });

  it('records no creator.disconnected, and keeps the creator, when the deletion rolls back', async () => {
    const principal = principalOf();
    const { creatorId } = await connected(principal, await harness.addCreator(1));
    await refuseEventsOf(principal);

    await expect(
      harness.bus.request(CreatorsDisconnect, { principal, creatorId }),
    ).rejects.toBeDefined();

    expect((await eventsOf(principal)).map((event) => event.type)).toEqual(['creator.connected']);
    expect(
      await harness.db.query('SELECT id FROM creators.creators WHERE id = $1', [creatorId]),
    ).toHaveLength(1);
  });
});
