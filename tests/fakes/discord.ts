/**
 * A local Discord for tests: REST routes and the gateway on one 127.0.0.1 port, enough for the real
 * discord.js to log in, receive interactions, answer them and post to channels. It records every
 * request, validates message and command bodies against Discord's limits (400 code 50035 as Discord
 * answers), plays a finite plan of 429s and 5xx, and dedupes posts by nonce when enforce_nonce is set.
 * Optionally (`rateLimits`) it enforces Discord's per-channel and global rate limits with real 429s.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request as the fake received it. `route` is the path after /api/v10, URL-decoded. */
export interface RecordedRequest {
  method: string;
  path: string;
  route: string;
  query: Record<string, string>;
  body: unknown;
  /** The status the fake answered. */
  status: number;
  auth: string | null;
  at: number;
}

/**
 * A planned answer instead of the normal one. `afterCommit`: do the work, then fail (a lost response).
 * `retryAfter` is in seconds and goes in both the body and the Retry-After header; Discord's header
 * is whole seconds, but a fraction keeps tests fast and discord.js reads it the same way.
 */
export type PlannedFailure =
  | { status: 429; retryAfter: number; global?: boolean; scope?: 'user' | 'global' | 'shared' }
  | { status: 500 | 502 | 503 | 504; afterCommit?: boolean }
  | { status: 400 | 401 | 403 | 404 | 413; code: number; message: string };

/** What a channel answers to posts: `unknown` 404 code 10003, `no-access` 403 50001, `no-permission` 403 50013. */
export type ChannelState = 'ok' | 'unknown' | 'no-access' | 'no-permission';

/**
 * Rate limits the fake enforces, off unless given. `perChannel`: posts to one channel's messages
 * (Discord: 5 per 5 s), a window that starts at the first post, as Discord's buckets do. `globalPerSecond`:
 * every bot-authenticated request (Discord: 50/s; interaction callbacks and webhooks are exempt), at most
 * that many accepted in any 1,000 ms. A 429 uses up no quota. Answers carry Discord's headers: Retry-After
 * in whole seconds (rounded up), retry_after in the body to the millisecond.
 */
export interface FakeRateLimits {
  perChannel?: { limit: number; windowMs: number };
  globalPerSecond?: number;
}

/** What the rate limiter did: 429s by scope, and the requests it let through. */
export interface RateLimitStats {
  global429: number;
  channel429: number;
  accepted: number;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  body: Record<string, unknown>;
  flags: number;
  nonce: string | null;
  deleted: boolean;
}

/** The state of one interaction sent through the gateway. */
export interface FakeInteraction {
  id: string;
  /** The interaction type: 2 a slash command, 4 an autocomplete. */
  type: number;
  token: string;
  channelId: string;
  sentAt: number;
  /** The callback types received, in order (5 = deferred, 4 = reply, 8 = autocomplete result). */
  callbacks: Array<{ type: number; data: Record<string, unknown> | undefined }>;
  /** The original response: the deferral or reply, filled by the edit or the first follow-up. */
  original: FakeMessage | null;
  /** True between a deferral and the first edit or follow-up that fills it. */
  loading: boolean;
  followUps: FakeMessage[];
}

export interface ChatInputOptions {
  userId?: string;
  channelId?: string;
  guildId?: string | null;
  /** The member's permissions bit field, as a decimal string (default: none). */
  permissions?: string;
  /** The app's permissions in the channel, as a decimal string (default: all). */
  appPermissions?: string;
}

