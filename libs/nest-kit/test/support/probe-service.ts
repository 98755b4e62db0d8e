import type { INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServiceClient } from '../../src/nats/service-client.js';
import { TallyClientNats } from '../../src/nats/tally-client-nats.js';
import { directRequestHandlers } from '../../src/nats/direct-requests.js';
import { TallyServerNats } from '../../src/nats/tally-server-nats.js';
import { RpcErrorFilter } from '../../src/rpc/rpc-error.filter.js';

export interface ProbeService {
  /** A client of the bus, as another service would hold it. */
  bus: ServiceClient;
  close(): Promise<void>;
}

/**
 * A Nest microservice of the test's handlers on the real NATS (under the test
 * file's subject prefix), and a client to talk to it. The client's timeout is
 * generous: many requests at once must not time out on a busy machine; tests
 * of the timeout itself pass their own. Handlers that need nothing of Nest's
 * RPC pipeline are called straight, as in the services (startNatsService),
 * unless `direct` is false.
 */
export async function startProbeService(
  module: Type,
  { direct = true }: { direct?: boolean } = {},
): Promise<ProbeService> {
  const servers = [process.env.NATS_URL ?? 'nats://127.0.0.1:4222'];
  const subjectPrefix = process.env.NATS_SUBJECT_PREFIX;
  const server = new TallyServerNats({ servers, name: 'probe', queue: 'probe', subjectPrefix });
  const microservice: INestMicroservice = await NestFactory.createMicroservice(module, {
    strategy: server,
    logger: false,
  });
  const errors = new RpcErrorFilter();
  microservice.useGlobalFilters(errors);
  if (direct) server.answerDirectly(directRequestHandlers(microservice, errors));
  await microservice.listen();
  const client = new TallyClientNats({ servers, name: 'probe-client', subjectPrefix });
  return {
    bus: new ServiceClient(client, { requestTimeoutMs: 10_000 }),
    async close() {
      await client.close();
      await microservice.close();
    },
  };
}
