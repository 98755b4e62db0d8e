import type { Principal } from '@tally/contracts';
import { decideOperatorAccess, type OperatorPolicy } from './operator-access.js';

const OPERATOR_ACCOUNT = '0b0e4a4e-1b1c-4c55-9f3e-0d5ad3c1f001';
const TOKEN = 'operator-token-that-is-long-enough-0123456789';
const policy: OperatorPolicy = { operatorToken: TOKEN, operatorAccountId: OPERATOR_ACCOUNT };

const basic = (password: string) =>
  `Basic ${Buffer.from(`operator:${password}`).toString('base64')}`;

function sessionOf(accountId: string, permissions: Principal['permissions']) {
  return async (): Promise<Principal> => ({
    accountId,
    credentialType: 'session',
    credentialId: 'session-1',
    environment: 'production',
    permissions,
    expiresAt: null,
  });
}

const noSession = async (): Promise<Principal> => {
  throw new Error('no such session');
};

describe('decideOperatorAccess', () => {
  it('lets the operator token in, and asks to sign in for a wrong one', async () => {
    await expect(
      decideOperatorAccess({ method: 'POST', authorization: basic(TOKEN) }, policy, noSession),
    ).resolves.toBe('allowed');
    await expect(
      decideOperatorAccess({ method: 'GET', authorization: basic('guess') }, policy, noSession),
    ).resolves.toBe('sign_in');
    await expect(decideOperatorAccess({ method: 'GET' }, policy, noSession)).resolves.toBe(
      'sign_in',
    );
  });

  it('lets an admin of the operator account in, and nobody else signed in', async () => {
    const request = { method: 'GET', sessionToken: 'session' };

    await expect(
      decideOperatorAccess(request, policy, sessionOf(OPERATOR_ACCOUNT, ['account:admin'])),
    ).resolves.toBe('allowed');
    await expect(
      decideOperatorAccess(request, policy, sessionOf(OPERATOR_ACCOUNT, ['creators:read'])),
    ).resolves.toBe('forbidden');
    await expect(
      decideOperatorAccess(
        request,
        policy,
        sessionOf('5c9d1f7e-2222-4c55-9f3e-0d5ad3c1f002', ['account:admin']),
      ),
    ).resolves.toBe('forbidden');
    await expect(decideOperatorAccess(request, policy, noSession)).resolves.toBe('sign_in');
  });

  it('takes a session write only from the gateway’s own pages', async () => {
    const admin = sessionOf(OPERATOR_ACCOUNT, ['account:admin']);
    const write = { method: 'PUT', sessionToken: 'session', host: 'tally.example.com' };

    await expect(
      decideOperatorAccess({ ...write, origin: 'https://tally.example.com' }, policy, admin),
    ).resolves.toBe('allowed');
    await expect(
      decideOperatorAccess({ ...write, origin: 'https://evil.example' }, policy, admin),
    ).resolves.toBe('forbidden');
    await expect(decideOperatorAccess(write, policy, admin)).resolves.toBe('forbidden');
  });

  it('refuses sessions when no operator account is configured', async () => {
    await expect(
      decideOperatorAccess(
        { method: 'GET', sessionToken: 'session' },
        { operatorToken: TOKEN },
        sessionOf(OPERATOR_ACCOUNT, ['account:admin']),
      ),
    ).resolves.toBe('sign_in');
  });
});
