import { createHash } from 'node:crypto';
import {
  DiscordAPIError,
  REST,
  RESTEvents,
  Routes,
  type APIChannel,
  type APIMessage,
  type RESTOptions,
} from 'discord.js';
import {
  pauseNoticeText,
  type PauseNotice,
  type Poster,
  type PostOptions,
  type PostResult,
} from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import { SlidingWindowBudget, type RateBudget } from '../../src/chat/rate-budget.js';
import type { CommandBus } from '../../src/commands/bus.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Logger } from '../../src/log.js';
import { noopMetrics, type Metrics } from '../../src/metrics.js';
import type { HttpEndpoint, HttpHandler } from '../http/server.js';
import { MemoryReplayCache, type ReplayGuard } from '../../src/commands/replay-guard.js';
import { CommandAnswerer } from './answer.js';
import { answerFromGateway, Gateway } from './gateway.js';
import { interactionsEndpoint } from './http-interactions.js';
import { InteractionRest } from './interaction-rest.js';
import { renderReply, type DiscordMessage } from './render.js';
import { postAll } from '../../src/chat/post-all.js';
import { InFlight } from '../../src/commands/in-flight.js';
import { restBase } from './api-url.js';
import { discordPublicKey } from './verify.js';
import { ChannelUnavailableError, PermanentPostError, PlatformStartError } from '../../src/errors.js';

export interface DiscordAdapterOptions {
  token: string;
  applicationId: string;
  /** REST base such as https://discord.com/api (discord.js appends /v10); the gateway URL comes from GET /gateway/bot. */
  apiUrl?: string | undefined;
  log: Logger;
  /** Passed to discord.js's REST client (tests shorten timeouts and retries). */
  restOptions?: Partial<RESTOptions>;
  /** How long start() waits for the gateway's READY after login (default 30 s). */
  readyTimeoutMs?: number;
  /** The bot's global request budget, taken before each channel post (default: 50 per second, this process alone). */
  budget?: RateBudget;
  /**
   * The application's public key (DISCORD_PUBLIC_KEY, 64 hex characters). When set, commands arrive
   * at the Interactions Endpoint (`httpHandler`, served by the HTTP server) and no gateway is opened.
   */
  publicKey?: string | undefined;
  /** Where command latency and 429s are counted. */
  metrics?: Metrics | undefined;
  /** Remembers signed interactions already answered (default: in memory, this process only). */
  replay?: ReplayGuard | undefined;
  /** How long stop() waits for commands still being answered (default 10 s). */
  stopTimeoutMs?: number | undefined;
}

// Discord's error codes for a channel that cannot be posted to until a person fixes something.
const CHANNEL_PROBLEMS: Record<number, string> = {
  10003: 'the channel no longer exists (Discord: Unknown Channel)',
  50001: 'Herald cannot see the channel (Discord: Missing Access); give it View Channel there',
  50013:
    'Herald lacks permission in the channel (Discord: Missing Permissions); give it Send Messages and Embed Links there',
  50008: 'the channel does not take messages (Discord: not a text channel)',
  50083: 'the thread is archived (Discord: Thread is archived); unarchive it or subscribe another channel',
};

/**
 * Herald on Discord. Slash commands arrive over the gateway (they need no intents), or with a public
 * key at the Interactions Endpoint over HTTP; scheduled digests go out through REST with a nonce, so a
 * retried post is not doubled. Mentions are off everywhere.
 */
export class DiscordAdapter implements Poster, CommandReceiver, HttpEndpoint {
  readonly platform = 'discord';
  /** The bot's REST client: channel posts, DMs, and the gateway's GET /gateway/bot. */
  readonly rest: REST;
  /** Where commands arrive: the gateway, or Discord's HTTP requests to the Interactions Endpoint. */
  readonly mode: 'gateway' | 'http';
  /** The Interactions Endpoint handler in HTTP mode (mount it at /discord/interactions); null on the gateway. */
  readonly httpHandler: HttpHandler | null;
  private readonly log: Logger;
  private readonly metrics: Metrics;
  private started = false;
  private stopping = false;
  private readonly interactionRest: InteractionRest;
  private readonly budget: RateBudget;
  private readonly gateway: Gateway | null;
  private answerer: CommandAnswerer | null = null;
  // Commands still being answered (after their HTTP response, in HTTP mode).
  private readonly inFlight = new InFlight();

