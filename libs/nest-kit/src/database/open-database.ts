import { DataSource, type DataSourceOptions } from 'typeorm';
import { StartupError } from '../bootstrap/run-main.js';
import { describeDatabaseError } from './describe-connection-error.js';

/** Connects to Postgres, or fails with a message that names DATABASE_URL. */
export async function openDatabase(url: string, options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new StartupError(describeDatabaseError(url, error));
  }
  return dataSource;
}
