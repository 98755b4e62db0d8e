import type { TokenResponse } from '../types.js';
import { ClientCredentials } from './client-credentials.js';

function tokens(expiresIn = 3600) {
  let issued = 0;
  const fetchToken = jest.fn(async (): Promise<TokenResponse> => {
    issued += 1;
    return {
      access_token: `token-${issued}`,
      expires_in: expiresIn,
      scope: 'creators:read',
      token_type: 'bearer',
    };
  });
  return fetchToken;
}

describe('ClientCredentials', () => {
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    now = Date.UTC(2026, 0, 1);
  });

  it('fetches a token for the first request and reuses it', async () => {
    const fetchToken = tokens();
    const credentials = new ClientCredentials(fetchToken, clock);

    expect(await credentials.authorization()).toBe('Bearer token-1');
    now += 30 * 60_000;
    expect(await credentials.authorization()).toBe('Bearer token-1');
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('fetches a new token a minute before the old one expires', async () => {
    const fetchToken = tokens(3600);
    const credentials = new ClientCredentials(fetchToken, clock);
    await credentials.authorization();

    now += 3600_000 - 60_001;
    expect(await credentials.authorization()).toBe('Bearer token-1');
    now += 1;
    expect(await credentials.authorization()).toBe('Bearer token-2');
  });

  it('refreshes a short-lived token halfway through its life', async () => {
    const credentials = new ClientCredentials(tokens(60), clock);
    await credentials.authorization();

    now += 30_000;

    expect(await credentials.authorization()).toBe('Bearer token-2');
  });

  it('asks once for requests that need a token at the same time', async () => {
    const fetchToken = tokens();
    const credentials = new ClientCredentials(fetchToken, clock);

    const headers = await Promise.all([1, 2, 3].map(() => credentials.authorization()));

    expect(headers).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-1']);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('drops a token the API refused, once, however many requests were refused with it', async () => {
    const fetchToken = tokens();
    const credentials = new ClientCredentials(fetchToken, clock);
    const refused = await credentials.authorization();

    expect(credentials.rejected(refused)).toBe(true);
    const fresh = await credentials.authorization();
    expect(credentials.rejected(refused)).toBe(true);

    expect(fresh).toBe('Bearer token-2');
    expect(await credentials.authorization()).toBe('Bearer token-2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('asks again after a failed fetch', async () => {
    const fetchToken = jest
      .fn<Promise<TokenResponse>, []>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce({
        access_token: 'late',
        expires_in: 3600,
        scope: '',
        token_type: 'bearer',
      });
    const credentials = new ClientCredentials(fetchToken, clock);

    await expect(credentials.authorization()).rejects.toThrow('down');
    expect(await credentials.authorization()).toBe('Bearer late');
  });
});