  constructor(private readonly opts: DiscordAdapterOptions) {
    this.log = opts.log;
    this.budget = opts.budget ?? new SlidingWindowBudget();
    this.metrics = opts.metrics ?? noopMetrics;
    this.mode = opts.publicKey ? 'http' : 'gateway';
    const api = opts.apiUrl ? { api: restBase(opts.apiUrl) } : {};
    // The budget paces the bot's requests; the library's own global limiter, which counts a fixed
    // second and then lets what waited go in one burst, would undo that pacing. The token is set now,
    // so post() works before start() and while the gateway reconnects.
    this.rest = new REST({ ...api, globalRequestsPerSecond: 1_000_000, ...opts.restOptions }).setToken(opts.token);
    this.interactionRest = new InteractionRest(opts.applicationId, { ...api, ...opts.restOptions }, () =>
      this.metrics.rateLimited('discord'),
    );
    // Only while started and not stopping: before, the endpoint answers 503 and the gateway drops it.
    const answerer = () => (this.started && !this.stopping ? this.answerer : null);
    this.httpHandler = opts.publicKey
      ? interactionsEndpoint({
          publicKey: discordPublicKey(opts.publicKey),
          answerer,
          replay: opts.replay ?? new MemoryReplayCache(),
          log: opts.log,
          track: (work) => this.inFlight.track(work),
        })
      : null;
    this.gateway = opts.publicKey
      ? null
      : new Gateway(opts.token, this.rest, this.log, (raw) => {
          const a = this.answerer;
          if (a && !this.stopping) this.inFlight.track(answerFromGateway(raw, a, this.interactionRest, this.log));
        });
    // The library waits out 429s and retries by itself. Each 429 is still logged, because Discord
    // bans a bot for a while after too many; `rateLimited` does not say this (it only fires when
    // the library waits on a bucket it already knows is empty), so the responses are watched.
    this.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status !== 429) return;
      this.metrics.rateLimited('discord');
      this.log.warn('discord rate limited', {
        method: request.method.toUpperCase(),
        route: request.route,
        ...channelOf(String(request.path)),
        global: response.headers.has('x-ratelimit-global'),
        scope: response.headers.get('x-ratelimit-scope'),
        retryAfter: response.headers.get('retry-after'),
      });
    });
    this.rest.on(RESTEvents.RateLimited, (info) =>
      this.log.debug('discord rate limit wait', { route: info.route, global: info.global, waitMs: info.timeToReset }),
    );
  }

  async start(bus: CommandBus): Promise<void> {
    this.answerer = new CommandAnswerer(bus, this.log, this.interactionRest, this.metrics);
    // The token is checked with one REST call, so a wrong one fails here and not at the first post.
    let me: { username?: string };
    try {
      me = (await this.rest.get(Routes.user('@me'))) as { username?: string };
    } catch (err) {
      const status = (err as { status?: unknown } | null)?.status;
      // No HTTP status: Discord was never reached, and the token is not to blame.
      if (typeof status !== 'number') {
        const why = err instanceof Error ? err.message : String(err);
        throw new PlatformStartError(
          'unreachable',
          `Discord could not be reached (${why}): check the network or proxy${this.opts.apiUrl ? ', and DISCORD_API_URL' : ''}`,
          { cause: err },
        );
      }
      const check = status === 401 ? 'DISCORD_TOKEN (Developer Portal → Bot → Reset Token)' : 'DISCORD_TOKEN';
      throw new PlatformStartError(
        status >= 500 ? 'unreachable' : 'refused',
        `Discord did not accept the bot token (HTTP ${status}): check ${check}${this.opts.apiUrl ? ' and DISCORD_API_URL' : ''}`,
        { cause: err },
      );
    }
    this.started = true;
    const timeoutMs = this.opts.readyTimeoutMs ?? 30_000;
    if (this.gateway && !(await this.gateway.start(timeoutMs)))
      this.log.warn('discord gateway not ready yet; commands are answered once it is', { waitedMs: timeoutMs });
    else this.log.info('discord ready', { mode: this.mode, user: me.username, application: this.opts.applicationId });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const cut = await this.inFlight.settle(this.opts.stopTimeoutMs ?? 10_000);
    if (cut > 0) this.log.warn('discord commands still being answered at stop were cut short', { count: cut });
    this.interactionRest.close();
    await this.gateway?.stop();
    this.rest.clearHandlerSweeper();
    this.rest.clearHashSweeper();
    this.started = false;
  }

  /** Whether start() has finished. */
  get isStarted(): boolean {
    return this.started;
  }

  /** Why commands cannot be answered now (for /readyz); empty when they can. */
  readinessProblems(): string[] {
    if (!this.started || this.stopping) return ['discord: not started'];
    if (this.gateway && !this.gateway.isReady) return ['discord: gateway not connected'];
    return [];
  }

  async post(channelId: string, reply: Reply, key: string, options: PostOptions = {}): Promise<PostResult> {
    const send = async (m: DiscordMessage, n: number): Promise<string> => {
      // Paced here, instead of by discord.js's own limiter: see SlidingWindowBudget.
      const body = { embeds: m.embeds, allowed_mentions: { parse: [] }, nonce: nonceFor(key, n), enforce_nonce: true };
      return ((await this.budget.run(() => this.rest.post(Routes.channelMessages(channelId), { body }))) as APIMessage)
        .id;
    };
    return postAll(renderReply(reply), options, send, postError);
  }

  /** Sends the person a direct message; fails when they accept none from server members. */
  async notify(userId: string, notice: PauseNotice): Promise<void> {
    // A channel mention shows the channel's name and pings nobody.
    const text = pauseNoticeText(notice, `<#${notice.channelId}>`);
    const dm = (await this.budget.run(() =>
      this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
    )) as APIChannel;
    await this.budget.run(() =>
      this.rest.post(Routes.channelMessages(dm.id), {
        body: { content: text.slice(0, 2000), allowed_mentions: { parse: [] } },
      }),
    );
  }
}

