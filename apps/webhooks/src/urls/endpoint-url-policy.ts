import { lookup } from 'node:dns/promises';
import { nonPublicReason, parseIp } from './ip-address.js';

/** A resolved address of a host, as `dns.lookup(host, { all: true })` answers. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to (A and AAAA); throws when it resolves to none. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export interface EndpointUrlOptions {
  /** WEBHOOK_ALLOW_PRIVATE_URLS: `http`, and private and loopback addresses, are allowed. */
  allowPrivate: boolean;
  /** How host names are resolved (the system's resolver unless a test says otherwise). */
  resolve?: HostResolver;
}

export type EndpointUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** A URL a delivery may POST to, with the addresses vetted for it: connect to these only. */
export type VettedEndpointUrl =
  { ok: true; url: URL; addresses: ResolvedAddress[] } | { ok: false; reason: string };

/**
 * Whether a webhook endpoint URL may be used: `https` (or `http` when private
 * URLs are allowed), no credentials, and a host that is, or resolves only to,
 * public addresses. At creation and update; a delivery checks again, since
 * DNS may have changed since (see vetEndpointUrl).
 */
export async function checkEndpointUrl(
  url: string,
  options: EndpointUrlOptions,
): Promise<EndpointUrlCheck> {
  const shape = checkShape(url, options.allowPrivate);
  if (!shape.ok) return shape;
  // Allowed private addresses leave nothing for a resolution to refuse.
  if (options.allowPrivate) return shape;
  const vetted = await vetAddresses(shape.url, options);
  return vetted.ok ? { ok: true, url: vetted.url } : vetted;
}

/**
 * The URL's check at delivery time, with the addresses it resolved to: the
 * connection must go to one of them and never resolve the host again, or a
 * DNS answer changed in between could point it at a private address.
 */
export async function vetEndpointUrl(
  url: string,
  options: EndpointUrlOptions,
): Promise<VettedEndpointUrl> {
  const shape = checkShape(url, options.allowPrivate);
  if (!shape.ok) return shape;
  return vetAddresses(shape.url, options);
}

function checkShape(text: string, allowPrivate: boolean): EndpointUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    return {
      ok: false,
      reason: allowPrivate ? 'the URL must use http or https' : 'the URL must use https',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'the URL must not contain credentials' };
  }
  if (url.hostname === '') return { ok: false, reason: 'the URL has no host' };
  return { ok: true, url };
}

async function vetAddresses(url: URL, options: EndpointUrlOptions): Promise<VettedEndpointUrl> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = parseIp(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal.length === 4 ? 4 : 6 }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch {
      return { ok: false, reason: `the host ${host} does not resolve` };
    }
    if (addresses.length === 0) return { ok: false, reason: `the host ${host} does not resolve` };
  }
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const bytes = parseIp(address);
      const why = bytes ? nonPublicReason(bytes) : 'not an IP address';
      if (why) {
        return {
          ok: false,
          reason: literal
            ? `the address ${host} is not public (${why})`
            : `the host ${host} resolves to ${address}, which is not public (${why})`,
        };
      }
    }
  }
  return { ok: true, url, addresses };
}
