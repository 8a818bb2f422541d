import type { IncomingMessage, ServerResponse } from 'node:http';
import { setMaxListeners } from 'node:events';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import {
  pauseNoticeText,
  type PauseNotice,
  type Poster,
  type PostOptions,
  type PostResult,
} from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import type { CommandBus } from '../../src/commands/bus.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Logger } from '../../src/log.js';
import { noopMetrics, type Metrics } from '../../src/metrics.js';
import {
  SLACK_EVENTS_PATH,
  startHttp,
  text,
  type HttpEndpoint,
  type HttpHandler,
  type HttpServer,
} from '../http/server.js';
import { MemoryReplayCache, type ReplayGuard } from '../../src/commands/replay-guard.js';
import { SlackAdmins, ADMIN_CACHE_MS } from './admins.js';
import { boltLogger } from './bolt-logger.js';
import { registerCommand } from './commands.js';
import { describeError, platformError, retryAfterSeconds, unreached } from './slack-errors.js';
import { DEFAULT_RATE_LIMIT, withRateLimit, type RateLimitPolicy } from '../../src/chat/retry-after.js';
import { escapeText, renderReply, type SlackMessage } from './render.js';
import { deliveryMetadata, findDelivery } from './delivery-metadata.js';
import { postAll } from '../../src/chat/post-all.js';
import { settlesWithin } from '../../src/time/settles-within.js';
import { SlackRequestGuard } from './request-guard.js';
import { LearnedBudget } from '../../src/chat/learned-budget.js';
import { ChannelUnavailableError, PlatformStartError } from '../../src/errors.js';

/** Where Slack sends HTTP-mode requests; the Request URL of the slash command is https://HOST/slack/events. */
export const EVENTS_PATH = SLACK_EVENTS_PATH;

// Slack answers that mean "a person must fix this channel first"; the core pauses the subscription.
const UNAVAILABLE: Record<string, string> = {
  not_in_channel: 'not_in_channel: the Herald app is not a member of the channel (invite it with /invite @Herald)',
  channel_not_found: 'channel_not_found: the channel was deleted, or is private and the app was never added',
  is_archived: 'is_archived: the channel is archived',
};

// A DM between people: no app can post in it.
const NOT_OWN_DM =
  'Herald cannot post in a direct message between people: subscribe a channel, or Herald’s own DM (Apps → Herald → Messages).';

/**
 * Retries of transient failures (network errors, 5xx) inside the Web API client. Bolt's default is
 * ten retries over about 30 minutes; the scheduler retries a failed post itself, so keep this short.
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 5000 };

// A Web API call that hangs is abandoned after this long (the client's default is to wait forever).
const API_TIMEOUT_MS = 15_000;

export interface SlackAdapterOptions {
  /** Bot token (xoxb-…). */
  botToken: string;
  /** HTTP mode: requests are verified with it. Not needed in Socket Mode. */
  signingSecret?: string | undefined;
  /** App-level token (xapp-…) with connections:write: turns on Socket Mode. */
  appToken?: string | undefined;
  /** Web API base URL, e.g. http://127.0.0.1:PORT/api/ for a local fake or a proxy. Socket Mode's apps.connections.open uses it too. */
  apiUrl?: string | undefined;
  /**
   * HTTP mode without a shared server: start() then listens on this port itself (0 picks a free one;
   * see `port`). Leave it out when the adapter is passed to startHttp(), which serves `httpHandler`.
   */
  port?: number | undefined;
  /** The listen address with `port`; all interfaces when not given. */
  host?: string | undefined;
  /** The slash command, e.g. /herald. */
  command: string;
  /** User ids allowed to subscribe and unsubscribe besides workspace admins and owners (HERALD_ADMINS). */
  admins: readonly string[];
  log: Logger;
  /** Web API retries of transient errors; tests pass a small one. */
  retryConfig?: webApi.RetryOptions | undefined;
  /** How 429s are waited out. */
  rateLimit?: RateLimitPolicy | undefined;
  adminCacheMs?: number | undefined;
  /** Where command latency and 429s are counted. */
  metrics?: Metrics | undefined;
  /** Remembers signed requests already answered (default: in memory, this process only). */
  replay?: ReplayGuard | undefined;
}

