import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { FAKE_SCOPES, acceptMetadata, historyPage, historyScope, type FakeMessage } from './slack-channels.js';

export { FAKE_SCOPES, type FakeMessage };

/** A Slack user as users.info describes it. */
export interface FakeUser {
  id: string;
  name: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

/** One request the fake received, with what it answered. */
export interface RecordedRequest {
  at: number;
  method: string;
  path: string;
  /** Web API method (`chat.postMessage`), or null for response_url and other paths. */
  api: string | null;
  authorization: string | null;
  body: Record<string, unknown>;
  status: number;
  /** The Slack `error` the fake answered, if any. */
  error: string | null;
}

/** A message accepted at a response_url. */
export interface ResponsePost {
  id: string;
  at: number;
  body: Record<string, unknown>;
}

/**
 * Limits on chat.postMessage the fake enforces, off unless given: `perChannel` posts to one channel
 * (Slack: about 1 per second) and `workspace` posts overall (Slack publishes no figure), each a window that
 * starts at the first post. Over a limit the call answers HTTP 429 with Retry-After in whole seconds
 * (rounded up) and `{ ok: false, error: 'ratelimited' }`, as Slack does; a 429 uses up no quota.
 */
export interface FakeSlackRateLimits {
  perChannel?: { limit: number; windowMs: number };
  workspace?: { limit: number; windowMs: number };
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  users?: FakeUser[];
  /** Messages a response_url accepts before answering 404 used_url (Slack: 5). */
  responseUrlLimit?: number;
  /** How long a response_url works after it was issued, then 404 expired_url (Slack: 30 minutes). */
  responseUrlLifetimeMs?: number;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Called after each request is answered (for a console view). */
  onRequest?: (r: RecordedRequest) => void;
  /** Enforced chat.postMessage rate limits (none by default). */
  rateLimits?: FakeSlackRateLimits;
  /** Bot scopes the token has (default FAKE_SCOPES, what Herald's manifest asks for). */
  scopes?: string[];
}

/**
 * How one planned call fails: HTTP `status` (500, or 429 with `retryAfter` seconds), or HTTP 200 with
 * `{ ok: false, error }` (a platform error such as internal_error).
 */
export interface PlannedFailure {
  status?: number;
  error?: string;
  retryAfter?: number;
}

/**
 * Slack answers msg_blocks_too_long when one message's blocks are too large in all. The figure is not
 * published: reports put it near 12,000 characters of text (slackapi/bolt-js#2509, #2867), so the fake
 * refuses blocks whose JSON is longer than 12,000 characters, as strict as Herald's bound.
 */
export const MAX_BLOCKS_JSON = 12_000;

export const FAKE_BOT_TOKEN = 'xoxb-fake-bot-token';
export const FAKE_APP_TOKEN = 'xapp-fake-app-token';
export const FAKE_SIGNING_SECRET = 'fake-signing-secret-0123456789';
export const FAKE_TEAM = 'T0FAKE';
export const FAKE_BOT_USER = 'U0HERALD';

/**
 * A local Slack on 127.0.0.1 (random port) that real Bolt can talk to: the Web API methods Herald
 * calls under /api/, response_url endpoints under /response/, and a Socket Mode WebSocket at /socket.
 * It records every request, can answer a planned, finite run of 429s, a failure of the n-th call, or a
 * channel error, and knows which users are admins. Each channel keeps the messages posted to it (with
 * their metadata), which conversations.history serves back, as Slack does.
 */
export class FakeSlack {
  readonly requests: RecordedRequest[] = [];
  readonly responses: ResponsePost[] = [];
  /** Socket Mode acknowledgements: `{ envelope_id, payload }` as the app sent them. */
  readonly acks: Array<{ envelope_id: string; payload: unknown; at: number }> = [];
  readonly users = new Map<string, FakeUser>();
  private readonly channelErrors = new Map<string, string>();
  private readonly planned = new Map<string, Array<{ status: number; retryAfter: number }>>();
  private readonly plannedAt = new Map<string, Map<number, PlannedFailure>>();
  private readonly callCounts = new Map<string, number>();
  private readonly history = new Map<string, FakeMessage[]>();
  private readonly historyErrors = new Map<string, string>();
  /** The bot token's scopes; a Web API method that needs one it lacks answers missing_scope. */
  readonly scopes: Set<string>;
  private readonly responseCounts = new Map<string, number>();
  private readonly responseIssued = new Map<string, number>();
  private readonly responseUrlLifetimeMs: number;
  /** The fake's clock for response_url expiry; a test moves it on to see a URL expire. */
  now: () => number = () => Date.now();
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  /** Enforced chat.postMessage rate limits; null (the default) enforces none. */
  rateLimits: FakeSlackRateLimits | null;
  /** 429s the rate limiter answered, by scope. */
  readonly rateLimitStats = { channel429: 0, workspace429: 0 };
  private readonly sockets = new Set<WebSocket>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly botToken: string;
  private readonly appToken: string;
  private readonly responseUrlLimit: number;
  /** Called after each request is answered; a test may replace it (to act at a precise moment). */
  onRequest: (r: RecordedRequest) => void;
  private seq = 0;
  private port: number;

