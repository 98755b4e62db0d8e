import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class LoginAttemptsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query(
      'INSERT INTO identity.login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)',
      [email, ip, succeeded],
    );
  }

  /** Failed attempts within the window, by email and by IP, and when the oldest of them leaves it. */
  async recentFailures(
    email: string,
    ip: string,
    windowMinutes: number,
  ): Promise<{
    byEmail: number;
    byIp: number;
    oldestEmailFailure: Date | null;
    oldestIpFailure: Date | null;
  }> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE lower(email) = lower($1))::int AS "byEmail",
              count(*) FILTER (WHERE ip = $2)::int AS "byIp",
              min(attempted_at) FILTER (WHERE lower(email) = lower($1)) AS "oldestEmailFailure",
              min(attempted_at) FILTER (WHERE ip = $2) AS "oldestIpFailure"
       FROM identity.login_attempts
       WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
         AND (lower(email) = lower($1) OR ip = $2)`,
      [email, ip, windowMinutes],
    );
    return row as {
      byEmail: number;
      byIp: number;
      oldestEmailFailure: Date | null;
      oldestIpFailure: Date | null;
    };
  }
}