/**
 * Herald on Slack, with Bolt: `/herald` commands in HTTP mode (Slack calls EVENTS_PATH, requests are
 * verified by their signature) or in Socket Mode (the bot dials out; no public URL), and scheduled
 * digests posted with chat.postMessage.
 */
export class SlackAdapter implements Poster, CommandReceiver, HttpEndpoint {
  readonly platform = 'slack';
  /** Herald's commands are subcommands of one slash command here. */
  get commandPrefix(): string {
    return `${this.opts.command} `;
  }
  readonly mode: 'socket' | 'http';
  /** Slack's HTTP-mode requests (mount at /slack/events); null in Socket Mode. */
  readonly httpHandler: HttpHandler | null;
  private readonly app: App;
  private readonly socket: SocketModeReceiver | null;
  private readonly receiver: HTTPReceiver | null;
  private readonly guard: SlackRequestGuard | null;
  private readonly stopping = new AbortController();
  private readonly policy: RateLimitPolicy;
  private readonly metrics: Metrics;
  // chat.postMessage per workspace: Slack publishes no figure, so the pace is learned from its 429s.
  private readonly posts = new LearnedBudget((err) => retryAfterSeconds(err) !== null);
  private server: HttpServer | null = null;
  private started = false;
  private registered = false;

  constructor(private readonly opts: SlackAdapterOptions) {
    if (!opts.appToken && !opts.signingSecret) {
      throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
    }
    this.mode = opts.appToken ? 'socket' : 'http';
    // Every post waiting out a 429 listens on this signal; a fan-out has hundreds at once.
    setMaxListeners(0, this.stopping.signal);
    this.policy = opts.rateLimit ?? DEFAULT_RATE_LIMIT;
    this.metrics = opts.metrics ?? noopMetrics;
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
    this.socket = opts.appToken
      ? new SocketModeReceiver({ appToken: opts.appToken, logger, installerOptions: { clientOptions: { ...api } } })
      : null;
    // HTTP mode: Bolt's receiver is never started; its request listener is mounted on Herald's one
    // HTTP server, behind a guard that also refuses future timestamps and replays.
    const secret = opts.signingSecret ?? '';
    this.receiver = this.socket ? null : new HTTPReceiver({ signingSecret: secret, endpoints: EVENTS_PATH, logger });
    this.guard = this.socket ? null : new SlackRequestGuard(secret, opts.replay ?? new MemoryReplayCache());
    this.httpHandler = this.receiver ? (req, res, body) => this.handleHttp(req, res, body) : null;
    this.app = new App({
      token: opts.botToken,
      logger,
      clientOptions,
      // Without this, the constructor fires auth.test unawaited and a bad token becomes an unhandled
      // rejection; with it, start() awaits init() and fails with Slack's reason.
      deferInitialization: true,
      convoStore: false,
      receiver: this.socket ?? (this.receiver as HTTPReceiver),
    });
  }

  /** The port of the adapter's own server (with the `port` option), or null. */
  get port(): number | null {
    return this.server?.port ?? null;
  }

  /** Why commands cannot be answered now (for /readyz); empty when they can. */
  readinessProblems(): string[] {
    return this.started ? [] : ['slack: not started'];
  }

