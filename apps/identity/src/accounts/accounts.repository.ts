import { preparedQuery } from '@tally/nest-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface AccountRow {
  id: string;
  name: string;
}

@Injectable()
export class AccountsRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async create(name: string, manager: EntityManager = this.db.manager): Promise<AccountRow> {
    const [row] = await manager.query(
      'INSERT INTO identity.accounts (name) VALUES ($1) RETURNING id, name',
      [name],
    );
    return row as AccountRow;
  }

  async findById(id: string): Promise<AccountRow | null> {
    const [row] = await preparedQuery<AccountRow>(
      this.db,
      'SELECT id, name FROM identity.accounts WHERE id = $1',
      [id],
    );
    return row ?? null;
  }
}
