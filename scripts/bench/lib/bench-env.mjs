// What both benchmarks need from their surroundings: free ports and their own database.
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** BENCH_DATABASE_URL, or DATABASE_URL's database with `_bench` appended to its name. */
export function benchDatabaseUrl(env) {
  if (env.BENCH_DATABASE_URL) return env.BENCH_DATABASE_URL;
  const url = new URL(env.DATABASE_URL);
  const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'tally';
  url.pathname = `/${name}_bench`;
  return url.toString();
}
