import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as its bytes: 4 for IPv4, 16 for IPv6. */
export type IpBytes = readonly number[];

/** The bytes of an IP address in text (`1.2.3.4`, `::1`, `[fe80::1%eth0]`), or null if it is none. */
export function parseIp(text: string): IpBytes | null {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return bare.split('.').map(Number);
  if (isIPv6(bare)) return parseIPv6(bare);
  return null;
}

function parseIPv6(text: string): IpBytes {
  let head = text;
  let tail: number[] = [];
  // An IPv4 dotted quad may end an IPv6 address (`::ffff:127.0.0.1`).
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    head = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
    tail = dotted[2].split('.').map(Number);
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const groupsOf = (part: string | undefined): number[] =>
    part ? part.split(':').map((group) => parseInt(group, 16)) : [];
  const leftGroups = groupsOf(left);
  const rightGroups = groupsOf(right);
  const missing = 8 - tail.length / 2 - leftGroups.length - rightGroups.length;
  const groups = [...leftGroups, ...new Array<number>(missing).fill(0), ...rightGroups];
  return [...groups.flatMap((group) => [group >> 8, group & 0xff]), ...tail];
}

interface Range {
  prefix: IpBytes;
  bits: number;
  why: string;
}

const v4 = (text: string, bits: number, why: string): Range => ({
  prefix: parseIp(text)!,
  bits,
  why,
});
const v6 = v4;

/** IPv4 addresses no webhook may reach: none of them is a customer's public server. */
const IPV4_REFUSED: readonly Range[] = [
  v4('0.0.0.0', 8, 'unspecified ("this network")'),
  v4('10.0.0.0', 8, 'private (RFC 1918)'),
  v4('100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local (cloud metadata)'),
  v4('172.16.0.0', 12, 'private (RFC 1918)'),
  v4('192.0.0.0', 24, 'IETF protocol assignments'),
  v4('192.0.2.0', 24, 'documentation (TEST-NET-1)'),
  v4('192.168.0.0', 16, 'private (RFC 1918)'),
  v4('198.18.0.0', 15, 'benchmarking'),
  v4('198.51.100.0', 24, 'documentation (TEST-NET-2)'),
  v4('203.0.113.0', 24, 'documentation (TEST-NET-3)'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('255.255.255.255', 32, 'broadcast'),
  v4('240.0.0.0', 4, 'reserved'),
];

const IPV6_REFUSED: readonly Range[] = [
  v6('::', 128, 'unspecified'),
  v6('::1', 128, 'loopback'),
  v6('100::', 64, 'discard-only'),
  v6('2001:db8::', 32, 'documentation'),
  v6('fc00::', 7, 'private (unique local)'),
  v6('fe80::', 10, 'link-local'),
  v6('fec0::', 10, 'site-local (deprecated)'),
  v6('ff00::', 8, 'multicast'),
];

/** IPv6 prefixes that carry an IPv4 address in their last 32 bits: judged by that address. */
const IPV6_EMBEDDING_IPV4: readonly Range[] = [
  v6('::ffff:0:0', 96, 'IPv4-mapped'),
  v6('::', 96, 'IPv4-compatible'),
  v6('64:ff9b::', 96, 'NAT64'),
];

function inRange(address: IpBytes, range: Range): boolean {
  if (address.length !== range.prefix.length) return false;
  for (let bit = 0; bit < range.bits; bit += 8) {
    const take = Math.min(8, range.bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const index = bit / 8;
    if ((address[index] & mask) !== (range.prefix[index] & mask)) return false;
  }
  return true;
}

/**
 * Why an address is not a public one (loopback, private, link-local, CGNAT,
 * multicast, reserved..., IPv4-mapped forms included), or null when it is.
 */
export function nonPublicReason(address: IpBytes): string | null {
  if (address.length === 4) {
    return IPV4_REFUSED.find((range) => inRange(address, range))?.why ?? null;
  }
  const refused = IPV6_REFUSED.find((range) => inRange(address, range));
  if (refused) return refused.why;
  const embedding = IPV6_EMBEDDING_IPV4.find((range) => inRange(address, range));
  if (embedding) {
    const inner = nonPublicReason(address.slice(12));
    return inner ? `${embedding.why} ${inner}` : null;
  }
  return null;
}
