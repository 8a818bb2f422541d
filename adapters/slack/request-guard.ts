import type { IncomingHttpHeaders } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse } from 'node:querystring';
import type { ReplayGuard } from '../http/replay-cache.js';

/** Slack's guidance: refuse a request whose timestamp differs from our clock by more than 5 minutes, either way. */
export const SLACK_WINDOW_SECONDS = 5 * 60;

/** What to do with a request before Bolt sees it. */
export type GuardVerdict = { pass: true } | { pass: false; status: 401; reason: string } | { pass: false; status: 200; reason: 'replay' };

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
    if (!timestamp || !signature) return { pass: false, status: 401, reason: 'missing signature headers' };
    if (!/^\d{1,12}$/.test(timestamp)) return { pass: false, status: 401, reason: 'malformed timestamp' };
    const skew = this.now() / 1000 - Number(timestamp);
    if (Math.abs(skew) > SLACK_WINDOW_SECONDS) {
      return { pass: false, status: 401, reason: skew < 0 ? 'timestamp more than 5 minutes in the future' : 'timestamp more than 5 minutes old' };
    }
    if (!this.signed(timestamp, signature, body)) return { pass: false, status: 401, reason: 'signature mismatch' };
    const expires = (Number(timestamp) + SLACK_WINDOW_SECONDS + 1) * 1000;
    if (!(await this.replay.firstSeen(`slack:${signature}`, expires))) return { pass: false, status: 200, reason: 'replay' };
    return { pass: true };
  }

  // v0=HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body), compared in constant time.
  private signed(timestamp: string, signature: string, body: Buffer): boolean {
    const expected = Buffer.from(`v0=${createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
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
