import {
  busPermissions,
  declaredBusMessages,
  type BusDeclaration,
  type BusPermissions,
} from './bus-permissions.js';
import { BUS_SERVICES, type BusService } from './bus-roles.js';

/** The committed configuration, relative to the repository's root. */
export const NATS_AUTHORIZATION_ARTEFACT = 'deploy/nats/nats-server.conf';

export interface NatsAuthorizationOptions {
  /** NATS_SUBJECT_PREFIX of the deployment, if any. */
  subjectPrefix?: string;
  /** The declared messages; all of libs/contracts' by default. */
  declarations?: readonly BusDeclaration[];
}

/** The server-side variable that holds a service's password, e.g. `NATS_SYNC_WORKER_PASSWORD`. */
export function natsPasswordVariable(service: BusService): string {
  return `NATS_${service.toUpperCase().replace(/-/g, '_')}_PASSWORD`;
}

function subjectList(name: 'allow' | 'deny', subjects: string[], indent: string): string[] {
  return [
    `${indent}${name} = [`,
    ...subjects.map((subject) => `${indent}  ${JSON.stringify(subject)}`),
    `${indent}]`,
  ];
}

/** An empty allow list would mean "anything" to nats-server: nothing allowed is an explicit deny. */
function direction(name: 'publish' | 'subscribe', subjects: string[]): string[] {
  const body =
    subjects.length > 0
      ? subjectList('allow', subjects, '          ')
      : subjectList('deny', ['>'], '          ');
  return [`        ${name} = {`, ...body, '        }'];
}

function userBlock(service: BusService, permissions: BusPermissions): string[] {
  return [
    '    {',
    `      user = ${JSON.stringify(service)}`,
    `      password = $${natsPasswordVariable(service)}`,
    '      permissions = {',
    ...direction('publish', permissions.publish),
    ...direction('subscribe', permissions.subscribe),
    ...(permissions.answersRequests ? ['        allow_responses = true'] : []),
    '      }',
    '    }',
  ];
}

/**
 * The nats-server `authorization` block for a deployment: one user per
 * service with the permissions its role and the declared messages imply.
 * Passwords are read from the server's environment, so the file holds no
 * secret; a connection without a user is refused.
 */
export function natsAuthorizationConfig(options: NatsAuthorizationOptions = {}): string {
  const permissions = busPermissions(
    options.declarations ?? declaredBusMessages(),
    options.subjectPrefix,
  );
  const header = [
    "# Generated from the message declarations (libs/contracts) and the services' roles",
    '# (libs/nest-kit/src/nats/bus-roles.ts) by `node scripts/nats-config.mjs`: do not edit.',
    options.subjectPrefix
      ? `# Subjects under NATS_SUBJECT_PREFIX=${options.subjectPrefix}.`
      : '# Subjects without a prefix (NATS_SUBJECT_PREFIX unset).',
    "# One user per service; each password comes from the server's environment",
    `# (${BUS_SERVICES.map(natsPasswordVariable).join(', ')}).`,
  ];
  return [
    ...header,
    'authorization {',
    '  users = [',
    ...BUS_SERVICES.flatMap((service) => userBlock(service, permissions[service])),
    '  ]',
    '}',
    '',
  ].join('\n');
}
