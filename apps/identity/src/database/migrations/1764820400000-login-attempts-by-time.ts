import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Old sign-in attempts are deleted by age: an index on the time alone finds them. */
export class LoginAttemptsByTime1764820400000 implements MigrationInterface {
  name = 'LoginAttemptsByTime1764820400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX login_attempts_attempted_at_idx ON identity.login_attempts (attempted_at)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX identity.login_attempts_attempted_at_idx');
  }
}
