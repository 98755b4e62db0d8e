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

  describe('REVOCATION_RESYNC_MS', () => {
    it('resyncs revocations every 5 seconds unless told', () => {
      expect(loadGatewayConfig({}).REVOCATION_RESYNC_MS).toBe(5000);
    });

    it.each(['1000', '60000'])('takes %s ms, within the bounds', (value) => {
      expect(loadGatewayConfig({ REVOCATION_RESYNC_MS: value }).REVOCATION_RESYNC_MS).toBe(
        Number(value),
      );
    });

    it.each([
      ['999', /^REVOCATION_RESYNC_MS: must be 1000 ms or more/],
      ['60001', /^REVOCATION_RESYNC_MS: must be 60000 ms or less/],
      ['2.5', /^REVOCATION_RESYNC_MS: /],
      ['often', /^REVOCATION_RESYNC_MS: /],
    ])('refuses %s, naming the variable', (value, problem) => {
      expect(problemsOf(() => loadGatewayConfig({ REVOCATION_RESYNC_MS: value }))).toEqual([
        expect.stringMatching(problem) as string,
      ]);
    });
  });
});
