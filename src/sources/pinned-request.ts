import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import {
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  type Inflate,
  type InflateRaw,
} from 'node:zlib';
import type { ResolvedAddress } from './address.js';

/**
 * One GET of `url` that connects only to `addresses` (resolved and checked by the caller): the socket's
 * host lookup answers from them, so no second DNS query can send the request somewhere else. A fresh
 * connection each time (no pooled socket from an earlier check). Resolves with the response head.
 */
export function pinnedGet(
  url: URL,
  addresses: ResolvedAddress[],
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const lookup: LookupFunction = (_host, opts, callback) => {
    const usable = addresses.filter((a) => !opts.family || a.family === opts.family);
    const first = usable[0];
    if (!first)
      callback(Object.assign(new Error(`no IPv${String(opts.family)} address`), { code: 'ENOTFOUND' }), '', 0);
    else if (opts.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, signal, lookup, agent: false }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The body's bytes, decompressed (gzip, deflate, br), or null as soon as more than `max` arrived. */
export async function readBodyCapped(res: IncomingMessage, max: number, signal: AbortSignal): Promise<Buffer | null> {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? new EitherDeflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  // pipeline passes an abort or a reset of the response on to the decoder, so the loop below ends.
  const stream: Readable = decoder ? pipeline(res, decoder, () => {}) : res;
  const stop = (): void => void stream.destroy(new Error('aborted'));
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > max) return null;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } finally {
    signal.removeEventListener('abort', stop);
    res.destroy();
    decoder?.destroy();
  }
}

/**
 * "deflate" as servers send it: the zlib format the standard names, or (older IIS and PHP set-ups) bare
 * deflate data, which browsers also read. A zlib stream's first byte names method 8 in its low four
 * bits; bare deflate's almost never does (as undici tells them apart). Without this a feed sent bare
 * failed with zlib's "incorrect header check".
 */
class EitherDeflate extends Transform {
  private inner: Inflate | InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const inner = ((chunk[0] ?? 0) & 0x0f) === 8 ? createInflate() : createInflateRaw();
      inner.on('data', (data: Buffer) => this.push(data));
      inner.on('error', (err) => this.destroy(err));
      this.inner = inner;
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) {
      done();
      return;
    }
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }
}
