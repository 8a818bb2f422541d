import type { IncomingMessage } from 'node:http';
import { resolveChecked } from './address.js';
import { decodeBody } from '../article/decode.js';
import { pinnedGet, readBodyCapped } from './pinned-request.js';
import type { FetchLimits } from './types.js';
import { SourceError } from '../errors.js';

/** Validators from the last fetch, sent back so an unchanged feed costs a 304 and no parsing. */
export interface Conditional {
  etag: string | null;
  lastModified: string | null;
}

/** A 304 (nothing changed since the validators), or a 200 with the decoded body and new validators. */
export type FetchResult =
  | { status: 304; finalUrl: string }
  | {
      status: 200;
      finalUrl: string;
      contentType: string;
      body: string;
      etag: string | null;
      lastModified: string | null;
    };

// Types that are never a feed or an article page: refused before their body is read. Not
// application/octet-stream: it only says the server has no type for the file (a .rss on S3 or a bare
// nginx), so the body decides, as for text/plain.
const BINARY = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|gzip|x-|vnd\.|msword|wasm)/;

// What a person can do about the answers that are not Herald's fault to retry.
const HINTS: Record<number, string> = {
  401: ': the site wants a login; Herald reads only public feeds and pages',
  403: ': the site refuses Herald (often bot protection, or a region or subscriber block); try the site’s RSS feed instead',
  404: ': nothing at this URL; check it, or find the feed linked from the site',
  410: ': the site has removed this URL for good',
};

/**
 * GET with the limits every source read needs: a deadline for the whole exchange, a byte cap (the body
 * is streamed and the request aborted past it), redirects followed by hand so they can be counted and
 * each hop checked, conditional headers, and a User-Agent naming Herald. Each hop's host is resolved
 * once, every address checked (unless private ones are allowed, or it is the trusted URL), and the
 * connection made to those addresses only. Throws SourceError.
 */
export async function fetchLimited(
  url: string,
  limits: FetchLimits,
  cond: Conditional = { etag: null, lastModified: null },
): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([deadline, limits.signal]) : deadline;
  const seen = new Set<string>();
  let current = parseHttpUrl(url);
  const trusted = limits.trustedUrl === null ? null : parseHttpUrl(limits.trustedUrl).href;
  try {
    for (let hop = 0; ; hop++) {
      if (seen.has(current.href))
        throw new SourceError('redirect-loop', `redirect loop: ${current.href} redirects back to itself`);
      seen.add(current.href);
      // Resolved once and checked; the request connects to exactly these addresses.
      const addresses = await abortable(
        resolveChecked(current, limits.allowPrivate || current.href === trusted, limits.lookup),
        signal,
      );
      const headers: Record<string, string> = {
        'user-agent': limits.userAgent,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (cond.etag) headers['if-none-match'] = cond.etag;
      if (cond.lastModified) headers['if-modified-since'] = cond.lastModified;
      const res = await pinnedGet(current, addresses, headers, signal);
      const status = res.statusCode ?? 0;
      const header = (name: string): string | null => {
        const v = res.headers[name];
        return typeof v === 'string' ? v : null;
      };
      if (status >= 300 && status < 400 && status !== 304) {
        res.destroy();
        const location = header('location');
        if (!location) throw new SourceError('http', `HTTP ${status} without a Location header`);
        if (hop >= limits.maxRedirects)
          throw new SourceError(
            'redirects',
            `more than ${limits.maxRedirects} redirects (last to ${location.slice(0, 200)})`,
          );
        current = parseHttpUrl(location, current);
        continue;
      }
      if (status === 304) {
        res.destroy();
        return { status: 304, finalUrl: current.href };
      }
      if (status < 200 || status > 299) {
        res.destroy();
        const retry = status === 429 || status === 503 ? retryAfter(header('retry-after')) : null;
        throw new SourceError(
          status === 404 || status === 410 ? 'not-found' : 'http',
          `HTTP ${status}${res.statusMessage ? ` ${reason(res.statusMessage)}` : ''}${HINTS[status] ?? ''}`,
          retry,
        );
      }
      const contentType = (header('content-type') ?? '').toLowerCase();
      if (BINARY.test(contentType)) {
        res.destroy();
        throw new SourceError('content-type', `not a feed or a web page (content type ${contentType.split(';')[0]})`);
      }
      const bytes = await readCapped(res, limits.maxBytes, signal);
      return {
        status: 200,
        finalUrl: current.href,
        contentType,
        body: decodeBody(bytes, contentType),
        etag: header('etag'),
        lastModified: header('last-modified'),
      };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (deadline.aborted) throw new SourceError('timeout', `no complete answer within ${limits.timeoutMs / 1000} s`);
    if (limits.signal?.aborted) throw new SourceError('timeout', 'stopped: Herald is shutting down');
    const cause =
      err instanceof Error && err.cause instanceof Error
        ? err.cause.message
        : err instanceof Error
          ? err.message
          : String(err);
    throw new SourceError('network', `cannot fetch ${current.host}: ${cause}`);
  }
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** An absolute http(s) URL, resolved against `base` for a redirect. Throws SourceError for anything else. */
export function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    throw new SourceError('bad-url', `"${raw.slice(0, 200)}" is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new SourceError('bad-url', `${u.protocol} URLs are not fetched (only http and https)`);
  if (u.username || u.password) throw new SourceError('bad-url', 'URLs with a user name or password are not fetched');
  return u;
}

async function readCapped(res: IncomingMessage, max: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    res.destroy();
    throw tooLarge(max);
  }
  const bytes = await readBodyCapped(res, max, signal);
  if (!bytes) throw tooLarge(max);
  return bytes;
}

/** `p`, or a rejection as soon as `signal` aborts (a DNS answer does not outlive the deadline). */
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

const tooLarge = (max: number): SourceError =>
  new SourceError(
    'too-large',
    `response larger than ${max >= 1e6 ? `${(max / 1e6).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.round(max / 1e3)} KB`}`,
  );

function retryAfter(v: string | null): number | null {
  if (!v) return null;
  const secs = /^\d+$/.test(v.trim()) ? Number(v) : (Date.parse(v) - Date.now()) / 1000;
  return Number.isFinite(secs) && secs > 0 ? Math.min(secs, 7 * 86_400) : null;
}

// A status line's reason as /sources list and the logs show it: a server may send kilobytes of it.
function reason(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80).trimEnd()}…` : text;
}
