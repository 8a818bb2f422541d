import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { SourceError } from './types.js';

const LOOKUP_TIMEOUT_MS = 5000;

// IPv4 ranges a chat user must not be able to make the bot read: loopback, private networks, link-local
// (cloud metadata at 169.254.169.254), carrier-grade NAT, "this network", multicast and reserved.
const V4_BLOCKED: Array<[number, number]> = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12],
  [0xc0000000, 24], [0xc0a80000, 16], [0xc6120000, 15], [0xe0000000, 3],
];

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) {
    const n = ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
    return V4_BLOCKED.some(([net, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(net / 2 ** (32 - bits)));
  }
  if (family === 6) {
    const a = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped) return isPrivateAddress(mapped[1] ?? '');
    return a === '::' || a === '::1' || /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || /^ff/.test(a);
  }
  return true;
}

/**
 * Refuses a URL whose host is or resolves to a non-public address. Checked for every redirect hop.
 * (A host that resolves differently a moment later can still slip through; this stops the plain case.)
 */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SourceError('timeout', `${host}: no DNS answer within ${LOOKUP_TIMEOUT_MS / 1000} s`)), LOOKUP_TIMEOUT_MS);
    });
    try {
      addresses = (await Promise.race([lookup(host, { all: true }), timeout])).map((a) => a.address);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError('network', `${host}: cannot resolve the host name`);
    } finally {
      clearTimeout(timer);
    }
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new SourceError('private-address', `${host} is a private or local address; Herald only reads public sites from chat`);
  }
}
