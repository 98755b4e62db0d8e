import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A grant need not have a refresh token (Instagram refreshes its long-lived
 * access token itself), nor one with a known expiry (Google's do not expire
 * on a date).
 */
/** Where a creator's grant is kept: while connected, and while its revocation is pending. */
const GRANT_TABLES = ['platform_tokens', 'pending_revocations'] as const;

export class GrantsWithoutRefreshTokens1765000000000 implements MigrationInterface {
  name = 'GrantsWithoutRefreshTokens1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of GRANT_TABLES) {
      await runner.query(`
        ALTER TABLE creators.${table}
          ALTER COLUMN refresh_token DROP NOT NULL,
          ALTER COLUMN refresh_expires_at DROP NOT NULL`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // Only TikTok grants existed before, and every one of them has both.
    for (const table of GRANT_TABLES) {
      await runner.query(`
        ALTER TABLE creators.${table}
          ALTER COLUMN refresh_token SET NOT NULL,
          ALTER COLUMN refresh_expires_at SET NOT NULL`);
    }
  }
}
