import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A connect flow may carry a PKCE code verifier (Google's flow uses one),
 * sealed like a token: until the callback, it is half of what trades the
 * code for the creator's grant.
 */
export class ConnectCodeVerifiers1765100000000 implements MigrationInterface {
  name = 'ConnectCodeVerifiers1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE creators.connect_states
        ADD COLUMN code_verifier bytea,
        ADD COLUMN code_verifier_key_id varchar(64),
        ADD CONSTRAINT connect_states_code_verifier_sealed
          CHECK ((code_verifier IS NULL) = (code_verifier_key_id IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE creators.connect_states
        DROP CONSTRAINT connect_states_code_verifier_sealed,
        DROP COLUMN code_verifier_key_id,
        DROP COLUMN code_verifier`);
  }
}
