import { randomBytes } from 'node:crypto';
import type { INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  connect,
  errors,
  type NatsConnection,
  type PermissionViolationError,
} from '@nats-io/transport-node';
import { TestNatsServer, waitFor } from '@tally/testing';
import { BUS_SERVICES, type BusService } from '../../src/nats/bus-roles.js';
import {
  natsAuthorizationConfig,
  natsPasswordVariable,
} from '../../src/nats/nats-authorization-config.js';
import { ServiceClient } from '../../src/nats/service-client.js';
import { TallyClientNats } from '../../src/nats/tally-client-nats.js';
import { TallyServerNats } from '../../src/nats/tally-server-nats.js';
import { RpcErrorFilter } from '../../src/rpc/rpc-error.filter.js';

/**
 * A private NATS server running the generated authorization for the test
 * file's subject prefix, with a random password per service (defined in the
 * configuration, as the deployment's environment would).
 */
export class AuthorizedBus {
  private readonly closers: (() => Promise<unknown>)[] = [];

  private constructor(
    readonly server: TestNatsServer,
    readonly passwords: Record<BusService, string>,
    readonly subjectPrefix: string | undefined,
  ) {}

  static async start(subjectPrefix: string | undefined): Promise<AuthorizedBus> {
    const passwords = Object.fromEntries(
      BUS_SERVICES.map((service) => [service, randomBytes(12).toString('hex')]),
    ) as Record<BusService, string>;
    const variables = BUS_SERVICES.map(
      (service) => `${natsPasswordVariable(service)}: ${JSON.stringify(passwords[service])}`,
    );
    const config = [...variables, natsAuthorizationConfig({ subjectPrefix })].join('\n');
    return new AuthorizedBus(await TestNatsServer.start({ config }), passwords, subjectPrefix);
  }

  /** The NATS_URL a service would be given. */
  urlOf(service: BusService): string {
    return this.server.urlAs(service, this.passwords[service]);
  }

  /** The subject on the wire. */
  wire(subject: string): string {
    return this.subjectPrefix ? `${this.subjectPrefix}.${subject}` : subject;
  }

  /** A service's ServiceClient, as its app holds it. */
  client(service: BusService): ServiceClient {
    const nats = new TallyClientNats({
      servers: [this.urlOf(service)],
      name: service,
      subjectPrefix: this.subjectPrefix,
    });
    this.closers.push(() => nats.close());
    return new ServiceClient(nats, { requestTimeoutMs: 5000 });
  }

  /** A service's Nest microservice (its message handlers), as startNatsService runs it. */
  async microservice(service: BusService, module: Type): Promise<INestMicroservice> {
    const microservice = await NestFactory.createMicroservice(module, {
      strategy: new TallyServerNats({
        servers: [this.urlOf(service)],
        name: service,
        queue: service,
        subjectPrefix: this.subjectPrefix,
      }),
      logger: false,
    });
    microservice.useGlobalFilters(new RpcErrorFilter());
    await microservice.listen();
    this.closers.push(() => microservice.close());
    return microservice;
  }

  /** A plain nats.js connection as the service, to try what its code never does. */
  async connectionAs(service: BusService): Promise<NatsConnection> {
    const connection = await connect({
      servers: [this.server.url],
      user: service,
      pass: this.passwords[service],
    });
    this.closers.push(() => connection.close());
    return connection;
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    await this.server.dispose();
  }
}

/** Collects the permission violations the server reports to a connection. */
export function violationsOf(connection: NatsConnection): PermissionViolationError[] {
  const violations: PermissionViolationError[] = [];
  void (async () => {
    for await (const status of connection.status()) {
      if (status.type === 'error' && status.error instanceof errors.PermissionViolationError) {
        violations.push(status.error);
      }
    }
  })();
  return violations;
}

/** Waits for the server to refuse one of the connection's publications to the subject. */
export async function publishRefusal(
  violations: PermissionViolationError[],
  subject: string,
): Promise<PermissionViolationError | undefined> {
  const refusal = () => violations.find((v) => v.operation === 'publish' && v.subject === subject);
  await waitFor(async () => refusal(), Boolean, { timeoutMs: 3000, intervalMs: 20 });
  return refusal();
}

/**
 * Subscribes (in a queue group, as a responder would) and tells whether the
 * server refused: it answers a refusal before the PONG of the flush that follows.
 */
export async function subscriptionRefused(
  connection: NatsConnection,
  subject: string,
  queue?: string,
): Promise<boolean> {
  let refused = false;
  connection.subscribe(subject, {
    queue,
    callback: (error) => {
      if (error instanceof errors.PermissionViolationError) refused = true;
    },
  });
  await connection.flush();
  return refused;
}
