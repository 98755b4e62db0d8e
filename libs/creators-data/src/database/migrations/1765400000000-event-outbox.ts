import { createOutboxTable, dropOutboxTable } from '@tally/nest-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The creators schema's outbox: the events of connects, disconnects and syncs
 * (webhooks), written in the transaction of the change they report.
 */
export class EventOutbox1765400000000 implements MigrationInterface {
  name = 'EventOutbox1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await createOutboxTable(runner, 'creators');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropOutboxTable(runner, 'creators');
  }
}
