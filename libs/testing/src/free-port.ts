import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const LOWEST_PORT = 10_000;

/**
 * Ports `fetch()` refuses to connect to ("bad port": the Fetch standard's
 * blocked ports), of those at or above LOWEST_PORT: a test that fetched from
 * a server it had put there failed with `TypeError: fetch failed`.
 */
const REFUSED_BY_FETCH = new Set([10_080]);

/**
 * The first port the kernel hands out to outgoing connections. A port picked
 * now and listened on later must lie below it: otherwise any connection made
 * in between (to Postgres, Redis, NATS) may take it as its source port, and
 * the later listen fails with EADDRINUSE.
 */
function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    return low !== undefined && low > LOWEST_PORT + 1000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port nobody listens on right now, and that no outgoing connection will take. */
export async function freePort(): Promise<number> {
  const span = ephemeralRangeStart() - LOWEST_PORT;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = LOWEST_PORT + Math.floor(Math.random() * span);
    if (!REFUSED_BY_FETCH.has(port) && (await isFree(port))) return port;
  }
  throw new Error('no free port below the ephemeral range');
}
