import type { IncomingMessage, ServerResponse } from 'node:http';
import { setMaxListeners } from 'node:events';
import type { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
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
import { noopMetrics, type Metrics } from '../../src/metrics.js';
import {
  SLACK_EVENTS_PATH,
  startHttp,
  text,
  type HttpEndpoint,
  type HttpHandler,
  type HttpServer,
} from '../http/server.js';
import { SlackAdmins, ADMIN_CACHE_MS } from './admins.js';
import { boltApp } from './bolt-app.js';
import { cannotPost } from './channel-access.js';
import { registerCommand } from './commands.js';
import { describeError, initError, postError, retryAfterSeconds, socketError } from './slack-errors.js';
import { DEFAULT_RATE_LIMIT, withRateLimit, type RateLimitPolicy } from '../../src/chat/retry-after.js';
import { mrkdwnText } from './mrkdwn.js';
import { messageArgs, renderReply, type SlackMessage } from './render.js';
import { deliveryMetadata, findDelivery } from './delivery-metadata.js';
import { postAll } from '../../src/chat/post-all.js';
import { settlesWithin } from '../../src/time/settles-within.js';
import type { SlackRequestGuard } from './request-guard.js';
import { LearnedBudget } from '../../src/chat/learned-budget.js';
import type { SlackAdapterOptions } from './options.js';
import { watchSocket } from './socket-state.js';

export type { SlackAdapterOptions } from './options.js';

/** Where Slack sends HTTP-mode requests; the Request URL of the slash command is https://HOST/slack/events. */
export const EVENTS_PATH = SLACK_EVENTS_PATH;

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
  private readonly socketUp: () => boolean;
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
    ({ app: this.app, socket: this.socket, receiver: this.receiver, guard: this.guard } = boltApp(opts));
    this.httpHandler = this.receiver ? (req, res, body) => this.handleHttp(req, res, body) : null;
    this.socketUp = this.socket ? watchSocket(this.socket, opts.log) : () => true;
  }

  /** The port of the adapter's own server (with the `port` option), or null. */
  get port(): number | null {
    return this.server?.port ?? null;
  }

  /** Why commands cannot be answered now (for /readyz); empty when they can. */
  readinessProblems(): string[] {
    if (!this.started) return ['slack: not started'];
    return this.socketUp() ? [] : ['slack: socket not connected (reconnecting)'];
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
        cannotPost: (channel, user) => cannotPost(this.app.client, (fn) => this.call(fn), channel, user),
      });
      this.app.error(async (err) => {
        log.error('slack: unhandled error in Bolt', {
          error: describeError(err),
          code: (err as { code?: unknown }).code,
        });
      });
    }
    // auth.test: a wrong token or API URL fails here, with Slack's reason, rather than at the first command.
    await this.call(() => this.app.init()).catch((err: unknown) => {
      throw initError(err, this.opts.apiUrl);
    });
    if (this.socket) {
      await this.app.start().catch((err: unknown) => {
        throw socketError(err, this.opts.apiUrl);
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
      (await this.postMessage({ channel: channelId, ...messageArgs(m), metadata: deliveryMetadata(key, n) })).ts ??
      null;
    return postAll(renderReply(reply), options, send, postError);
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
        { ...notice, reason: mrkdwnText(notice.reason), resume: mrkdwnText(notice.resume) },
        `<#${notice.channelId}>`,
      );
      await this.postMessage({ channel, text: body, unfurl_links: false, unfurl_media: false });
    } catch (err) {
      this.opts.log.warn('slack: could not DM the subscriber', { user: userId, error: describeError(err) });
    }
  }

  private async postOverflow(channel: string, m: SlackMessage, user: string | null): Promise<void> {
    if (user) await this.call(() => this.app.client.chat.postEphemeral({ channel, user, ...messageArgs(m) }));
    else await this.postMessage({ channel, ...messageArgs(m) });
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