  constructor(opts: FakeSlackOptions = {}) {
    this.botToken = opts.botToken ?? FAKE_BOT_TOKEN;
    this.appToken = opts.appToken ?? FAKE_APP_TOKEN;
    this.responseUrlLimit = opts.responseUrlLimit ?? 5;
    this.responseUrlLifetimeMs = opts.responseUrlLifetimeMs ?? 30 * 60_000;
    this.onRequest = opts.onRequest ?? (() => {});
    this.port = opts.port ?? 0;
    this.rateLimits = opts.rateLimits ?? null;
    this.scopes = new Set(opts.scopes ?? FAKE_SCOPES);
    for (const u of opts.users ?? []) this.users.set(u.id, u);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The Web API base to give Bolt as slackApiUrl. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls of `api` answer HTTP `status` (429 by default) with Retry-After `retryAfter` seconds. */
  failNext(api: string, count: number, retryAfter = 1, status = 429): void {
    const list = this.planned.get(api) ?? [];
    for (let i = 0; i < count; i++) list.push({ status, retryAfter });
    this.planned.set(api, list);
  }

  /**
   * The `nth` call of `api` from now (1: the next one) fails as planned; the calls before and after it
   * are answered as usual. A failed chat.postMessage posts nothing.
   */
  failCall(api: string, nth: number, failure: PlannedFailure): void {
    const at = (this.callCounts.get(api) ?? 0) + nth;
    const plans = this.plannedAt.get(api) ?? new Map<number, PlannedFailure>();
    plans.set(at, failure);
    this.plannedAt.set(api, plans);
  }

  /** conversations.history of `channel` answers `{ ok: false, error }` (not_in_channel, channel_not_found…); null clears it. */
  setHistoryError(channel: string, error: string | null): void {
    if (error === null) this.historyErrors.delete(channel);
    else this.historyErrors.set(channel, error);
  }

  /** The messages a channel has, oldest first, as conversations.history knows them (metadata included). */
  messagesIn(channel: string): FakeMessage[] {
    return [...(this.history.get(channel) ?? [])];
  }

  /** A message somebody else posted in `channel` now; returns it. */
  addMessage(channel: string, message: Omit<FakeMessage, 'ts'>): FakeMessage {
    const m = { ...message, ts: this.nextTs() };
    this.keep(channel, m);
    return m;
  }

  /** chat.postMessage to `channel` answers `{ ok: false, error }` (not_in_channel, channel_not_found, is_archived); null clears it. */
  setChannelError(channel: string, error: string | null): void {
    if (error === null) this.channelErrors.delete(channel);
    else this.channelErrors.set(channel, error);
  }

  /** A fresh response_url on this server, issued now. */
  responseUrl(): string {
    const id = randomUUID();
    this.responseIssued.set(id, this.now());
    return `${this.url}/response/${id}`;
  }

  /** Requests for one Web API method, in order. */
  calls(api: string): RecordedRequest[] {
    return this.requests.filter((r) => r.api === api);
  }

  /** chat.postMessage calls that Slack accepted. */
  get posts(): RecordedRequest[] {
    return this.calls('chat.postMessage').filter((r) => r.status === 200 && r.error === null);
  }

  /** Messages accepted at one response_url (by its full URL). */
  responsesTo(url: string): ResponsePost[] {
    const id = url.slice(url.lastIndexOf('/') + 1);
    return this.responses.filter((r) => r.id === id);
  }

  /** How many Socket Mode connections are open. */
  get socketCount(): number {
    return this.sockets.size;
  }

  /** Cuts every Socket Mode connection, as a network drop or a Slack-side restart does. */
  dropSockets(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Sends a slash command over Socket Mode, as Slack does; returns its envelope id. */
  pushSlashCommand(payload: Record<string, string>): string {
    const ws = [...this.sockets].find((s) => s.readyState === WebSocket.OPEN);
    if (!ws) throw new Error('no Socket Mode connection is open');
    const envelope_id = randomUUID();
    ws.send(JSON.stringify({ envelope_id, type: 'slash_commands', payload, accepts_response_payload: true }));
    return envelope_id;
  }

  /** Waits until `check` is true, polling; throws after `timeoutMs`. */
  async waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > until) throw new Error(`fake slack: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      let msg: { envelope_id?: unknown; payload?: unknown };
      try {
        msg = JSON.parse(String(data)) as typeof msg;
      } catch {
        return;
      }
      if (typeof msg.envelope_id === 'string')
        this.acks.push({ envelope_id: msg.envelope_id, payload: msg.payload, at: Date.now() });
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0HERALD' },
      }),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    const record: RecordedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path,
      api: null,
      authorization: typeof req.headers.authorization === 'string' ? req.headers.authorization : null,
      body,
      status: 200,
      error: null,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(text);
      this.onRequest(record);
    };
    if (path.startsWith('/response/') && req.method === 'POST') {
      const id = path.slice('/response/'.length);
      const issued = this.responseIssued.get(id);
      if (issued !== undefined && this.now() - issued > this.responseUrlLifetimeMs) {
        record.error = 'expired_url';
        send(404, 'expired_url');
        return;
      }
      const problem = messageProblem(body);
      if (problem) {
        record.error = problem;
        send(400, problem);
        return;
      }
      const n = (this.responseCounts.get(id) ?? 0) + 1;
      this.responseCounts.set(id, n);
      if (n > this.responseUrlLimit) {
        record.error = 'used_url';
        send(404, 'used_url');
        return;
      }
      this.responses.push({ id, at: Date.now(), body });
      send(200, 'ok');
      return;
    }
    if (!path.startsWith('/api/') || req.method !== 'POST') {
      send(404, 'not found');
      return;
    }
    const api = path.slice('/api/'.length);
    record.api = api;
    const n = (this.callCounts.get(api) ?? 0) + 1;
    this.callCounts.set(api, n);
    const failure = this.plannedAt.get(api)?.get(n);
    if (failure) {
      this.plannedAt.get(api)?.delete(n);
      const status = failure.status ?? 200;
      record.error = failure.error ?? (status === 429 ? 'ratelimited' : `http_${status}`);
      send(
        status,
        { ok: false, error: record.error },
        status === 429 ? { 'retry-after': String(failure.retryAfter ?? 1) } : {},
      );
      return;
    }
    const plan = this.planned.get(api);
    const next = plan?.shift();
    if (next) {
      record.error = next.status === 429 ? 'ratelimited' : `http_${next.status}`;
      send(
        next.status,
        { ok: false, error: record.error },
        next.status === 429 ? { 'retry-after': String(next.retryAfter) } : {},
      );
      return;
    }
    const limited = api === 'chat.postMessage' ? this.enforceLimits(String(body.channel ?? '')) : null;
    if (limited !== null) {
      record.error = 'ratelimited';
      send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limited) });
      return;
    }
    const answer = this.api(api, body, record.authorization);
    if (answer.ok === false) record.error = String(answer.error);
    send(200, answer);
  }

  // Slack's message ids: seconds, then a per-second sequence; the fake keeps them increasing.
  private nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
  }

  private keep(channel: string, m: FakeMessage): void {
    const list = this.history.get(channel) ?? [];
    list.push(m);
    this.history.set(channel, list);
  }

  // Seconds to wait (whole, rounded up) when a post to `channel` is over a limit, else null (and counted).
  private enforceLimits(channel: string): number | null {
    const limits = this.rateLimits;
    if (!limits) return null;
    const now = Date.now();
    const checks: Array<[string, { limit: number; windowMs: number } | undefined, 'channel429' | 'workspace429']> = [
      ['\u0000workspace', limits.workspace, 'workspace429'],
      [channel, limits.perChannel, 'channel429'],
    ];
    const windows: Array<{ count: number; resetAt: number }> = [];
    for (const [key, limit, stat] of checks) {
      if (!limit) continue;
      let w = this.windows.get(key);
      if (!w || now >= w.resetAt) {
        w = { count: 0, resetAt: now + limit.windowMs };
        this.windows.set(key, w);
      }
      if (w.count >= limit.limit) {
        this.rateLimitStats[stat]++;
        return Math.max(1, Math.ceil((w.resetAt - now) / 1000));
      }
      windows.push(w);
    }
    for (const w of windows) w.count++;
    return null;
  }

  private api(api: string, body: Record<string, unknown>, auth: string | null): Record<string, unknown> {
    const token = auth?.replace(/^Bearer\s+/i, '') ?? (typeof body.token === 'string' ? body.token : null);
    if (api === 'apps.connections.open') {
      if (token !== this.appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomUUID()}` };
    }
    if (token !== this.botToken) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    const scope = NEEDS[api];
    if (scope && !this.scopes.has(scope))
      return { ok: false, error: 'missing_scope', needed: scope, provided: [...this.scopes].join(',') };
    switch (api) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake',
          user: 'herald',
          team_id: FAKE_TEAM,
          user_id: FAKE_BOT_USER,
          bot_id: 'B0HERALD',
          is_enterprise_install: false,
        };
      case 'users.info': {
        const user = this.users.get(String(body.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            is_admin: false,
            is_owner: false,
            is_primary_owner: false,
            team_id: FAKE_TEAM,
            deleted: false,
            ...user,
          },
        };
      }
      case 'conversations.open': {
        const users = String(body.users ?? '');
        if (!users || !this.users.has(users.split(',')[0] ?? '')) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${users.split(',')[0]}` } };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const channel = String(body.channel ?? '');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (body.text === undefined && body.blocks === undefined) return { ok: false, error: 'no_text' };
        if (api === 'chat.postEphemeral' && (typeof body.user !== 'string' || body.user === ''))
          return {
            ok: false,
            error: 'invalid_arguments',
            response_metadata: { messages: ['[ERROR] missing required field: user'] },
          };
        const problem = messageProblem(body);
        if (problem === 'invalid_blocks')
          return {
            ok: false,
            error: problem,
            errors: validateBlocks(body.blocks),
            response_metadata: { messages: validateBlocks(body.blocks) },
          };
        if (problem) return { ok: false, error: problem };
        const meta = acceptMetadata(body.metadata);
        if ('error' in meta) return { ok: false, error: meta.error };
        const err = this.channelErrors.get(channel);
        if (err) return { ok: false, error: err };
        const ts = this.nextTs();
        if (api === 'chat.postEphemeral') return { ok: true, message_ts: ts };
        const message: FakeMessage = {
          ts,
          text: typeof body.text === 'string' ? body.text : '',
          bot_id: 'B0HERALD',
          ...(body.blocks !== undefined ? { blocks: body.blocks } : {}),
          ...(meta.metadata ? { metadata: meta.metadata } : {}),
        };
        this.keep(channel, message);
        return {
          ok: true,
          channel,
          ts,
          message: { type: 'message', ...message },
          ...(meta.warning ? { warning: meta.warning, response_metadata: { warnings: [meta.warning] } } : {}),
        };
      }
      case 'conversations.history': {
        const channel = String(body.channel ?? '');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const needed = historyScope(channel);
        if (!this.scopes.has(needed))
          return { ok: false, error: 'missing_scope', needed, provided: [...this.scopes].join(',') };
        const gone = this.channelErrors.get(channel);
        const err =
          this.historyErrors.get(channel) ??
          (gone === 'not_in_channel' || gone === 'channel_not_found' ? gone : undefined);
        if (err) return { ok: false, error: err };
        return historyPage(this.history.get(channel) ?? [], body);
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

// The bot scope each Web API method needs (conversations.history: by conversation type, below).
const NEEDS: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'users.info': 'users:read',
  'conversations.open': 'im:write',
};

/** What Slack answers to a message's blocks: invalid_blocks, msg_blocks_too_long, or null when it takes them. */
function messageProblem(body: Record<string, unknown>): string | null {
  if (body.blocks === undefined) return null;
  if (validateBlocks(body.blocks).length > 0) return 'invalid_blocks';
  return JSON.stringify(body.blocks).length > MAX_BLOCKS_JSON ? 'msg_blocks_too_long' : null;
}

// Block types the fake knows but does not look inside (Herald sends none of them).
const OTHER_BLOCKS = new Set(['actions', 'divider', 'image', 'input', 'file', 'rich_text', 'video', 'markdown']);

/**
 * Slack's Block Kit checks for a message (docs.slack.dev/reference/block-kit/blocks): at most 50 blocks;
 * a section has text (1–3,000) or fields (1–10, each 1–2,000); a header is plain_text of 1–150; a
 * context has 1–10 elements; block_id at most 255. Each problem as Slack words it, with its JSON pointer.
 */
export function validateBlocks(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return ['[ERROR] must be an array [json-pointer:/blocks]'];
  const errors: string[] = [];
  if (blocks.length > 50) errors.push('[ERROR] no more than 50 items allowed [json-pointer:/blocks]');
  blocks.forEach((b: Record<string, unknown>, i) => {
    const at = `/blocks/${i}`;
    const err = (what: string, where = ''): void => void errors.push(`[ERROR] ${what} [json-pointer:${at}${where}]`);
    if (typeof b !== 'object' || b === null) {
      err('must be an object');
      return;
    }
    if (b.block_id !== undefined && (typeof b.block_id !== 'string' || b.block_id.length > 255))
      err('must be a string of at most 255 characters', '/block_id');
    if (b.type === 'section') {
      if (b.text === undefined && b.fields === undefined) err('must provide text or fields');
      if (b.text !== undefined) errors.push(...textProblems(b.text, `${at}/text`, 3000));
      if (b.fields !== undefined) {
        if (!Array.isArray(b.fields) || b.fields.length < 1 || b.fields.length > 10)
          err('must provide an array of 1 to 10 items', '/fields');
        else
          b.fields.forEach((f: unknown, j: number) => {
            errors.push(...textProblems(f, `${at}/fields/${j}`, 2000));
          });
      }
    } else if (b.type === 'header') {
      errors.push(...textProblems(b.text, `${at}/text`, 150, 'plain_text'));
    } else if (b.type === 'context') {
      if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > 10)
        err('must provide an array of 1 to 10 items', '/elements');
      else
        b.elements.forEach((e: Record<string, unknown>, j: number) => {
          if (e?.type !== 'image') errors.push(...textProblems(e, `${at}/elements/${j}`, 3000));
        });
    } else if (typeof b.type !== 'string' || !OTHER_BLOCKS.has(b.type))
      err(`unsupported type: ${String(b.type)}`, '/type');
  });
  return errors;
}

function textProblems(t: unknown, at: string, max: number, only?: 'plain_text'): string[] {
  const o = t as { type?: unknown; text?: unknown } | undefined;
  if (typeof o !== 'object' || o === null) return [`[ERROR] must be a text object [json-pointer:${at}]`];
  if (only ? o.type !== only : o.type !== 'plain_text' && o.type !== 'mrkdwn')
    return [`[ERROR] must be ${only ?? 'plain_text or mrkdwn'} [json-pointer:${at}/type]`];
  if (typeof o.text !== 'string' || o.text.length < 1)
    return [`[ERROR] must be more than 0 characters [json-pointer:${at}/text]`];
  if (o.text.length > max) return [`[ERROR] must be less than ${max + 1} characters [json-pointer:${at}/text]`];
  return [];
}

/** Slack's request signature headers for `body`: HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function signRequest(
  secret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': signature };
}

/** The form fields Slack sends for a slash command, with test defaults. */
export function slashCommand(fields: {
  text: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
  command?: string;
}): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM,
    team_domain: 'fake',
    channel_id: fields.channel_id ?? 'C0NEWS',
    channel_name: 'news',
    user_id: fields.user_id ?? 'U0READER',
    user_name: 'reader',
    command: fields.command ?? '/herald',
    text: fields.text,
    api_app_id: 'A0HERALD',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: `${Date.now()}.trigger`,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// The Web API client sends form fields with nested values (blocks) as JSON strings; response_url gets JSON.
function parseBody(raw: string, type: string): Record<string, unknown> {
  if (raw === '') return {};
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}
