import { eventsStreamName, eventSubject } from '@tally/contracts';
import {
  JetStreamApiError,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';

/** Long enough for a relay that died after publishing to come back and publish again. */
const DUPLICATE_WINDOW_MS = 2 * 60 * 60 * 1000;
/** Events wait this long for a consumer (the webhooks service) that is down. */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Creates the deployment's events stream, or brings its settings up to date:
 * every publisher and the consumer call it at start, whoever comes first.
 */
export async function ensureEventsStream(
  jsm: JetStreamManager,
  subjectPrefix = '',
): Promise<string> {
  const name = eventsStreamName(subjectPrefix);
  const config = {
    subjects: [eventSubject('>', subjectPrefix)],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    max_age: nanos(MAX_AGE_MS),
  };
  try {
    await jsm.streams.info(name);
    await jsm.streams.update(name, config);
  } catch (error) {
    if (!isStreamNotFound(error)) throw error;
    await jsm.streams.add({ name, ...config }).catch(async (raced: unknown) => {
      // Another process created it meanwhile.
      if (
        !(await jsm.streams.info(name).then(
          () => true,
          () => false,
        ))
      )
        throw raced;
    });
  }
  return name;
}

/** JetStream's "stream not found" (API error code 10059). */
function isStreamNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === 10059;
}
