import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class RevokedTokensRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async add(jti: string, accountId: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      'INSERT INTO identity.revoked_tokens (jti, account_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING',
      [jti, accountId, expiresAt],
    );
  }

  async isRevoked(jti: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM identity.revoked_tokens WHERE jti = $1',
      [jti],
    );
    return rows.length > 0;
  }

  async unexpired(): Promise<{ jti: string; expiresAt: Date }[]> {
    return this.db.query(
      'SELECT jti, expires_at AS "expiresAt" FROM identity.revoked_tokens WHERE expires_at > now()',
    );
  }
}
