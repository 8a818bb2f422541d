import { createHash } from 'node:crypto';
import { Client, DiscordAPIError, Events, Options, RESTEvents, Routes, type APIChannel, type APIMessage, type RESTOptions } from 'discord.js';
import { ChannelUnavailableError, PermanentPostError, type ChatAdapter, type PostOptions, type PostResult } from '../../src/chat/adapter.js';
import { SlidingWindowBudget, type RateBudget } from '../../src/chat/rate-budget.js';
import type { CommandBus } from '../../src/commands/bus.js';
import type { Reply } from '../../src/commands/reply.js';
import type { Logger } from '../../src/log.js';
import { guardPackets, InteractionHandler } from './commands.js';
import { InteractionRest } from './interaction-rest.js';
import { renderReply } from './render.js';
import { restBase } from './api-url.js';

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
}

// Discord's error codes for a channel that cannot be posted to until a person fixes something.
const CHANNEL_PROBLEMS: Record<number, string> = {
  10003: 'the channel no longer exists (Discord: Unknown Channel)',
  50001: 'Herald cannot see the channel (Discord: Missing Access); give it View Channel there',
  50013: 'Herald lacks permission in the channel (Discord: Missing Permissions); give it Send Messages and Embed Links there',
  50008: 'the channel does not take messages (Discord: not a text channel)',
  50083: 'the thread is archived (Discord: Thread is archived); unarchive it or subscribe another channel',
};

/**
 * Herald on Discord. Slash commands arrive over the gateway (they need no intents); scheduled digests
 * go out through REST with a nonce, so a retried post is not doubled. Mentions are off everywhere.
 */
export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord';
  readonly client: Client;
  private readonly log: Logger;
  private started = false;
  private stopping = false;
  private readonly interactionRest: InteractionRest;
  private readonly budget: RateBudget;

  constructor(private readonly opts: DiscordAdapterOptions) {
    this.log = opts.log;
    this.budget = opts.budget ?? new SlidingWindowBudget();
    this.client = new Client({
      // Interactions are delivered whatever the intents; Herald reads no messages, members or presences.
      intents: [],
      makeCache: Options.cacheWithLimits({
        MessageManager: 0,
        PresenceManager: 0,
        ReactionManager: 0,
        ThreadManager: 0,
        VoiceStateManager: 0,
        GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user.id },
        UserManager: { maxSize: 0, keepOverLimit: (u) => u.id === u.client.user.id },
      }),
      allowedMentions: { parse: [] },
      rest: { ...(opts.apiUrl ? { api: restBase(opts.apiUrl) } : {}), ...opts.restOptions },
    });
    // Posting is plain REST and needs no gateway session: setting the token now lets post() work
    // before start() (and keeps scheduled posts going while the gateway reconnects).
    this.client.rest.setToken(opts.token);
    this.interactionRest = new InteractionRest(opts.applicationId, { ...(opts.apiUrl ? { api: restBase(opts.apiUrl) } : {}), ...opts.restOptions });
    this.client.on(Events.Error, (err) => this.log.error('discord client error', { err }));
    this.client.on(Events.Warn, (message) => this.log.warn('discord warning', { message }));
    this.client.on(Events.ShardDisconnect, (event, shard) => this.log.warn('discord gateway disconnected', { shard, code: event.code }));
    // discord.js 14.28 emits shardReconnecting for every close, its own destroy() included.
    this.client.on(Events.ShardReconnecting, (shard) => {
      if (!this.stopping) this.log.info('discord gateway reconnecting', { shard });
    });
    this.client.on(Events.ShardResume, (shard, replayed) => this.log.info('discord gateway resumed', { shard, replayed }));
    // The library waits out 429s and retries by itself. Each 429 is still logged, because Discord
    // bans a bot for a while after too many; `rateLimited` does not say this (it only fires when
    // the library waits on a bucket it already knows is empty), so the responses are watched.
    this.client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status !== 429) return;
      this.log.warn('discord rate limited', {
        method: request.method.toUpperCase(),
        route: request.route,
        ...channelOf(String(request.path)),
        global: response.headers.has('x-ratelimit-global'),
        scope: response.headers.get('x-ratelimit-scope'),
        retryAfter: response.headers.get('retry-after'),
      });
    });
    this.client.rest.on(RESTEvents.RateLimited, (info) =>
      this.log.debug('discord rate limit wait', { route: info.route, global: info.global, waitMs: info.timeToReset }),
    );
  }

  async start(bus: CommandBus): Promise<void> {
    const handler = new InteractionHandler(bus, this.log, this.interactionRest);
    // A payload discord.js cannot read must not end the process (issue 14, item 12).
    guardPackets(this.client, this.log);
    this.client.on(Events.InteractionCreate, (interaction) => {
      handler.handle(interaction).catch((err: unknown) => this.log.error('discord interaction handler failed', { err }));
    });
    // Attached before login: READY can arrive before login() resolves.
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.opts.token);
    const timeoutMs = this.opts.readyTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs)));
    const late = await Promise.race([ready.then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) this.log.warn('discord gateway not ready yet; commands are answered once it is', { waitedMs: timeoutMs });
    else this.log.info('discord ready', { user: this.client.user?.tag, application: this.opts.applicationId });
    this.started = true;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.interactionRest.close();
    await this.client.destroy();
    this.started = false;
  }

  /** Whether start() has finished. */
  get isStarted(): boolean {
    return this.started;
  }

  async post(channelId: string, reply: Reply, key: string, options: PostOptions = {}): Promise<PostResult> {
    let first: string | null = null;
    const messages = renderReply(reply);
    for (const [n, m] of messages.entries()) {
      if (n < (options.fromPart ?? 0)) continue;
      try {
        // Paced here, before discord.js's own limiter: see SlidingWindowBudget.
        await this.budget.take();
        const sent = (await this.client.rest.post(Routes.channelMessages(channelId), {
          body: { embeds: m.embeds, allowed_mentions: { parse: [] }, nonce: nonceFor(key, n), enforce_nonce: true },
        })) as APIMessage;
        first ??= sent.id;
        await options.onPart?.(n + 1, first);
      } catch (err) {
        const reason = channelProblem(err);
        if (reason !== null) throw new ChannelUnavailableError(reason);
        // Any other 4xx but 429 (waited out by discord.js) and 401 (the token, not the post): this post is refused for good.
        if (err instanceof DiscordAPIError && err.status >= 400 && err.status < 500 && err.status !== 429 && err.status !== 401) {
          throw new PermanentPostError(`Discord refused the post (${err.status}, code ${String(err.code)}): ${err.message}`);
        }
        throw err;
      }
    }
    return { messageId: first };
  }

  /** Sends the person a direct message; fails when they accept none from server members. */
  async notify(userId: string, text: string): Promise<void> {
    const dm = (await this.client.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as APIChannel;
    await this.client.rest.post(Routes.channelMessages(dm.id), { body: { content: text.slice(0, 2000), allowed_mentions: { parse: [] } } });
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

// Only the channel id is taken from a request path: interaction paths carry a token.
function channelOf(path: string): { channel?: string } {
  const m = /^\/channels\/(\d+)\//.exec(path);
  return m?.[1] ? { channel: m[1] } : {};
}
