// Postgres through a plain pg pool. Every statement is a named prepared one:
// parsed and planned once per connection, as the creators service's hot reads are.
import { createHash } from 'node:crypto';
import pg from 'pg';

export class Database {
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(url: string, size: number) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: size,
      connectionTimeoutMillis: 5000,
      application_name: 'bench-same-work-responder',
    });
    // An idle connection that breaks is replaced on the next query; the event only must not crash us.
    this.pool.on('error', () => undefined);
  }

  /** Runs a statement whose text is fixed (the values vary, never the text). */
  async rows<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
    const result = await this.pool.query<Row>({ name: this.nameOf(text), text, values });
    return result.rows;
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `same_work_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return name;
  }
}
