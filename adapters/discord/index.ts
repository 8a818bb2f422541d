import { createHash } from 'node:crypto';
import { REST, RESTEvents, Routes, type APIChannel, type APIMessage } from 'discord.js';
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
import { MemoryReplayCache } from '../../src/commands/replay-guard.js';
import { CommandAnswerer } from './answer.js';
import { answerFromGateway, Gateway } from './gateway.js';
import { interactionsEndpoint } from './http-interactions.js';
import { InteractionRest } from './interaction-rest.js';
import { renderReply, type DiscordMessage } from './render.js';
import { postAll } from '../../src/chat/post-all.js';
import { InFlight } from '../../src/commands/in-flight.js';
import { restBase } from './api-url.js';
import { discordPublicKey } from './verify.js';
import { postError, startError } from './discord-errors.js';
import type { DiscordAdapterOptions } from './options.js';

export type { DiscordAdapterOptions } from './options.js';

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
      throw startError(err, this.opts.apiUrl);
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

// Only the channel id is taken from a request path: interaction paths carry a token.
function channelOf(path: string): { channel?: string } {
  const m = /^\/channels\/(\d+)\//.exec(path);
  return m?.[1] ? { channel: m[1] } : {};
}
