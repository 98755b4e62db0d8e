import { usageSlot } from './usage-slot.js';

describe('usageSlot', () => {
  it("names the credential's hash for the hour, its expiry and a field per outcome", () => {
    const slot = usageSlot(
      {
        accountId: 'acc',
        credentialType: 'publishable_key',
        credentialId: 'key',
        environment: 'development',
      },
      7200,
    );

    expect(slot).toEqual({
      hour: 7200,
      key: 'usage:acc:7200',
      expiresAt: 7200 + 169 * 3600,
      fields: {
        succeeded: 'publishable_key|key|development|succeeded',
        failed: 'publishable_key|key|development|failed',
        refused: 'publishable_key|key|development|refused',
      },
    });
  });
});