  async start(bus: CommandBus): Promise<void> {
    if (this.started) return;
    const { log, command } = this.opts;
    const admins = new SlackAdmins(
      (user) => this.call(() => this.app.client.users.info({ user })),
      this.opts.admins,
      log,
      this.opts.adminCacheMs ?? ADMIN_CACHE_MS,
    );
    // Once only: a start() retried after a failed one must not answer each command twice.
    if (!this.registered) {
      this.registered = true;
      registerCommand(this.app, {
        bus,
        command,
        admins,
        log,
        metrics: this.metrics,
        postOverflow: (channel, m, user) => this.postOverflow(channel, m, user),
        cannotPost: (channel, user) => this.cannotPost(channel, user),
      });
      this.app.error(async (err) => {
        log.error('slack: unhandled error in Bolt', {
          error: describeError(err),
          code: (err as { code?: unknown }).code,
        });
      });
    }
    const where = this.opts.apiUrl ? ` at SLACK_API_URL ${this.opts.apiUrl}` : '';
    // auth.test: a wrong token or API URL fails here, with Slack's reason, rather than at the first command.
    await this.call(() => this.app.init()).catch((err: unknown) => {
      // A request that never got Slack's answer says nothing about the token.
      if (unreached(err))
        throw new PlatformStartError(
          'unreachable',
          `Slack could not be reached (${describeError(err)}${where}): check the network or proxy${this.opts.apiUrl ? ', and SLACK_API_URL' : ''}`,
          { cause: err },
        );
      const check = this.opts.apiUrl
        ? 'SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-…) and SLACK_API_URL'
        : 'SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-…)';
      throw new PlatformStartError(
        'refused',
        `Slack auth.test failed (${describeError(err)}${where}): check ${check}`,
        {
          cause: err,
        },
      );
    });
    if (this.socket) {
      await this.app.start().catch((err: unknown) => {
        throw new PlatformStartError(
          unreached(err) ? 'unreachable' : 'refused',
          `Slack Socket Mode did not connect (${describeError(err)}${where}): check SLACK_APP_TOKEN (an app-level token with connections:write) and that Socket Mode is on`,
          { cause: err },
        );
      });
    } else if (this.opts.port !== undefined) {
      this.server = await startHttp({ port: this.opts.port, host: this.opts.host, log, slack: this });
    }
    this.started = true;
    log.info('slack adapter started', {
      mode: this.mode,
      command,
      ...(this.mode === 'http' ? { path: EVENTS_PATH, ...(this.server ? { port: this.port } : {}) } : {}),
    });
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (!this.started) return;
    this.started = false;
    if (this.socket) {
      // The receiver's stop() returns before the socket has closed; wait (briefly) for the close handshake.
      const closed = new Promise<void>((resolve) => this.socket?.client.once('disconnected', () => resolve()));
      await this.app.stop();
      await settlesWithin(closed, 3000);
    } else {
      await this.server?.close();
      this.server = null;
    }
  }

  // A request is checked (signature, 5-minute window both ways, replay) before Bolt dispatches it.
  private async handleHttp(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    if (!this.started || !this.receiver || !this.guard) return text(res, 503, 'not ready\n');
    const verdict = await this.guard.check(req.headers, body);
    if (!verdict.pass) {
      this.opts.log.warn(verdict.status === 200 ? 'slack request replayed; ignored' : 'slack request refused', {
        reason: verdict.reason,
      });
      res.writeHead(verdict.status).end();
      return;
    }
    // Bolt reads the body from rawBody when it is there, instead of the (already read) stream.
    Object.assign(req, { rawBody: body });
    this.receiver.requestListener(req, res);
  }

  /**
   * Posts a reply with chat.postMessage: Block Kit plus a plain-text fallback, links not unfurled.
   * chat.postMessage has no idempotency key, so each message carries the delivery's key and its part
   * number in its metadata: a retry posts only the parts not yet accepted, and after a crash
   * findPosted() reads them back from the channel.
   */
  async post(channelId: string, reply: Reply, key: string, options: PostOptions = {}): Promise<PostResult> {
    const send = async (m: SlackMessage, n: number): Promise<string | null> =>
      (await this.postMessage({ channel: channelId, ...message(m), metadata: deliveryMetadata(key, n) })).ts ?? null;
    return postAll(renderReply(reply), options, send, (err) => {
      const code = platformError(err);
      return code && code in UNAVAILABLE ? new ChannelUnavailableError(UNAVAILABLE[code] ?? code) : null;
    });
  }

