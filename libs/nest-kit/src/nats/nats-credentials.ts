/** NATS servers as nats.js takes them: addresses, and the credentials apart. */
export interface NatsServersAndCredentials {
  servers: string[];
  user?: string;
  pass?: string;
}

interface ServerCredentials {
  server: string;
  user: string;
  pass: string;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function credentialsOf(server: string): ServerCredentials {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return { server, user: '', pass: '' };
  }
  if (url.username === '' && url.password === '') return { server, user: '', pass: '' };
  const user = decoded(url.username);
  const pass = decoded(url.password);
  url.username = '';
  url.password = '';
  return { server: url.href, user, pass };
}

/**
 * What is wrong with the credentials of `nats://user:password@host:4222`
 * addresses, if anything: a user needs a password, and every server of the
 * list takes the same user (one connection, one identity).
 */
export function natsCredentialsProblem(servers: string[]): string | undefined {
  const found = servers.map(credentialsOf);
  if (found.some(({ user, pass }) => (user === '') !== (pass === ''))) {
    return 'must carry both a user and a password (nats://user:password@host:4222) or neither';
  }
  const identities = new Set(found.map(({ user, pass }) => `${user}\n${pass}`));
  if (identities.size > 1) return 'must carry the same user and password on every server';
  return undefined;
}

/**
 * Takes `user:password@` out of the server addresses (nats.js would read them
 * as part of the host) and returns them as the connection's `user` and `pass`,
 * which nats.js also uses for servers it learns from the cluster.
 */
export function splitNatsCredentials(servers: string[]): NatsServersAndCredentials {
  const problem = natsCredentialsProblem(servers);
  if (problem) throw new Error(`NATS server addresses ${problem}`);
  const found = servers.map(credentialsOf);
  const addresses = found.map(({ server }) => server);
  const first = found[0];
  if (!first || first.user === '') return { servers: addresses };
  return { servers: addresses, user: first.user, pass: first.pass };
}
