import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Every sign-in attempt whose password was checked, for the record (who tried
 * which email from where). The limits themselves are counted in Redis.
 */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query(
      'INSERT INTO identity.login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)',
      [email, ip, succeeded],
    );
  }

  /** Deletes up to `limit` attempts made more than `hours` ago; answers how many it deleted. */
  async deleteOlderThan(hours: number, limit: number): Promise<number> {
    const [row] = await this.db.query(
      `WITH deleted AS (
         DELETE FROM identity.login_attempts
         WHERE id IN (
           SELECT id FROM identity.login_attempts
           WHERE attempted_at < now() - make_interval(hours => $1)
           LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS deleted FROM deleted`,
      [hours, limit],
    );
    return (row as { deleted: number }).deleted;
  }
}
