import { ConfigError } from '@tally/nest-kit';
import { loadGatewayConfig } from './gateway.config.js';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadGatewayConfig', () => {
  describe('SYNC_WAIT_MS', () => {
    it('waits 20 seconds for a manual sync unless told', () => {
      expect(loadGatewayConfig({}).SYNC_WAIT_MS).toBe(20_000);
    });

    it('takes a whole number of milliseconds', () => {
      expect(loadGatewayConfig({ SYNC_WAIT_MS: '1500' }).SYNC_WAIT_MS).toBe(1500);
    });

    it.each(['0', '-5', '2.5', 'soon'])('refuses %s, naming the variable', (value) => {
      expect(problemsOf(() => loadGatewayConfig({ SYNC_WAIT_MS: value }))).toEqual([
        expect.stringMatching(/^SYNC_WAIT_MS: /) as string,
      ]);
    });
  });
});
