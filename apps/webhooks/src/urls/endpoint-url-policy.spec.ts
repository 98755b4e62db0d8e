import {
  checkEndpointUrl,
  type HostResolver,
  type ResolvedAddress,
  vetEndpointUrl,
} from './endpoint-url-policy.js';

function resolverOf(answers: Record<string, string[]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const addresses = answers[hostname];
    if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const dns = resolverOf({
  'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'internal.example.com': ['10.0.0.7'],
  'metadata.example.com': ['169.254.169.254'],
  'mixed.example.com': ['93.184.216.34', '127.0.0.1'],
  'mapped.example.com': ['::ffff:192.168.1.1'],
  'v6-local.example.com': ['fd00::5'],
  localhost: ['127.0.0.1', '::1'],
});

const strict = { allowPrivate: false, resolve: dns };
const relaxed = { allowPrivate: true, resolve: dns };

describe('checkEndpointUrl', () => {
  it('accepts an https URL whose host resolves only to public addresses', async () => {
    const check = await checkEndpointUrl('https://hooks.example.com/tally?x=1', strict);
    expect(check).toEqual({ ok: true, url: new URL('https://hooks.example.com/tally?x=1') });
  });

  it('accepts a public literal address', async () => {
    expect((await checkEndpointUrl('https://93.184.216.34/hook', strict)).ok).toBe(true);
    expect((await checkEndpointUrl('https://[2606:4700::1111]/hook', strict)).ok).toBe(true);
  });

  it.each([
    ['not a url', 'not a valid URL'],
    ['http://hooks.example.com/', 'must use https'],
    ['ftp://hooks.example.com/', 'must use https'],
    ['https://user:pass@hooks.example.com/', 'credentials'],
    ['https://user@hooks.example.com/', 'credentials'],
  ])('refuses %s', async (url, reason) => {
    const check = await checkEndpointUrl(url, strict);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it.each([
    ['https://internal.example.com/', 'private'],
    ['https://metadata.example.com/', 'link-local'],
    ['https://mixed.example.com/', '127.0.0.1'],
    ['https://mapped.example.com/', 'IPv4-mapped private'],
    ['https://v6-local.example.com/', 'private'],
    ['https://localhost:8443/', 'loopback'],
    ['https://nowhere.example.com/', 'does not resolve'],
  ])('refuses %s, which resolves to a non-public address or none', async (url, reason) => {
    const check = await checkEndpointUrl(url, strict);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it.each([
    ['https://127.0.0.1/', 'loopback'],
    ['https://0x7f.1/', 'loopback'],
    ['https://2130706433/', 'loopback'],
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://100.64.1.1/', 'carrier-grade NAT'],
    ['https://0.0.0.0/', 'unspecified'],
    ['https://255.255.255.255/', 'broadcast'],
    ['https://239.1.1.1/', 'multicast'],
    ['https://[::1]/', 'loopback'],
    ['https://[fe80::1]/', 'link-local'],
    ['https://[fc00::1]/', 'private'],
    ['https://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback'],
    ['https://[::ffff:169.254.169.254]/', 'IPv4-mapped link-local'],
  ])('refuses the literal address of %s', async (url, reason) => {
    const check = await checkEndpointUrl(url, strict);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('allows http and private addresses when private URLs are allowed, never credentials', async () => {
    expect((await checkEndpointUrl('http://127.0.0.1:8080/hook', relaxed)).ok).toBe(true);
    expect((await checkEndpointUrl('http://localhost/hook', relaxed)).ok).toBe(true);
    expect((await checkEndpointUrl('https://internal.example.com/', relaxed)).ok).toBe(true);
    expect((await checkEndpointUrl('http://a:b@127.0.0.1/', relaxed)).ok).toBe(false);
    expect((await checkEndpointUrl('ftp://127.0.0.1/', relaxed)).ok).toBe(false);
  });
});

describe('vetEndpointUrl', () => {
  it('answers every address the host resolved to, to connect to them only', async () => {
    const vetted = await vetEndpointUrl('https://hooks.example.com/', strict);
    expect(vetted).toEqual({
      ok: true,
      url: new URL('https://hooks.example.com/'),
      addresses: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    });
  });

  it('answers a literal address without resolving anything', async () => {
    const resolve = resolverOf({});
    const vetted = await vetEndpointUrl('http://127.0.0.1:9000/', { allowPrivate: true, resolve });
    expect(vetted).toMatchObject({ ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] });
    expect(resolve.calls).toEqual([]);
  });

  it('resolves even when private addresses are allowed, and refuses a host that does not', async () => {
    expect(await vetEndpointUrl('http://localhost/', relaxed)).toMatchObject({
      ok: true,
      addresses: [{ address: '127.0.0.1' }, { address: '::1' }],
    });
    expect(await vetEndpointUrl('http://nowhere.example.com/', relaxed)).toMatchObject({
      ok: false,
    });
  });
});
