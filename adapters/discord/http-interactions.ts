import type { IncomingMessage } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../../src/log.js';
import { json, text, type HttpHandler } from '../http/server.js';
import { firstDelivery } from '../http/signed-requests.js';
import type { ReplayGuard } from '../../src/commands/replay-guard.js';
import { type CommandAnswerer, firstResponse } from './answer.js';
import { parseInteraction } from './interaction-payload.js';
import { signatureProblem } from './verify.js';

export interface InteractionsEndpointOptions {
  publicKey: KeyObject;
  /** The answerer once the adapter has started; null before (the endpoint answers 503). */
  answerer: () => CommandAnswerer | null;
  replay: ReplayGuard;
  log: Logger;
  /** Keeps the command work that goes on after the HTTP answer, so that stop() can wait for it. */
  track: (work: Promise<void>) => void;
  now?: () => number;
}

/**
 * Discord's Interactions Endpoint URL: every request is checked against the application's Ed25519
 * public key first (bad, missing or older than 5 minutes → 401, nothing done); PING is answered
 * with PONG; a command is answered with its deferral in the HTTP response, then run and answered
 * over REST exactly as on the gateway; autocomplete gets its choices in the response.
 */
export function interactionsEndpoint(o: InteractionsEndpointOptions): HttpHandler {
  const now = o.now ?? Date.now;
  return async (req, res, body) => {
    const signature = header(req, 'x-signature-ed25519');
    const timestamp = header(req, 'x-signature-timestamp');
    const refused = signatureProblem(o.publicKey, signature, timestamp, body, now());
    if (refused) {
      o.log.warn('discord interaction refused', { reason: refused });
      return text(res, 401, 'invalid request signature\n');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      o.log.warn('discord interaction refused', { reason: 'body is not JSON' });
      return text(res, 400, 'malformed interaction\n');
    }
    const parsed = parseInteraction(raw);
    if (parsed.kind === 'invalid') {
      o.log.warn('discord interaction refused', { reason: parsed.problem });
      return text(res, 400, 'malformed interaction\n');
    }
    if (parsed.kind === 'ping') return json(res, 200, { type: 1 });
    if (parsed.kind === 'unsupported') {
      o.log.warn('discord interaction refused', { reason: `interaction type ${parsed.type} is not used by Herald` });
      return text(res, 400, 'unsupported interaction type\n');
    }
    const answerer = o.answerer();
    if (!answerer) return text(res, 503, 'not ready\n');
    // The same signed request again (a replay) is not run twice.
    if (!(await firstDelivery(o.replay, 'discord', signature ?? '', timestamp ?? ''))) {
      o.log.warn('discord interaction replayed; ignored', { interaction: parsed.call.id });
      return text(res, 409, 'interaction already received\n');
    }
    // The first answer is the HTTP response itself: a deferral (5), a private reply (4) or choices (8).
    const first = firstResponse(async (reply) => {
      if (res.headersSent) throw new Error('the interaction was already answered');
      json(res, 200, reply);
    });
    const work = answerer
      .interaction(parsed, first)
      // Never expected: Discord then shows "interaction failed" instead of waiting out its deadline.
      .finally(() => !first.sent && !res.headersSent && text(res, 500, 'internal error\n'))
      .catch((err: unknown) => o.log.error('discord interaction handler failed', { err }));
    o.track(work);
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}
