import 'reflect-metadata';
import { AppError } from '@tally/contracts';
import { openDatabase, runMigrations } from '@tally/nest-kit';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { loadIdentityConfig } from '../config/identity.config.js';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from '../database/identity-database.js';
import { IdentityModule } from '../identity.module.js';
import { bootstrapAccount } from './bootstrap.command.js';

const USAGE = `Usage: npm run cli -- bootstrap --email <email> --password <password> --account <name> [--json]`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'bootstrap') fail(USAGE, 2);
  let values: { email?: string; password?: string; account?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        account: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (!values.email || !values.password || !values.account) fail(USAGE, 2);

  const config = loadIdentityConfig();
  const dataSource = await openDatabase(
    config.DATABASE_URL,
    identityDatabaseOptions(config.DATABASE_URL, 2),
  );
  await runMigrations(dataSource, IDENTITY_SCHEMA);
  const app = await NestFactory.createApplicationContext(
    IdentityModule.register(config, dataSource),
    { logger: false },
  );
  try {
    const result = await bootstrapAccount(app, {
      email: values.email,
      password: values.password,
      account: values.account,
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result)}\n`
        : `account ${result.accountId}\nowner   ${result.userId}\nkey     ${result.apiKey}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AppError)
    fail(
      `bootstrap failed: ${error.message}${error.details?.length ? ` (${error.details.map((d) => d.reason).join('; ')})` : ''}`,
      1,
    );
  fail(`bootstrap failed: ${error instanceof Error ? error.message : String(error)}`, 1);
});
