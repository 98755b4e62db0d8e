import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort } from '../src/free-port.js';

/** Where this machine's kernel starts handing out ports to outgoing connections. */
function ephemeralStart(): number {
  const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  return start ?? 32_768;
}

describe('freePort', () => {
  it('gives a port below the range outgoing connections take theirs from, free to listen on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));

    expect(port).toBeGreaterThanOrEqual(10_000);
    expect(port).toBeLessThan(ephemeralStart());
  });

  it('never gives a port that fetch() refuses to connect to', async () => {
    const span = ephemeralStart() - 10_000;
    // The draw that lands on 10080, then one that does not.
    const draws = [(10_080 - 10_000 + 0.5) / span, 0.5];
    const random = jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.5);
    try {
      const port = await freePort();

      expect(port).not.toBe(10_080);
      expect(random).toHaveBeenCalledTimes(2);
    } finally {
      random.mockRestore();
    }
  });
});
