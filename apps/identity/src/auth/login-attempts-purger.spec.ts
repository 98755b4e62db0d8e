import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, uniqueEmail, uniqueIp } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { LoginAttemptsPurger } from './login-attempts-purger.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';

const RETENTION_HOURS = 2;
const config = identityTestConfig({ LOGIN_ATTEMPTS_RETENTION_HOURS: String(RETENTION_HOURS) });

describe('LoginAttemptsPurger', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let sut: LoginAttemptsPurger;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    sut = new LoginAttemptsPurger(new LoginAttemptsRepository(db), config);
  });

  async function attemptsOf(email: string): Promise<number> {
    const [row] = await db.query(
      'SELECT count(*)::int AS count FROM identity.login_attempts WHERE email = $1',
      [email],
    );
    return (row as { count: number }).count;
  }

  it('deletes attempts older than LOGIN_ATTEMPTS_RETENTION_HOURS and keeps the newer ones', async () => {
    const old = uniqueEmail();
    const recent = uniqueEmail();
    await fixtures.failedSignIn(old, uniqueIp(), RETENTION_HOURS * 60 + 5);
    await fixtures.failedSignIn(recent, uniqueIp(), RETENTION_HOURS * 60 - 5);

    await sut.purge();

    expect(await attemptsOf(old)).toBe(0);
    expect(await attemptsOf(recent)).toBe(1);
  });

  it('deletes a backlog larger than one statement deletes', async () => {
    const email = uniqueEmail();
    await db.query(
      `INSERT INTO identity.login_attempts (email, ip, succeeded, attempted_at)
       SELECT $1, '192.0.2.1', false, now() - make_interval(hours => $2) - n * interval '1 second'
       FROM generate_series(1, 12000) AS n`,
      [email, RETENTION_HOURS + 1],
    );

    const deleted = await sut.purge();

    expect(await attemptsOf(email)).toBe(0);
    expect(deleted).toBeGreaterThanOrEqual(12000);
  });

  it('purges once the application has started', async () => {
    const old = uniqueEmail();
    await fixtures.failedSignIn(old, uniqueIp(), RETENTION_HOURS * 60 + 5);

    sut.onApplicationBootstrap();
    await sut.beforeApplicationShutdown();

    expect(await attemptsOf(old)).toBe(0);
  });
});
