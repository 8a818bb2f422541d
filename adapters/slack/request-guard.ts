import type { IncomingHttpHeaders } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse } from 'node:querystring';
import { firstDelivery, staleRequest } from '../http/signed-requests.js';
import type { ReplayGuard } from '../../src/commands/replay-guard.js';

/** What to do with a request before Bolt sees it. */
export type GuardVerdict =
  | { pass: true }
  | { pass: false; status: 401; reason: string }
  | { pass: false; status: 200; reason: 'replay' };

/**
 * Checks Slack's request signature the way Slack's guide asks and Bolt alone does not: a timestamp
 * in the future is refused like one in the past, and the same signed request delivered twice is
 * answered once (the second gets an empty 200 and runs nothing). Bolt verifies the signature again.
 */
export class SlackRequestGuard {
  constructor(
    private readonly signingSecret: string,
    private readonly replay: ReplayGuard,
    private readonly now: () => number = Date.now,
  ) {}

  async check(headers: IncomingHttpHeaders, body: Buffer): Promise<GuardVerdict> {
    // Slack's SSL check is unsigned; Bolt answers it and strips everything else from the body.
    if (isForm(headers) && parse(body.toString('utf8')).ssl_check === '1') return { pass: true };
    const timestamp = one(headers['x-slack-request-timestamp']);
    const signature = one(headers['x-slack-signature']);
    const stale = staleRequest(timestamp, signature, this.now());
    if (stale || !timestamp || !signature)
      return { pass: false, status: 401, reason: stale ?? 'missing signature headers' };
    if (!this.signed(timestamp, signature, body)) return { pass: false, status: 401, reason: 'signature mismatch' };
    if (!(await firstDelivery(this.replay, 'slack', signature, timestamp)))
      return { pass: false, status: 200, reason: 'replay' };
    return { pass: true };
  }

  // v0=HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body), compared in constant time.
  private signed(timestamp: string, signature: string, body: Buffer): boolean {
    const expected = Buffer.from(
      `v0=${createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
    );
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function one(v: string | string[] | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isForm(headers: IncomingHttpHeaders): boolean {
  return (headers['content-type'] ?? '').split(';')[0]?.trim() === 'application/x-www-form-urlencoded';
}