export const EPHEMERAL = 64;
const API_PREFIX = '/api/v10';
const DISCORD_EPOCH = 1420070400000n;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Messages posted to channels through POST /channels/{id}/messages. */
  readonly messages: FakeMessage[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  /** The last command list PUT, globally and per guild. */
  readonly commands: { global: unknown[] | null; guilds: Map<string, unknown[]> } = { global: null, guilds: new Map() };
  /** IDENTIFY payloads received on the gateway. */
  readonly identifies: Array<Record<string, unknown>> = [];
  /** How long an interaction may wait for its first callback before it is unknown (10062), as on Discord. */
  ackDeadlineMs = 3000;
  /** How long an interaction token works for edits and follow-ups (Discord: 15 minutes), then 401 50027. */
  tokenLifetimeMs = 15 * 60_000;
  /** The fake's clock for interaction deadlines; a test moves it on to see a token expire. */
  now: () => number = () => Date.now();

  /** 429s the rate limiter answered, and requests it let through (see `rateLimits`). */
  readonly rateLimitStats: RateLimitStats = { global429: 0, channel429: 0, accepted: 0 };
  /** Enforced rate limits; null (the default) enforces none. */
  rateLimits: FakeRateLimits | null = null;

  private readonly plans: Array<{ method: string; route: RegExp; queue: PlannedFailure[] }> = [];
  private readonly buckets = new Map<string, { count: number; resetAt: number }>();
  private globalLog: number[] = [];
  // Interaction token → id of the first interaction sent with it (a lookup index; see interactionByToken).
  private readonly byToken = new Map<string, string>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  // Interaction token → the HTTP answer its edits and follow-ups wait for (see holdWebhooks).
  private readonly held = new Map<string, Promise<void>>();
  private seq = 0;
  private counter = 0n;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
    readonly token: string,
    readonly applicationId: string,
    readonly botUserId: string,
  ) {}

  /** Starts the fake on a random port of 127.0.0.1. */
  static async start(
    opts: {
      token?: string;
      applicationId?: string;
      botUserId?: string;
      port?: number;
      rateLimits?: FakeRateLimits;
    } = {},
  ): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const fake = new FakeDiscord(
      server,
      wss,
      port,
      opts.token ?? 'fake-bot-token',
      opts.applicationId ?? '100000000000000001',
      opts.botUserId ?? '100000000000000002',
    );
    if (opts.rateLimits) fake.rateLimits = opts.rateLimits;
    server.on('request', (req, res) => void fake.handleHttp(req, res));
    wss.on('connection', (ws) => fake.handleGateway(ws));
    return fake;
  }

  /** The REST base to give discord.js (`rest.api`); it appends /v10 itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Answers the next matching requests with these failures, one each, then normally again. */
  plan(method: string, route: RegExp, failures: PlannedFailure[]): void {
    this.plans.push({ method: method.toUpperCase(), route, queue: [...failures] });
  }

  setChannel(channelId: string, state: ChannelState): void {
    this.channels.set(channelId, state);
  }

  /** Messages that exist (not deleted) in a channel, in order. */
  channelMessages(channelId: string): FakeMessage[] {
    return this.messages.filter((m) => m.channelId === channelId && !m.deleted);
  }

  /** Requests whose method and route match. */
  requestsTo(method: string, route: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && route.test(r.route));
  }

  /** Whether a gateway session has identified and been sent READY. */
  get connected(): number {
    return this.sockets.size;
  }

  /** Dispatches INTERACTION_CREATE to every identified gateway session. */
  sendInteraction(payload: Record<string, unknown>): FakeInteraction {
    const state = this.trackInteraction(payload);
    this.dispatch('INTERACTION_CREATE', payload);
    return state;
  }

  /**
   * Records an interaction that reaches the bot some other way (a request to its Interactions
   * Endpoint, see discord-http.ts), so that its callback, edits and follow-ups are accepted.
   */
  trackInteraction(payload: Record<string, unknown>): FakeInteraction {
    const id = String(payload.id);
    const state: FakeInteraction = {
      id,
      type: Number(payload.type),
      token: String(payload.token),
      channelId: String(payload.channel_id ?? ''),
      sentAt: this.now(),
      callbacks: [],
      original: null,
      loading: false,
      followUps: [],
    };
    this.interactions.set(id, state);
    if (!this.byToken.has(state.token)) this.byToken.set(state.token, id);
    return state;
  }

  /**
   * Applies the answer a bot gave in its HTTP response to an interaction, with the checks of the
   * callback endpoint; returns the status that endpoint would have answered.
   */
  applyCallback(id: string, token: string, body: unknown): number {
    let status = 0;
    this.callback(id, token, body, (s) => {
      status = s;
    });
    return status;
  }

  /**
   * Holds edits and follow-ups for an interaction token until `until` settles: Discord reads the
   * bot's HTTP response (the deferral) before it accepts them, whatever order they arrive in.
   */
  holdWebhooks(token: string, until: Promise<unknown>): void {
    const held = until.then(
      () => {},
      () => {},
    );
    this.held.set(token, held);
    void held.then(() => {
      if (this.held.get(token) === held) this.held.delete(token);
    });
  }

  /** A slash command interaction payload, shaped as Discord sends it. */
  chatInput(
    name: string,
    options: Record<string, string | boolean> = {},
    o: ChatInputOptions = {},
  ): Record<string, unknown> {
    const opts = Object.entries(options).map(([n, value]) => ({
      name: n,
      type: typeof value === 'boolean' ? 5 : 3,
      value,
    }));
    return this.interactionPayload(2, { id: this.snowflake(), name, type: 1, options: opts }, o);
  }

  /** An autocomplete interaction payload: `focused` is the option being typed. */
  autocomplete(
    name: string,
    options: Record<string, string>,
    focused: string,
    o: ChatInputOptions = {},
  ): Record<string, unknown> {
    const opts = Object.entries(options).map(([n, value]) => ({
      name: n,
      type: 3,
      value,
      ...(n === focused ? { focused: true } : {}),
    }));
    return this.interactionPayload(4, { id: this.snowflake(), name, type: 1, options: opts }, o);
  }

  /** Resolves when `check` returns a value (checked after every request), or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const tick = (): void => {
        const v = check();
        if (v) {
          done();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(tick);
      };
      this.waiters.add(tick);
    });
  }

  /** Drops every gateway connection without a close frame, as a network failure would. */
  dropGateway(): void {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  snowflake(): string {
    this.counter += 1n;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.counter & 0x3fffffn));
  }

  // ---- gateway ----

  private handleGateway(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      let msg: { op?: number; d?: Record<string, unknown> };
      try {
        msg = JSON.parse(String(raw)) as typeof msg;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (msg.op === 2) {
        this.identifies.push(msg.d ?? {});
        if (msg.d?.token !== this.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.sockets.add(ws);
        this.send(ws, 'READY', {
          v: 10,
          user: this.botUser(),
          guilds: [],
          session_id: randomBytes(16).toString('hex'),
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
        });
      } else if (msg.op === 6) {
        this.sockets.add(ws);
        this.send(ws, 'RESUMED', {});
      }
      this.notify();
    });
    ws.on('close', () => this.sockets.delete(ws));
  }

  private dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) this.send(ws, t, d);
  }

  private send(ws: WebSocket, t: string, d: unknown): void {
    ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private botUser(): Record<string, unknown> {
    return {
      id: this.botUserId,
      username: 'Herald',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0,
    };
  }

  private interactionPayload(
    type: number,
    data: Record<string, unknown>,
    o: ChatInputOptions,
  ): Record<string, unknown> {
    const userId = o.userId ?? '300000000000000001';
    const channelId = o.channelId ?? '200000000000000001';
    const guildId = o.guildId === undefined ? '400000000000000001' : o.guildId;
    const user = {
      id: userId,
      username: `user${userId.slice(-4)}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
    };
    const base: Record<string, unknown> = {
      id: this.snowflake(),
      application_id: this.applicationId,
      type,
      token: `itoken-${randomBytes(12).toString('hex')}`,
      version: 1,
      data: guildId ? { ...data, guild_id: guildId } : data,
      channel_id: channelId,
      channel: { id: channelId, type: guildId ? 0 : 1, ...(guildId ? { guild_id: guildId, name: 'news' } : {}) },
      app_permissions: o.appPermissions ?? '2251799813685247',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: guildId ? { '0': guildId } : { '1': userId },
      context: guildId ? 0 : 1,
      attachment_size_limit: 10485760,
    };
    if (guildId) {
      base.guild_id = guildId;
      base.guild_locale = 'en-US';
      base.member = {
        user,
        roles: [],
        permissions: o.permissions ?? '0',
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        premium_since: null,
        pending: false,
      };
    } else {
      base.user = user;
    }
    return base;
  }

  // ---- REST ----

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname);
    const route = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
    const auth = req.headers.authorization ?? null;
    const rec: RecordedRequest = {
      method,
      path,
      route,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
      auth,
      at: Date.now(),
    };
    this.requests.push(rec);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status;
      const h: Record<string, string> = { ...headers };
      if (payload !== undefined) h['content-type'] = 'application/json';
      res.writeHead(status, h);
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
      this.notify();
    };
    const token = /^\/webhooks\/\d+\/([^/]+)/.exec(route)?.[1];
    const hold = token === undefined ? undefined : this.held.get(token);
    if (hold) await hold;
    try {
      this.route(method, route, body, auth, reply);
    } catch (err) {
      reply(500, { message: `fake discord bug: ${String(err)}`, code: 0 });
    }
  }

  private route(method: string, route: string, body: unknown, auth: string | null, reply: Reply): void {
    const planned = this.takePlan(method, route);
    if (planned?.status === 429) return reply(429, ...rateLimited(planned));
    if (planned && 'code' in planned) return reply(planned.status, { message: planned.message, code: planned.code });
    if (planned && !('afterCommit' in planned && planned.afterCommit))
      return reply(planned.status, { message: 'Service Unavailable', code: 0 });
    const fail = planned ? (): void => reply(planned.status, { message: 'Service Unavailable', code: 0 }) : null;

    const needsAuth = !route.startsWith('/interactions/') && !route.startsWith('/webhooks/');
    if (needsAuth && auth !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
    if (needsAuth && this.rateLimits) {
      const limited = this.enforceLimits(method, route);
      if (limited) return reply(429, limited.body, limited.headers);
    }

    let m: RegExpExecArray | null;
    if (method === 'GET' && route === '/gateway/bot') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && route === '/users/@me') return reply(200, this.botUser());
    if (method === 'PUT' && (m = /^\/applications\/(\d+)\/commands$/.exec(route)))
      return this.putCommands(m[1], null, body, reply, fail);
    if (method === 'PUT' && (m = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/.exec(route)))
      return this.putCommands(m[1], m[2] ?? null, body, reply, fail);
    if (method === 'POST' && (m = /^\/channels\/([^/]+)\/messages$/.exec(route)))
      return this.postMessage(m[1] ?? '', body, reply, fail);
    if (method === 'POST' && route === '/users/@me/channels') {
      const recipient = String((body as { recipient_id?: unknown })?.recipient_id ?? '');
      return reply(200, {
        id: `9${recipient.slice(1)}`,
        type: 1,
        last_message_id: null,
        flags: 0,
        recipients: [{ id: recipient, username: 'someone', discriminator: '0', global_name: null, avatar: null }],
      });
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route)))
      return this.callback(m[1] ?? '', m[2] ?? '', body, reply, fail);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(route)))
      return this.webhook(method, m[1] ?? '', m[2] ?? '', m[3] ?? null, body, reply, fail);
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private takePlan(method: string, route: string): PlannedFailure | undefined {
    for (const p of this.plans) {
      if (p.method === method && p.route.test(route) && p.queue.length > 0) return p.queue.shift();
    }
    return undefined;
  }

  private putCommands(
    app: string | undefined,
    guild: string | null,
    body: unknown,
    reply: Reply,
    fail: (() => void) | null,
  ): void {
    if (app !== this.applicationId) return reply(403, { message: 'Missing Access', code: 50001 });
    const errors = validateCommands(body);
    if (errors.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors });
    const list = (body as Array<Record<string, unknown>>).map((c) => ({
      ...c,
      id: this.snowflake(),
      application_id: app,
      version: this.snowflake(),
      ...(guild ? { guild_id: guild } : {}),
    }));
    if (guild) this.commands.guilds.set(guild, list);
    else this.commands.global = list;
    if (fail) return fail();
    reply(200, list);
  }

  private postMessage(channelId: string, body: unknown, reply: Reply, fail: (() => void) | null): void {
    const state = this.channels.get(channelId) ?? 'ok';
    if (state === 'unknown') return reply(404, { message: 'Unknown Channel', code: 10003 });
    if (state === 'no-access') return reply(403, { message: 'Missing Access', code: 50001 });
    if (state === 'no-permission') return reply(403, { message: 'Missing Permissions', code: 50013 });
    const b = (body ?? {}) as Record<string, unknown>;
    const errors = validateMessage(b, false, FLAGS.create);
    if (errors.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors });
    const nonce = b.nonce === undefined || b.nonce === null ? null : String(b.nonce);
    // With enforce_nonce, Discord answers a repeated nonce with the message it already created.
    const existing =
      nonce !== null && b.enforce_nonce === true
        ? this.messages.find((x) => x.channelId === channelId && x.nonce === nonce)
        : undefined;
    const msg = existing ?? this.createMessage(channelId, b, nonce);
    if (!existing) this.messages.push(msg);
    if (fail) return fail();
    reply(
      200,
      this.messageJson(msg),
      this.bucketHeaders(channelId) ?? {
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '4',
        'x-ratelimit-reset-after': '1',
        'x-ratelimit-bucket': 'fake-channel-bucket',
      },
    );
  }

  private callback(id: string, token: string, body: unknown, reply: Reply, fail: (() => void) | null = null): void {
    const it = this.interactions.get(id);
    if (!it || it.token !== token) return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (it.callbacks.length === 0 && this.now() - it.sentAt > this.ackDeadlineMs)
      return reply(404, { message: 'Unknown interaction', code: 10062 });
    if (it.callbacks.length > 0)
      return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const b = (body ?? {}) as { type?: number; data?: Record<string, unknown> };
    const type = Number(b.type);
    const errors = validateCallback(it.type, type, b.data);
    if (errors.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors });
    it.callbacks.push({ type, data: b.data });
    const flags = Number(b.data?.flags ?? 0);
    if (type === 5) {
      it.original = this.createMessage(it.channelId, { content: '' }, null, flags);
      it.loading = true;
    } else if (type === 4) {
      it.original = this.createMessage(it.channelId, b.data ?? {}, null, flags);
    }
    if (fail) return fail();
    reply(204);
  }

  private webhook(
    method: string,
    app: string,
    token: string,
    messageId: string | null,
    body: unknown,
    reply: Reply,
    fail: (() => void) | null,
  ): void {
    const it = this.interactionByToken(token);
    if (app !== this.applicationId || !it) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (this.now() - it.sentAt > this.tokenLifetimeMs)
      return reply(401, { message: 'Invalid Webhook Token', code: 50027 });
    const b = (body ?? {}) as Record<string, unknown>;
    if (method === 'POST' && messageId === null) {
      if (it.callbacks.length === 0) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const errors = validateMessage(b, false, FLAGS.followUp);
      if (errors.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors });
      // The first follow-up after a deferral fills the deferred message and keeps its flags (Discord's rule).
      if (it.loading && it.original && !it.original.deleted) {
        it.original.body = b;
        it.loading = false;
        if (fail) return fail();
        return reply(200, this.messageJson(it.original));
      }
      const msg = this.createMessage(it.channelId, b, null, Number(b.flags ?? 0) & EPHEMERAL);
      it.followUps.push(msg);
      if (fail) return fail();
      return reply(200, this.messageJson(msg));
    }
    const target = messageId === '@original' ? it.original : (it.followUps.find((x) => x.id === messageId) ?? null);
    if (!target || target.deleted) return reply(404, { message: 'Unknown Message', code: 10008 });
    if (method === 'PATCH') {
      const errors = validateMessage(b, true, FLAGS.edit);
      if (errors.length > 0) return reply(400, { message: 'Invalid Form Body', code: 50035, errors });
      target.body = { ...target.body, ...b };
      if (target === it.original) it.loading = false;
      if (fail) return fail();
      return reply(200, this.messageJson(target));
    }
    if (method === 'DELETE') {
      target.deleted = true;
      if (target === it.original) it.loading = false;
      return reply(204);
    }
    if (method === 'GET') return reply(200, this.messageJson(target));
    return reply(405, { message: '405: Method Not Allowed', code: 0 });
  }

  // The first interaction sent with this token: an index lookup, with a scan when the index is stale.
  private interactionByToken(token: string): FakeInteraction | undefined {
    const id = this.byToken.get(token);
    const hit = id === undefined ? undefined : this.interactions.get(id);
    if (hit && hit.token === token) return hit;
    return [...this.interactions.values()].find((x) => x.token === token);
  }

  // The global limit first (any bot request), then the channel's bucket (posts only). Null: let it through.
  private enforceLimits(method: string, route: string): { body: unknown; headers: Record<string, string> } | null {
    const limits = this.rateLimits;
    if (!limits) return null;
    const now = Date.now();
    const channel = method === 'POST' ? /^\/channels\/([^/]+)\/messages$/.exec(route)?.[1] : undefined;
    if (limits.globalPerSecond !== undefined) {
      const since = now - 1000;
      let drop = 0;
      while (drop < this.globalLog.length && (this.globalLog[drop] ?? 0) <= since) drop++;
      if (drop > 0) this.globalLog = this.globalLog.slice(drop);
      if (this.globalLog.length >= limits.globalPerSecond) {
        this.rateLimitStats.global429++;
        const after = Math.max(0.001, ((this.globalLog[0] ?? now) + 1000 - now) / 1000);
        return {
          body: { message: 'You are being rate limited.', retry_after: round3(after), global: true },
          headers: {
            'retry-after': String(Math.ceil(after)),
            'x-ratelimit-global': 'true',
            'x-ratelimit-scope': 'global',
          },
        };
      }
    }
    if (channel !== undefined && limits.perChannel) {
      const b = this.bucket(channel, now);
      if (b.count >= limits.perChannel.limit) {
        this.rateLimitStats.channel429++;
        const after = Math.max(0.001, (b.resetAt - now) / 1000);
        return {
          body: { message: 'You are being rate limited.', retry_after: round3(after), global: false },
          headers: {
            'retry-after': String(Math.ceil(after)),
            'x-ratelimit-scope': 'user',
            ...this.bucketHeaders(channel),
          },
        };
      }
      b.count++;
    }
    if (limits.globalPerSecond !== undefined) this.globalLog.push(now);
    this.rateLimitStats.accepted++;
    return null;
  }

  private bucket(channelId: string, now: number): { count: number; resetAt: number } {
    const windowMs = this.rateLimits?.perChannel?.windowMs ?? 5000;
    let b = this.buckets.get(channelId);
    if (!b || now >= b.resetAt) {
      b = { count: 0, resetAt: now + windowMs };
      this.buckets.set(channelId, b);
    }
    return b;
  }

  // Discord's bucket headers for a channel's posts, when per-channel limits are enforced.
  private bucketHeaders(channelId: string): Record<string, string> | null {
    const per = this.rateLimits?.perChannel;
    if (!per) return null;
    const now = Date.now();
    const b = this.bucket(channelId, now);
    return {
      'x-ratelimit-limit': String(per.limit),
      'x-ratelimit-remaining': String(Math.max(0, per.limit - b.count)),
      'x-ratelimit-reset': (b.resetAt / 1000).toFixed(3),
      'x-ratelimit-reset-after': ((b.resetAt - now) / 1000).toFixed(3),
      'x-ratelimit-bucket': 'fake-channel-messages',
    };
  }

  private createMessage(
    channelId: string,
    body: Record<string, unknown>,
    nonce: string | null,
    flags = 0,
  ): FakeMessage {
    return { id: this.snowflake(), channelId, body, flags, nonce, deleted: false };
  }

  private messageJson(m: FakeMessage): Record<string, unknown> {
    return {
      id: m.id,
      channel_id: m.channelId,
      type: 0,
      content: m.body.content ?? '',
      embeds: m.body.embeds ?? [],
      components: [],
      author: this.botUser(),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: m.flags,
      ...(m.nonce !== null ? { nonce: m.nonce } : {}),
    };
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }
}

type Reply = (status: number, payload?: unknown, headers?: Record<string, string>) => void;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

// A 429 as Discord sends it: body retry_after (seconds, fractional) and the rate-limit headers.
function rateLimited(p: Extract<PlannedFailure, { status: 429 }>): [unknown, Record<string, string>] {
  const scope = p.scope ?? (p.global ? 'global' : 'user');
  const headers: Record<string, string> = {
    'retry-after': String(p.retryAfter),
    'x-ratelimit-scope': scope,
  };
  if (p.global) headers['x-ratelimit-global'] = 'true';
  else {
    headers['x-ratelimit-limit'] = '5';
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset-after'] = String(p.retryAfter);
    headers['x-ratelimit-bucket'] = 'fake-channel-bucket';
  }
  return [{ message: 'You are being rate limited.', retry_after: p.retryAfter, global: p.global === true }, headers];
}

const EMBED_TOTAL = 6000;

// Message flags: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE, IS_COMPONENTS_V2.
const SUPPRESS_EMBEDS = 1 << 2;
const SUPPRESS_NOTIFICATIONS = 1 << 12;
const IS_VOICE_MESSAGE = 1 << 13;
const IS_COMPONENTS_V2 = 1 << 15;

/** The flags each endpoint lets a bot set (Discord's docs: Create Message, interaction callbacks, Execute Webhook, Edit Webhook Message). */
export const FLAGS = {
  create: SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_VOICE_MESSAGE | IS_COMPONENTS_V2,
  reply: SUPPRESS_EMBEDS | EPHEMERAL | SUPPRESS_NOTIFICATIONS | IS_VOICE_MESSAGE | IS_COMPONENTS_V2,
  defer: EPHEMERAL,
  followUp: SUPPRESS_EMBEDS | EPHEMERAL | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2,
  edit: SUPPRESS_EMBEDS | IS_COMPONENTS_V2,
} as const;

/**
 * Discord's checks on a message body (create, edit, follow-up); each problem as a readable line.
 * `flagsAllowed`: the flags the endpoint accepts (create message by default).
 */
export function validateMessage(
  b: Record<string, unknown>,
  partial = false,
  flagsAllowed: number = FLAGS.create,
): string[] {
  const errors: string[] = [];
  const content = typeof b.content === 'string' ? b.content : '';
  if (content.length > 2000) errors.push(`content: ${content.length} characters, at most 2000`);
  if (b.flags !== undefined && b.flags !== null) {
    const flags = Number(b.flags);
    if (!Number.isInteger(flags) || (flags & ~flagsAllowed) !== 0)
      errors.push(`flags: ${String(b.flags)} sets flags this endpoint does not take`);
  }
  const embeds = (b.embeds ?? []) as Array<Record<string, unknown>>;
  if (!Array.isArray(embeds)) errors.push('embeds: not an array');
  else {
    if (embeds.length > 10) errors.push(`embeds: ${embeds.length}, at most 10`);
    let total = 0;
    embeds.forEach((e, i) => {
      const title = str(e.title);
      const description = str(e.description);
      const footer = (e.footer ?? {}) as { text?: unknown; icon_url?: unknown };
      const author = (e.author ?? {}) as { name?: unknown; url?: unknown; icon_url?: unknown };
      const footerText = str(footer.text);
      const authorName = str(author.name);
      const fields = (e.fields ?? []) as Array<{ name?: unknown; value?: unknown }>;
      if (title.length > 256) errors.push(`embeds.${i}.title: ${title.length} > 256`);
      if (description.length > 4096) errors.push(`embeds.${i}.description: ${description.length} > 4096`);
      if (footerText.length > 2048) errors.push(`embeds.${i}.footer.text: ${footerText.length} > 2048`);
      if (authorName.length > 256) errors.push(`embeds.${i}.author.name: ${authorName.length} > 256`);
      if (fields.length > 25) errors.push(`embeds.${i}.fields: ${fields.length} > 25`);
      if (
        e.color !== undefined &&
        e.color !== null &&
        (!Number.isInteger(e.color) || Number(e.color) < 0 || Number(e.color) > 0xffffff)
      ) {
        errors.push(`embeds.${i}.color: ${String(e.color)} is not a color (0 to 16777215)`);
      }
      const urls: Array<[string, unknown]> = [
        ['url', e.url],
        ['author.url', author.url],
        ['author.icon_url', author.icon_url],
        ['footer.icon_url', footer.icon_url],
        ['image.url', (e.image as { url?: unknown } | undefined)?.url],
        ['thumbnail.url', (e.thumbnail as { url?: unknown } | undefined)?.url],
      ];
      for (const [name, v] of urls)
        if (v !== undefined && v !== null) errors.push(...checkUri(`embeds.${i}.${name}`, v));
      fields.forEach((f, j) => {
        const name = str(f.name);
        const value = str(f.value);
        if (name.length < 1 || name.length > 256)
          errors.push(`embeds.${i}.fields.${j}.name: length ${name.length}, 1–256`);
        if (value.length < 1 || value.length > 1024)
          errors.push(`embeds.${i}.fields.${j}.value: length ${value.length}, 1–1024`);
        total += name.length + value.length;
      });
      total += title.length + description.length + footerText.length + authorName.length;
    });
    if (total > EMBED_TOTAL) errors.push(`embeds: ${total} characters in all, at most ${EMBED_TOTAL}`);
  }
  const nonce = b.nonce;
  if (nonce !== undefined && String(nonce).length > 25) errors.push('nonce: at most 25 characters');
  if (!partial && content === '' && (!Array.isArray(embeds) || embeds.length === 0))
    errors.push('Cannot send an empty message (50006)');
  return errors;
}

/**
 * Discord's checks on an interaction callback: the types an interaction of that kind takes (a slash
 * command: 4 a message, 5 a deferral, 9 a modal; an autocomplete: 8 only), the flags each allows,
 * and autocomplete choices (at most 25, name 1–100 characters, a string value 1–100).
 */
export function validateCallback(
  interactionType: number,
  type: number,
  data: Record<string, unknown> | undefined,
): string[] {
  const allowed = interactionType === 4 ? [8] : [4, 5, 9];
  if (!allowed.includes(type))
    return [
      `type: ${type} is not a response to an interaction of type ${interactionType} (one of ${allowed.join(', ')})`,
    ];
  if (type === 4) return validateMessage(data ?? {}, false, FLAGS.reply);
  if (type === 5) {
    const flags = Number(data?.flags ?? 0);
    return (flags & ~FLAGS.defer) === 0 ? [] : [`data.flags: ${flags}, a deferral takes EPHEMERAL only`];
  }
  if (type !== 8) return [];
  const choices = data?.choices ?? [];
  if (!Array.isArray(choices)) return ['data.choices: not an array'];
  const errors: string[] = [];
  if (choices.length > 25) errors.push(`data.choices: ${choices.length}, at most 25`);
  choices.forEach((c: { name?: unknown; value?: unknown }, i) => {
    const name = typeof c?.name === 'string' ? c.name : '';
    if (name.length < 1 || name.length > 100) errors.push(`data.choices.${i}.name: length ${name.length}, 1–100`);
    if (typeof c?.value === 'string' && (c.value.length < 1 || c.value.length > 100))
      errors.push(`data.choices.${i}.value: length ${c.value.length}, 1–100`);
    else if (typeof c?.value !== 'string' && typeof c?.value !== 'number')
      errors.push(`data.choices.${i}.value: a string or a number`);
  });
  return errors;
}

// RFC 3986 characters: unreserved, reserved and percent signs (each starting an escape).
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

/** Discord's check of a URL field (embed url, icon_url …): a string of at most 2,048 characters that is an http(s) URI. */
function checkUri(where: string, v: unknown): string[] {
  if (typeof v !== 'string') return [`${where}: not a string`];
  if (v.length > 2048) return [`${where}: ${v.length} characters, at most 2048`];
  let scheme = '';
  try {
    scheme = new URL(v).protocol;
  } catch {
    return [`${where}: Not a well formed URL.`];
  }
  if (!URI_CHARS.test(v) || /%(?![0-9A-Fa-f]{2})/.test(v)) return [`${where}: Not a well formed URL.`];
  if (scheme !== 'http:' && scheme !== 'https:')
    return [`${where}: Scheme "${scheme.slice(0, -1)}" is not supported. Scheme must be one of ('http', 'https').`];
  return [];
}

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Discord's checks on a bulk-overwrite command list. */
export function validateCommands(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: expected an array of commands'];
  const errors: string[] = [];
  if (body.length > 100) errors.push('at most 100 commands');
  const names = new Set<string>();
  body.forEach((c: Record<string, unknown>, i) => {
    const name = str(c.name);
    const where = `${i}(${name})`;
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) errors.push(`${where}.name: invalid`);
    if (names.has(name)) errors.push(`${where}.name: duplicate`);
    names.add(name);
    const type = c.type ?? 1;
    if (type !== 1) errors.push(`${where}.type: expected 1 (chat input)`);
    const desc = str(c.description);
    if (desc.length < 1 || desc.length > 100) errors.push(`${where}.description: length ${desc.length}, 1–100`);
    const options = (c.options ?? []) as Array<Record<string, unknown>>;
    if (options.length > 25) errors.push(`${where}.options: at most 25`);
    let optional = false;
    let chars = name.length + desc.length;
    const optionNames = new Set<string>();
    options.forEach((o, j) => {
      const on = str(o.name);
      const od = str(o.description);
      chars += on.length + od.length;
      if (!COMMAND_NAME.test(on) || on !== on.toLowerCase()) errors.push(`${where}.options.${j}.name: invalid`);
      if (optionNames.has(on)) errors.push(`${where}.options.${j}.name: duplicate`);
      optionNames.add(on);
      if (od.length < 1 || od.length > 100)
        errors.push(`${where}.options.${j}.description: length ${od.length}, 1–100`);
      if (![3, 4, 5, 6, 7, 8, 9, 10, 11].includes(Number(o.type))) errors.push(`${where}.options.${j}.type: invalid`);
      if (o.autocomplete === true && ![3, 4, 10].includes(Number(o.type)))
        errors.push(`${where}.options.${j}.autocomplete: only for string, integer and number`);
      if (o.required === true && optional) errors.push(`${where}.options.${j}: required options must come first`);
      if (o.required !== true) optional = true;
    });
    if (chars > 4000) errors.push(`${where}: more than 4000 characters in all`);
  });
  return errors;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