  /** The parts of a delivery the channel already has, read from its history (needs channels:history). */
  async findPosted(
    channelId: string,
    key: string,
    since: string,
  ): Promise<{ parts: number; messageId: string | null }> {
    try {
      return await findDelivery(
        (args) => this.call(() => this.app.client.conversations.history(args)),
        channelId,
        key,
        since,
      );
    } catch (err) {
      this.opts.log.warn('slack: could not look for an interrupted post in the channel; posting it again', {
        channel: channelId,
        error: describeError(err),
      });
      return { parts: 0, messageId: null };
    }
  }

  /** DMs the user who subscribed (needs im:write). Best effort: failures are logged, never thrown. */
  async notify(userId: string, notice: PauseNotice): Promise<void> {
    try {
      const im = await this.call(() => this.app.client.conversations.open({ users: userId }));
      const channel = im.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel');
      const body = pauseNoticeText(
        { ...notice, reason: escapeText(notice.reason), resume: escapeText(notice.resume) },
        `<#${notice.channelId}>`,
      );
      await this.postMessage({ channel, text: body, unfurl_links: false, unfurl_media: false });
    } catch (err) {
      this.opts.log.warn('slack: could not DM the subscriber', { user: userId, error: describeError(err) });
    }
  }

  // The app's access to a channel, read with the history scopes it already has: where it cannot read,
  // it cannot post either (chat.postMessage answers the same not_in_channel / channel_not_found).
  // A DM needs no im:history: the app can post only in its own DM with the user, which
  // conversations.open (im:write) names. Anything else (Slack unreachable) says nothing: the first post will tell.
  private async cannotPost(channel: string, user: string): Promise<string | null> {
    try {
      if (channel.startsWith('D')) {
        const own = await this.call(() => this.app.client.conversations.open({ users: user }));
        return own.channel?.id === channel ? null : NOT_OWN_DM;
      }
      await this.call(() => this.app.client.conversations.history({ channel, limit: 1 }));
      return null;
    } catch (err) {
      const code = platformError(err);
      if (code === 'not_in_channel') return 'Herald is not a member of this channel: invite it with /invite @Herald.';
      if (code === 'channel_not_found')
        return 'Herald cannot see this channel (private, or a direct message it is not part of): add the app in the channel’s details (Integrations → Add apps).';
      return null;
    }
  }

  private async postOverflow(channel: string, m: SlackMessage, user: string | null): Promise<void> {
    if (user) await this.call(() => this.app.client.chat.postEphemeral({ channel, user, ...message(m) }));
    else await this.postMessage({ channel, ...message(m) });
  }

  // Every chat.postMessage goes through the workspace's learned budget, each retry too.
  private postMessage(args: webApi.ChatPostMessageArguments): Promise<webApi.ChatPostMessageResponse> {
    return this.call(() => this.posts.run(args.channel, () => this.app.client.chat.postMessage(args)));
  }

  private call<T>(fn: () => Promise<T>): Promise<T> {
    const counted = async (): Promise<T> => {
      try {
        return await fn();
      } catch (err) {
        if (retryAfterSeconds(err) !== null) this.metrics.rateLimited('slack');
        throw err;
      }
    };
    return withRateLimit(counted, retryAfterSeconds, this.policy, this.stopping.signal, (ms, attempt) =>
      this.opts.log.warn('slack: rate limited; waiting as asked', { waitMs: ms, attempt }),
    );
  }
}

function message(m: SlackMessage): {
  text: string;
  blocks: SlackMessage['blocks'];
  unfurl_links: false;
  unfurl_media: false;
} {
  return { text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false };
}
