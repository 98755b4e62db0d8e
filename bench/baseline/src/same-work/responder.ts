// Same-work baseline, back end: answers the edge's questions over NATS (one
// queue group, so that replicas share them) with the creators service's and
// identity's SQL on a plain pg pool, and replies JSON. No framework.
import { connect, type Msg } from '@nats-io/transport-node';
import { CreatorReads } from './creator-reads.js';
import { Database } from './database.js';
import { IdentityReads } from './identity-reads.js';
import {
  subjectsOf,
  type Answer,
  type ListCreatorsRequest,
  type ListVideosRequest,
  type VerifyKeyRequest,
  type WhoAmIRequest,
} from './messages.js';
import { responderSettings } from './settings.js';

const QUEUE = 'same-work-responder';

const settings = responderSettings();
const subjects = subjectsOf(settings.subjectPrefix);
const db = new Database(settings.databaseUrl, settings.databasePoolSize);
const creators = new CreatorReads(db);
const identity = new IdentityReads(db, settings.keyHashSecret);

const ok = <T>(data: T): Answer<T> => ({ ok: true, data });
const notFound = (message: string): Answer<never> => ({
  ok: false,
  error: { code: 'not_found', status: 404, message },
});

type Handler<T> = (request: T) => Promise<Answer<unknown>>;

async function answer<T>(message: Msg, handle: Handler<T>): Promise<void> {
  let reply: Answer<unknown>;
  try {
    reply = await handle(message.json<T>());
  } catch (error) {
    process.stderr.write(`same-work responder: ${message.subject} failed: ${String(error)}\n`);
    reply = {
      ok: false,
      error: { code: 'internal_error', status: 500, message: 'An internal error occurred.' },
    };
  }
  message.respond(JSON.stringify(reply));
}

const nats = await connect({ servers: settings.natsServers, name: QUEUE });

function serve<T>(subject: string, handle: Handler<T>): void {
  nats.subscribe(subject, {
    queue: QUEUE,
    callback: (error, message) => {
      if (!error) void answer(message, handle);
    },
  });
}

serve<VerifyKeyRequest>(subjects.verifyKey, async (request) =>
  ok(await identity.verify(request.key)),
);
serve<ListCreatorsRequest>(subjects.listCreators, async (request) =>
  ok(await creators.page(request.principal.accountId, request.page)),
);
serve<ListVideosRequest>(subjects.listVideos, async (request) => {
  const page = await creators.videos(request.principal.accountId, request.creatorId, request.page);
  return page ? ok(page) : notFound('No creator with this id in your account.');
});
serve<WhoAmIRequest>(subjects.whoAmI, async (request) => {
  const whoAmI = await identity.whoAmI(request.principal);
  return whoAmI ? ok(whoAmI) : notFound('The account or the key no longer exists.');
});
serve<unknown>(subjects.ping, async () => ok('pong'));
await nats.flush();

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Answers in flight go out before the connection closes.
  await nats.drain();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdout.write(`same-work responder listening on ${settings.subjectPrefix}.>\n`);
