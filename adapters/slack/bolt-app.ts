import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import { MemoryReplayCache, type ReplayGuard } from '../../src/commands/replay-guard.js';
import { SLACK_EVENTS_PATH } from '../http/server.js';
import { boltLogger } from './bolt-logger.js';
import { SlackRequestGuard } from './request-guard.js';

/**
 * Retries of transient failures (network errors, 5xx) inside the Web API client. Bolt's default is
 * ten retries over about 30 minutes; the scheduler retries a failed post itself, so keep this short.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 5000 };

// A Web API call that hangs is abandoned after this long (the client's default is to wait forever).
const API_TIMEOUT_MS = 15_000;

/** The Bolt app and how it receives: Socket Mode (`socket`), or HTTP requests (`receiver`, checked by `guard`). */
export interface BoltParts {
  app: App;
  socket: SocketModeReceiver | null;
  receiver: HTTPReceiver | null;
  guard: SlackRequestGuard | null;
}

/** Builds the Bolt app for a bot token, in Socket Mode when an app token is given, else HTTP mode. */
export function boltApp(opts: {
  botToken: string;
  appToken?: string | undefined;
  signingSecret?: string | undefined;
  apiUrl?: string | undefined;
  retryConfig?: webApi.RetryOptions | undefined;
  replay?: ReplayGuard | undefined;
  log: Logger;
}): BoltParts {
  const logger = boltLogger(opts.log);
  const api = opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {};
  // Bolt keeps (and changes) this object, so each App gets its own.
  const clientOptions: webApi.WebClientOptions = {
    ...api,
    retryConfig: opts.retryConfig ?? DEFAULT_RETRY,
    timeout: API_TIMEOUT_MS,
    // 429s come back to us as errors so that withRateLimit can bound the wait (the client would
    // otherwise sleep for any Retry-After, pausing every other call too).
    rejectRateLimitedCalls: true,
  };
  // Socket Mode gets a receiver of its own so that its apps.connections.open client keeps the socket
  // library's reconnect-friendly retries instead of ours; it still goes to apiUrl.
  const socket = opts.appToken
    ? new SocketModeReceiver({ appToken: opts.appToken, logger, installerOptions: { clientOptions: { ...api } } })
    : null;
  // HTTP mode: Bolt's receiver is never started; its request listener is mounted on Herald's one
  // HTTP server, behind a guard that also refuses future timestamps and replays.
  const secret = opts.signingSecret ?? '';
  const receiver = socket ? null : new HTTPReceiver({ signingSecret: secret, endpoints: SLACK_EVENTS_PATH, logger });
  const guard = socket ? null : new SlackRequestGuard(secret, opts.replay ?? new MemoryReplayCache());
  const app = new App({
    token: opts.botToken,
    logger,
    clientOptions,
    // Without this, the constructor fires auth.test unawaited and a bad token becomes an unhandled
    // rejection; with it, start() awaits init() and fails with Slack's reason.
    deferInitialization: true,
    convoStore: false,
    receiver: socket ?? (receiver as HTTPReceiver),
  });
  return { app, socket, receiver, guard };
}
