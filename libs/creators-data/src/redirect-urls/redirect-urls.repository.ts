import type { DataSource } from 'typeorm';

export interface StoredRedirectUrls {
  urls: string[];
  updatedAt: Date | null;
}

export interface RedirectUrlsReplacement {
  current: StoredRedirectUrls;
  previousUrls: string[];
}

/** Each account's allowed redirect URLs for connect flows, kept as one list. */
export class RedirectUrlsRepository {
  constructor(private readonly db: DataSource) {}

  async get(accountId: string): Promise<StoredRedirectUrls> {
    const rows: { urls: string[]; updatedAt: Date }[] = await this.db.query(
      `SELECT urls, updated_at AS "updatedAt" FROM creators.connect_redirect_urls
       WHERE account_id = $1`,
      [accountId],
    );
    return rows[0] ?? { urls: [], updatedAt: null };
  }

  /** Replaces the list and tells what it was, for the audit log; concurrent replacements queue. */
  async replace(accountId: string, urls: string[]): Promise<RedirectUrlsReplacement> {
    return this.db.transaction(async (manager) => {
      // Creates the row if need be, so that the lock below always has a row to hold.
      await manager.query(
        `INSERT INTO creators.connect_redirect_urls (account_id, urls) VALUES ($1, '{}')
         ON CONFLICT (account_id) DO NOTHING`,
        [accountId],
      );
      const [previous]: { urls: string[]; updatedAt: Date }[] = await manager.query(
        `SELECT urls, updated_at AS "updatedAt" FROM creators.connect_redirect_urls
         WHERE account_id = $1 FOR UPDATE`,
        [accountId],
      );
      // TypeORM answers an UPDATE with [rows, affected count].
      const [[current]]: [{ urls: string[]; updatedAt: Date }[], number] = await manager.query(
        `UPDATE creators.connect_redirect_urls SET urls = $2, updated_at = now()
         WHERE account_id = $1 RETURNING urls, updated_at AS "updatedAt"`,
        [accountId, urls],
      );
      return { current, previousUrls: previous.urls };
    });
  }
}
