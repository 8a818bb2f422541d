import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { SourceError } from '../errors.js';

const LOOKUP_TIMEOUT_MS = 5000;

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (the system resolver by default; tests inject their own). */
export type HostLookup = (host: string) => Promise<ResolvedAddress[]>;

// IPv4 ranges a chat user must not be able to make the bot read: "this network", private networks,
// carrier-grade NAT, loopback, link-local (cloud metadata at 169.254.169.254), IETF and documentation
// ranges, the 6to4 relay, benchmarking, multicast and reserved (224.0.0.0/3, broadcast included).
const V4_BLOCKED: Array<[number, number]> = [
  [0x00000000, 8],
  [0x0a000000, 8],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0xac100000, 12],
  [0xc0000000, 24],
  [0xc0000200, 24],
  [0xc0586300, 24],
  [0xc0a80000, 16],
  [0xc6120000, 15],
  [0xc6336400, 24],
  [0xcb007100, 24],
  [0xe0000000, 3],
];

/**
 * Whether an IP address is loopback, private, link-local or otherwise not on the public internet.
 * IPv6 is read in any spelling (compressed or not, hex or dotted tail, brackets, zone), and the IPv4
 * address carried inside IPv4-mapped, IPv4-compatible, SIIT, NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
 * addresses is checked as IPv4. Anything that is not an IP address counts as private.
 */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return isPrivateV4(bare.split('.').reduce((acc, part) => acc * 256 + Number(part), 0));
  if (family === 6) return isPrivateV6(ipv6Words(bare));
  return true;
}

function isPrivateV4(n: number): boolean {
  return V4_BLOCKED.some(([net, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(net / 2 ** (32 - bits)));
}

function isPrivateV6(w: number[]): boolean {
  const v4 = (hi: number, lo: number): boolean => isPrivateV4(((w[hi] ?? 0) * 0x10000 + (w[lo] ?? 0)) >>> 0);
  const zero = (from: number, to: number): boolean => w.slice(from, to).every((x) => x === 0);
  // ::a.b.c.d (compatible; :: and ::1 land in 0.0.0.0/8), ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (SIIT).
  if (zero(0, 5) && (w[5] === 0 || w[5] === 0xffff)) return v4(6, 7);
  if (zero(0, 4) && w[4] === 0xffff && w[5] === 0) return v4(6, 7);
  if (w[0] === 0x64 && w[1] === 0xff9b) return zero(2, 6) ? v4(6, 7) : true; // NAT64; 64:ff9b:1::/48 is local use
  if (w[0] === 0x2002) return v4(1, 2); // 6to4
  const first = w[0] ?? 0;
  // Outside global unicast (2000::/3): unspecified, ULA fc00::/7, link-local, site-local, multicast, 100::/64 …
  if (first < 0x2000 || first > 0x3fff) return true;
  if (first === 0x2001 && (w[1] === 0 || w[1] === 0xdb8)) return true; // Teredo, documentation
  return first === 0x3fff && (w[1] ?? 0) < 0x1000; // documentation 3fff::/20
}

/** The eight 16-bit words of a valid IPv6 address. */
function ipv6Words(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const words = (s: string): number[] => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  const before = words(head);
  const after = tail === undefined ? [] : words(tail);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/** The system resolver: every address, in the order the system gives them, within 5 s. */
export const systemLookup: HostLookup = async (host) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SourceError('timeout', `${host}: no DNS answer within ${LOOKUP_TIMEOUT_MS / 1000} s`)),
      LOOKUP_TIMEOUT_MS,
    );
  });
  try {
    const found = await Promise.race([dnsLookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError('network', `${host}: cannot resolve the host name`);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * The addresses to connect to for `url`: the IP itself, or every address its host name resolves to.
 * Unless `allowPrivate`, every one of them must be public (else SourceError 'private-address'): the
 * caller connects only to these, so a second DNS answer can never send it elsewhere.
 */
export async function resolveChecked(
  url: URL,
  allowPrivate: boolean,
  lookup: HostLookup = systemLookup,
): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses: ResolvedAddress[] = family === 4 || family === 6 ? [{ address: host, family }] : await lookup(host);
  if (addresses.length === 0)
    throw new SourceError(allowPrivate ? 'network' : 'private-address', `${host}: the host name has no address`);
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new SourceError(
      'private-address',
      `${host} is a private or local address; Herald reads only public sites (HERALD_SOURCES_ALLOW_PRIVATE=on allows it)`,
    );
  }
  return addresses;
}

/** Refuses a URL whose host is or resolves to a non-public address (the check of /sources add). */
export async function assertPublicHost(url: URL, lookup: HostLookup = systemLookup): Promise<void> {
  await resolveChecked(url, false, lookup);
}
