import { connect } from 'node:net';
import { sleep } from './exec.mjs';

export function endpointOf(url, defaultPort) {
  const firstServer = url.split(',')[0].trim();
  const parsed = new URL(firstServer);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port || defaultPort),
  };
}

export function isLocalHost(host) {
  return ['127.0.0.1', 'localhost', '::1', '0.0.0.0'].includes(host);
}

/** True when something accepts TCP connections on host:port within the timeout. */
export function isPortOpen({ host, port }, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitForPort(endpoint, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isPortOpen(endpoint)) return true;
    await sleep(250);
  }
  return false;
}
