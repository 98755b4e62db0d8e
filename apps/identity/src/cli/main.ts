import 'reflect-metadata';
import { AppError } from '@tally/contracts';
import { openDatabase, runMigrations } from '@tally/nest-kit';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { loadIdentityConfig } from '../config/identity.config.js';
import { IDENTITY_SCHEMA, identityDatabaseOptions } from '../database/identity-database.js';
import { IdentityModule } from '../identity.module.js';
import { bootstrapAccount } from './bootstrap.command.js';
import { readKeptKey, writeKeptKey } from './key-file.js';

const USAGE = `Usage: npm run cli -- bootstrap --email <email> --password <password> --account <name> [--key-file <path>] [--json]

  --key-file <path>  keep the key in this file (mode 0600): a later run hands the same key out
                     again while it is valid for more than a day; otherwise it issues a new one
                     and revokes the account's earlier bootstrap keys`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'bootstrap') fail(USAGE, 2);
  let values: {
    email?: string;
    password?: string;
    account?: string;
    'key-file'?: string;
    json?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        account: { type: 'string' },
        'key-file': { type: 'string' },
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
    const keyFile = values['key-file'];
    const result = await bootstrapAccount(app, {
      email: values.email,
      password: values.password,
      account: values.account,
      keptKey: keyFile ? readKeptKey(keyFile)?.apiKey : undefined,
      replacePrevious: keyFile !== undefined,
    });
    if (keyFile && !result.reused) {
      writeKeptKey(keyFile, {
        accountId: result.accountId,
        apiKey: result.apiKey,
        expiresAt: result.expiresAt,
      });
    }
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result)}\n`
        : [
            `account ${result.accountId}`,
            `owner   ${result.userId}`,
            `key     ${result.apiKey} (${result.reused ? 'kept' : 'new'}, expires ${result.expiresAt})`,
            ...result.revokedKeyIds.map((id) => `revoked ${id} (an earlier bootstrap key)`),
            '',
          ].join('\n'),
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
