import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { freePort } from '@tally/testing';

const MAIN = join(__dirname, '..', 'dist', 'main.js');
// Far longer than a clean close takes even on a busy machine; a close that
// hangs still runs into it and logs "shutdown timed out".
const SHUTDOWN_TIMEOUT_MS = 15_000;

describe('gateway process', () => {
  it('serves until SIGTERM, then closes cleanly within the shutdown timeout', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const listening = new Promise<void>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (line.includes('gateway listening')) resolve();
      });
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );

    try {
      await listening;
      const live = await fetch(`http://127.0.0.1:${port}/health/live`);
      expect(live.status).toBe(200);

      const stopAskedAt = Date.now();
      child.kill('SIGTERM');
      const { code, signal } = await exited;

      expect(Date.now() - stopAskedAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
      expect(code === 0 || signal === 'SIGTERM').toBe(true);
      expect(lines.some((line) => line.includes('SIGTERM received, shutting down'))).toBe(true);
      expect(lines.some((line) => line.includes('shutdown timed out'))).toBe(false);
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    } finally {
      // A failure before the SIGTERM must not leave the gateway running (and Jest waiting on it).
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    // Starting the whole gateway can take most of the default 30 s on a busy machine.
  }, 90_000);
});
