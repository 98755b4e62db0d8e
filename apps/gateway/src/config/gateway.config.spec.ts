import { configProblems, DEVELOPMENT_SECRETS } from '@tally/nest-kit';
import { loadGatewayConfig as loadFromEnvironment } from './gateway.config.js';

/** As in tests (NODE_ENV=test), unless the case sets NODE_ENV itself. */
const loadGatewayConfig = (vars: Record<string, string | undefined>) =>
  loadFromEnvironment({ NODE_ENV: 'test', ...vars });

const PRODUCTION_SECRET = 'a-production-cursor-secret-of-48-characters-xyz!';

describe('loadGatewayConfig', () => {
  describe('SYNC_WAIT_MS', () => {
    it('waits 20 seconds for a manual sync unless told', () => {
      expect(loadGatewayConfig({}).SYNC_WAIT_MS).toBe(20_000);
    });

    it('takes a whole number of milliseconds', () => {
      expect(loadGatewayConfig({ SYNC_WAIT_MS: '1500' }).SYNC_WAIT_MS).toBe(1500);
    });

    it.each(['0', '-5', '2.5', 'soon'])('refuses %s, naming the variable', (value) => {
      expect(configProblems(() => loadGatewayConfig({ SYNC_WAIT_MS: value }))).toEqual([
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
      expect(configProblems(() => loadGatewayConfig({ REVOCATION_RESYNC_MS: value }))).toEqual([
        expect.stringMatching(problem) as string,
      ]);
    });
  });

  describe('CURSOR_SECRET', () => {
    it('falls back to the development value in development and tests', () => {
      for (const NODE_ENV of ['development', 'test']) {
        expect(loadGatewayConfig({ NODE_ENV }).CURSOR_SECRET).toBe(
          DEVELOPMENT_SECRETS.CURSOR_SECRET,
        );
      }
    });

    it('is required when NODE_ENV is unset, which means production', () => {
      expect(configProblems(() => loadFromEnvironment({}))).toEqual([
        expect.stringMatching(/^CURSOR_SECRET: is required unless NODE_ENV is development or test/),
      ]);
    });

    it('refuses the development value in production, naming the variable', () => {
      expect(
        configProblems(() =>
          loadFromEnvironment({
            NODE_ENV: 'production',
            CURSOR_SECRET: DEVELOPMENT_SECRETS.CURSOR_SECRET,
          }),
        ),
      ).toEqual([expect.stringMatching(/^CURSOR_SECRET: is a development value/)]);
    });

    it('refuses a short secret', () => {
      expect(
        configProblems(() =>
          loadFromEnvironment({ NODE_ENV: 'production', CURSOR_SECRET: 'short' }),
        ),
      ).toEqual(['CURSOR_SECRET: must be at least 32 characters']);
    });

    it('takes a production secret of its own', () => {
      expect(
        loadFromEnvironment({ NODE_ENV: 'production', CURSOR_SECRET: PRODUCTION_SECRET })
          .CURSOR_SECRET,
      ).toBe(PRODUCTION_SECRET);
    });
  });

  describe('OPERATOR_TOKEN', () => {
    it('stays unset unless given (no operator pages)', () => {
      expect(
        loadFromEnvironment({ NODE_ENV: 'production', CURSOR_SECRET: PRODUCTION_SECRET })
          .OPERATOR_TOKEN,
      ).toBeUndefined();
    });

    it('refuses a development value copied into it in production', () => {
      expect(
        configProblems(() =>
          loadFromEnvironment({
            NODE_ENV: 'production',
            CURSOR_SECRET: PRODUCTION_SECRET,
            OPERATOR_TOKEN: DEVELOPMENT_SECRETS.KEY_HASH_SECRET,
          }),
        ),
      ).toEqual([expect.stringMatching(/^OPERATOR_TOKEN: is a development value/)]);
    });
  });

  describe('COOKIE_SECURE', () => {
    it('is on by default in production', () => {
      expect(
        loadFromEnvironment({ NODE_ENV: 'production', CURSOR_SECRET: PRODUCTION_SECRET })
          .COOKIE_SECURE,
      ).toBe(true);
    });

    it('is off by default in development and tests (plain http)', () => {
      expect(loadGatewayConfig({ NODE_ENV: 'development' }).COOKIE_SECURE).toBe(false);
      expect(loadGatewayConfig({}).COOKIE_SECURE).toBe(false);
    });

    it('follows an explicit setting', () => {
      expect(loadGatewayConfig({ COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
      expect(
        loadFromEnvironment({
          NODE_ENV: 'production',
          CURSOR_SECRET: PRODUCTION_SECRET,
          COOKIE_SECURE: 'false',
        }).COOKIE_SECURE,
      ).toBe(false);
    });
  });
});
