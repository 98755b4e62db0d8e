import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort } from '../src/free-port.js';

describe('freePort', () => {
  it('gives a port below the range outgoing connections take theirs from, free to listen on', async () => {
    const [ephemeralStart] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);

    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));

    expect(port).toBeGreaterThanOrEqual(10_000);
    expect(port).toBeLessThan(ephemeralStart ?? 32_768);
  });
});
