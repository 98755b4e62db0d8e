import { nonPublicReason, parseIp } from './ip-address.js';

const reasonOf = (text: string): string | null => nonPublicReason(parseIp(text)!);

describe('parseIp', () => {
  it.each([
    ['1.2.3.4', [1, 2, 3, 4]],
    ['::1', [...new Array(15).fill(0), 1]],
    ['[::1]', [...new Array(15).fill(0), 1]],
    ['fe80::1%eth0', [0xfe, 0x80, ...new Array(13).fill(0), 1]],
    ['::ffff:127.0.0.1', [...new Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]],
    ['::ffff:7f00:1', [...new Array(10).fill(0), 0xff, 0xff, 127, 0, 0, 1]],
    ['2001:db8:0:0:1:0:0:1', [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]],
  ])('reads %s', (text, bytes) => {
    expect(parseIp(text)).toEqual(bytes);
  });

  it.each(['example.com', '1.2.3', '256.1.1.1', ':::1', ''])('refuses %s', (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['250.1.2.3', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['64:ff9b::192.168.0.1', 'NAT64 private'],
  ])('refuses %s (%s)', (text, why) => {
    expect(reasonOf(text)).toContain(why);
  });

  it.each([
    '1.1.1.1',
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    'fe00::1',
  ])('allows the public address %s', (text) => {
    expect(reasonOf(text)).toBeNull();
  });
});
