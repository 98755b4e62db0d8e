import { isIP } from 'node:net';
import { z } from 'zod';

/** How far an app believes X-Forwarded-For. */
export type TrustProxy = boolean | number | string[];

/**
 * As Fastify's `trustProxy` takes it. Fastify reads a bare number as "trust
 * nothing" (it cannot check the peer), so a hop count is given as a function:
 * the peer and the hops behind it up to the count are the proxies.
 */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

// proxy-addr's names for whole ranges: 127.0.0.0/8 and ::1, 169.254.0.0/16 and fe80::/10,
// the private ranges (10/8, 172.16/12, 192.168/16, fc00::/7).
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry) || isIP(entry) !== 0) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(address);
  return family !== 0 && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (the default: the peer is the client), the proxies'
 * addresses and CIDR ranges (`10.0.0.0/8, 192.168.1.7`, `loopback`: the
 * nearest address outside them is the client's), or a number of proxy hops
 * in front of the app (`1` behind one load balancer: the address it added is
 * the client's, whatever the client wrote before it; only when nothing can
 * reach the app but through those proxies, since the nearest peer is believed
 * whoever it is). `true` believes every address in X-Forwarded-For, so any
 * client can choose its own IP: only for a proxy that replaces the header.
 */
export function trustProxySetting() {
  return z
    .string()
    .trim()
    .default('false')
    .transform((value, context): TrustProxy => {
      if (value === 'false' || value === '') return false;
      if (value === 'true') return true;
      if (/^\d+$/.test(value)) {
        const hops = Number(value);
        if (hops >= 1 && hops <= MAX_HOPS) return hops;
      } else {
        const entries = value.split(',').map((entry) => entry.trim());
        const wrong = entries.find((entry) => !isAddressOrRange(entry));
        if (wrong === undefined) return entries;
        context.addIssue({
          code: 'custom',
          message: `"${wrong}" is not an IP address, a CIDR range (10.0.0.0/8) or loopback, linklocal, uniquelocal`,
        });
        return z.NEVER;
      }
      context.addIssue({
        code: 'custom',
        message: `must be false, true, a number of proxy hops from 1 to ${MAX_HOPS}, or the proxies' addresses and CIDR ranges, comma-separated`,
      });
      return z.NEVER;
    });
}