/**
 * The nonce of the `n`th message of a post: a hash of the core's stable key, at most 25 characters
 * as Discord requires. With enforce_nonce, Discord answers a repeat within a few minutes with the
 * message it already made instead of posting again.
 */
export function nonceFor(key: string, n: number): string {
  return createHash('sha256').update(`${key}#${n}`).digest('hex').slice(0, 25);
}

/** A readable reason when the error means the channel is gone or closed to Herald; null otherwise. */
export function channelProblem(err: unknown): string | null {
  if (!(err instanceof DiscordAPIError)) return null;
  const known = typeof err.code === 'number' ? CHANNEL_PROBLEMS[err.code] : undefined;
  if (known) return known;
  if (err.status === 404) return `the channel was not found (Discord ${err.status}: ${err.message})`;
  if (err.status === 403) return `Herald may not post in the channel (Discord ${err.status}: ${err.message})`;
  return null;
}

// A refused post as the core sees it: the channel needs a person, or (any other 4xx but 429, which
// discord.js waits out, and 401, which is the token and not the post) this post is refused for good.
function postError(err: unknown): Error | null {
  const reason = channelProblem(err);
  if (reason !== null) return new ChannelUnavailableError(reason);
  if (
    err instanceof DiscordAPIError &&
    err.status >= 400 &&
    err.status < 500 &&
    err.status !== 429 &&
    err.status !== 401
  ) {
    return new PermanentPostError(`Discord refused the post (${err.status}, code ${String(err.code)}): ${err.message}`);
  }
  return null;
}

// Only the channel id is taken from a request path: interaction paths carry a token.
function channelOf(path: string): { channel?: string } {
  const m = /^\/channels\/(\d+)\//.exec(path);
  return m?.[1] ? { channel: m[1] } : {};
}
