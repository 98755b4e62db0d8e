import { TestRedisServer } from '@tally/testing';
import { Logger } from '@nestjs/common';
import { backToThePresent, DAY_MS, travelInTime } from '../../test/support/date-travel.js';
import { uniqueEmail, uniqueIp } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { forgetSignInKeys, openTestSignInRedis } from '../../test/support/sign-in-redis.js';
import { openSignInRedis } from './sign-in-redis.js';
import { SignInLimiter } from './sign-in-limiter.js';

const MAX_FAILURES_PER_EMAIL_AND_IP = 3;
const MAX_FAILURES_PER_IP = 5;
const MAX_FAILURES_PER_EMAIL = 4;
const KNOWN_ADDRESS_DAYS = 10;

const config = identityTestConfig({
  LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: String(MAX_FAILURES_PER_EMAIL_AND_IP),
  LOGIN_MAX_FAILURES_PER_IP: String(MAX_FAILURES_PER_IP),
  LOGIN_MAX_FAILURES_PER_EMAIL: String(MAX_FAILURES_PER_EMAIL),
  LOGIN_KNOWN_ADDRESS_DAYS: String(KNOWN_ADDRESS_DAYS),
});

/** The limit that refused a reservation (`reserved` when none did). */
function verdictOf(reservation: Promise<unknown>): Promise<string> {
  return reservation.then(
    () => 'reserved',
    (error: { code?: string; details?: { reason: string }[] }) =>
      `${error.code}${error.details?.[0] ? `:${error.details[0].reason}` : ''}`,
  );
}

describe('SignInLimiter', () => {
  let sut: SignInLimiter;

  beforeAll(() => {
    Logger.overrideLogger(false);
    sut = new SignInLimiter(openTestSignInRedis(config), config);
  });

  afterAll(async () => {
    await sut.onApplicationShutdown();
    await forgetSignInKeys(config);
  });

  afterEach(() => {
    backToThePresent();
  });

  /** Failed attempts at `email` from `count` addresses of their own, pushing it past its ceiling. */
  async function failFromElsewhere(email: string, count: number): Promise<void> {
    for (let attempt = 0; attempt < count; attempt++) await sut.reserve(email, uniqueIp());
  }

  it('reserves attempts atomically across identity processes: a burst through two connections gets the limit, no more', async () => {
    const other = new SignInLimiter(openTestSignInRedis(config), config);
    const email = uniqueEmail();
    const ip = uniqueIp();

    const verdicts = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        verdictOf((index % 2 === 0 ? sut : other).reserve(email, ip)),
      ),
    );
    await other.onApplicationShutdown();

    expect(verdicts.filter((verdict) => verdict === 'reserved')).toHaveLength(
      MAX_FAILURES_PER_EMAIL_AND_IP,
    );
    expect(new Set(verdicts.filter((verdict) => verdict !== 'reserved'))).toEqual(
      new Set(['rate_limited:too_many_failures']),
    );
  });

  it("forgets the email's failures from the address it signs in from, but not the address's failures", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await sut.reserve(email, ip);
    await sut.reserve(email, ip);
    const succeeding = await sut.reserve(email, ip);

    await sut.signedIn(email, ip, succeeding);

    const afterSignIn = [];
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL_AND_IP; attempt++) {
      afterSignIn.push(await verdictOf(sut.reserve(email, ip)));
    }
    // 2 failures before the sign-in and 3 after: the address is at its limit for any email.
    const anotherEmail = await verdictOf(sut.reserve(uniqueEmail(), ip));
    expect(afterSignIn).toEqual(['reserved', 'reserved', 'reserved']);
    expect(anotherEmail).toBe('rate_limited:too_many_failures');
  });

  it('counts a released attempt nowhere', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      await sut.release(await sut.reserve(email, ip));
    }

    await expect(verdictOf(sut.reserve(email, ip))).resolves.toBe('reserved');
  });

  it('lets an address the email signed in from skip the back-off for LOGIN_KNOWN_ADDRESS_DAYS, and no longer', async () => {
    const lately = { email: uniqueEmail(), ip: uniqueIp() };
    const longAgo = { email: uniqueEmail(), ip: uniqueIp() };
    travelInTime(-(KNOWN_ADDRESS_DAYS - 1) * DAY_MS);
    await sut.signedIn(lately.email, lately.ip);
    backToThePresent();
    travelInTime(-(KNOWN_ADDRESS_DAYS + 1) * DAY_MS);
    await sut.signedIn(longAgo.email, longAgo.ip);
    backToThePresent();
    await failFromElsewhere(lately.email, MAX_FAILURES_PER_EMAIL);
    await failFromElsewhere(longAgo.email, MAX_FAILURES_PER_EMAIL);

    const stranger = await verdictOf(sut.reserve(lately.email, uniqueIp()));
    const knownLately = await verdictOf(sut.reserve(lately.email, lately.ip));
    const knownLongAgo = await verdictOf(sut.reserve(longAgo.email, longAgo.ip));

    expect(stranger).toBe('rate_limited:backing_off');
    expect(knownLately).toBe('reserved');
    expect(knownLongAgo).toBe('rate_limited:backing_off');
  });

  describe('while its Redis does not answer', () => {
    let redis: TestRedisServer;
    let limiter: SignInLimiter;

    beforeAll(async () => {
      redis = await TestRedisServer.start();
      limiter = new SignInLimiter(
        openSignInRedis({ url: redis.url, keyPrefix: config.REDIS_KEY_PREFIX }),
        config,
      );
    });

    afterAll(async () => {
      redis.thaw();
      await limiter.onApplicationShutdown();
      await redis.dispose();
    });

    it('refuses sign-ins with service_unavailable within about a second, instead of holding them', async () => {
      await limiter.reserve(uniqueEmail(), uniqueIp());
      redis.freeze();
      const startedAt = Date.now();

      const verdict = await verdictOf(limiter.reserve(uniqueEmail(), uniqueIp()));

      expect(verdict).toBe('service_unavailable:sign-in limits cannot be checked');
      expect(Date.now() - startedAt).toBeLessThan(5000);
    });
  });
});
