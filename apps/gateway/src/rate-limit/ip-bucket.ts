import { isIPv4, isIPv6 } from 'node:net';

/**
 * What the per-IP limit counts by: an IPv4 address itself, an IPv6 address by
 * its /64 network, since one client (one home or one server) typically holds a
 * whole /64 and could otherwise use a fresh address for every request.
 */
export function ipBucket(ip: string): string {
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return 'unknown';
  const address = withoutZone(ip.toLowerCase());
  if (address.startsWith('::ffff:') && isIPv4(address.slice(7))) return address.slice(7);
  return network64(address);
}

function withoutZone(address: string): string {
  const zone = address.indexOf('%');
  return zone === -1 ? address : address.slice(0, zone);
}

function network64(address: string): string {
  const gap = address.indexOf('::');
  const head = gap === -1 ? address.split(':') : groupsOf(address.slice(0, gap));
  const tail = gap === -1 ? [] : groupsOf(address.slice(gap + 2));
  // An IPv4 suffix (as in 64:ff9b::1.2.3.4) stands for two groups.
  const tailGroups = tail.length + (tail.at(-1)?.includes('.') ? 1 : 0);
  const missing = gap === -1 ? 0 : 8 - head.length - tailGroups;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail].slice(0, 4);
  return groups.map((group) => parseInt(group, 16).toString(16)).join(':') + '::/64';
}

function groupsOf(part: string): string[] {
  return part === '' ? [] : part.split(':');
}
