import type { PublicJwk } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface SigningKeyRow {
  kid: string;
  algorithm: string;
  publicJwk: PublicJwk;
  privateJwkEncrypted: string;
  retiresAt: Date;
}

const SELECT_KEY = `SELECT kid, algorithm, public_jwk AS "publicJwk", private_jwk_encrypted AS "privateJwkEncrypted",
                           retires_at AS "retiresAt" FROM identity.signing_keys`;

@Injectable()
export class SigningKeysRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async current(manager: EntityManager = this.db.manager): Promise<SigningKeyRow | null> {
    const rows: SigningKeyRow[] = await manager.query(
      `${SELECT_KEY} WHERE retires_at > now() ORDER BY created_at DESC LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  async published(): Promise<SigningKeyRow[]> {
    return this.db.query(`${SELECT_KEY} WHERE unpublish_at > now() ORDER BY created_at DESC`);
  }

  async insert(
    key: Omit<SigningKeyRow, 'retiresAt'> & { retiresAt: Date; unpublishAt: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO identity.signing_keys (kid, algorithm, public_jwk, private_jwk_encrypted, retires_at, unpublish_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        key.kid,
        key.algorithm,
        JSON.stringify(key.publicJwk),
        key.privateJwkEncrypted,
        key.retiresAt,
        key.unpublishAt,
      ],
    );
  }
}
