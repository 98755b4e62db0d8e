/**
 * The Postgres channel on which a schema's outbox announces new events
 * (`NOTIFY`, delivered when the writing transaction commits): the relay wakes
 * on it instead of polling an empty table.
 */
export function outboxChannel(schema: string): string {
  return `${schema}_outbox_events`;
}
