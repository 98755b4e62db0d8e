import { ipBucket } from './ip-bucket.js';

describe('ipBucket', () => {
  it('counts an IPv4 address by itself', () => {
    expect(ipBucket('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(ipBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(ipBucket('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it.each([
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:0DB8:0000:0001:aaaa::1', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:ffff::2', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['1:2:3::5:6:192.0.2.33', '1:2:3:0::/64'],
  ])('counts the IPv6 address %s by its network %s', (ip, bucket) => {
    expect(ipBucket(ip)).toBe(bucket);
  });

  it('puts whatever is not an IP address into one bucket', () => {
    expect(ipBucket('not-an-ip')).toBe('unknown');
    expect(ipBucket('')).toBe('unknown');
  });
});
