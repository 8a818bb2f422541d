import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListenError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import { BodyTooLargeError, readBody } from './body.js';
import type { PromMetrics } from './prom-metrics.js';
import { settlesWithin } from '../../src/time/settles-within.js';

/** Answers one request whose body has been read (and bounded) already. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>;

/** An adapter that can be served on the HTTP server. */
export interface HttpEndpoint {
  /** Its request handler; null when it runs without HTTP (Slack Socket Mode, the Discord gateway). */
  readonly httpHandler: HttpHandler | null;
  /** Why it cannot answer yet, one reason per line ("slack: not started"); empty when ready. */
  readinessProblems(): string[];
}

export interface HttpOptions {
  /** Port to listen on (PORT); 0 picks a free one. */
  port: number;
  /** Address to listen on (HERALD_HTTP_HOST); all interfaces when not given. */
  host?: string | undefined;
  log: Logger;
  /** Served at POST /slack/events when its handler is not null. */
  slack?: HttpEndpoint | undefined;
  /** Served at POST /discord/interactions when its handler is not null. */
  discord?: HttpEndpoint | undefined;
  /** Checks outside the adapters (the database reachable…): one problem per entry, none when ready. */
  readiness?: (() => Promise<string[]>) | undefined;
  /** Served at GET /metrics; without it /metrics is 404. */
  metrics?: PromMetrics | undefined;
  /** Largest request body accepted (default 1 MB); larger gets 413. */
  maxBodyBytes?: number | undefined;
  /** How long /readyz waits for `readiness` (default 2 s). */
  readinessTimeoutMs?: number | undefined;
}

export interface HttpServer {
  readonly server: Server;
  /** The port listened on (useful with port 0). */
  readonly port: number;
  /** From now on /readyz answers 503 "stopping", so a load balancer sends no new requests here. */
  drain(): void;
  /** Stops listening, lets requests under way finish for up to `graceMs`, then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY = 1024 * 1024;

interface Route {
  method: 'GET' | 'POST';
  handle: HttpHandler;
}

/**
 * Herald's one HTTP server: Slack's HTTP mode, Discord's Interactions Endpoint, health, readiness
 * and metrics, on one port. Clients never see a stack trace: a failing handler is logged and
 * answered with a plain 500.
 */
export async function startHttp(o: HttpOptions): Promise<HttpServer> {
  const { log } = o;
  let draining = false;
  const routes = new Map<string, Route>();
  routes.set('/healthz', { method: 'GET', handle: async (_req, res) => text(res, 200, 'ok\n') });
  routes.set('/readyz', {
    method: 'GET',
    handle: async (_req, res) => {
      const problems = draining ? ['stopping'] : await readinessProblems(o);
      text(res, problems.length === 0 ? 200 : 503, problems.length === 0 ? 'ready\n' : `${problems.join('\n')}\n`);
    },
  });
  if (o.metrics) {
    const metrics = o.metrics;
    routes.set('/metrics', {
      method: 'GET',
      handle: async (_req, res) => {
        const { contentType, body } = await metrics.render();
        res.writeHead(200, { 'content-type': contentType }).end(body);
      },
    });
  }
  if (o.slack?.httpHandler) routes.set(SLACK_EVENTS_PATH, { method: 'POST', handle: o.slack.httpHandler });
  if (o.discord?.httpHandler) routes.set(DISCORD_INTERACTIONS_PATH, { method: 'POST', handle: o.discord.httpHandler });

  const limit = o.maxBodyBytes ?? MAX_BODY;
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, (req, res) => {
    const path = pathOf(req.url);
    const route = path === null ? undefined : routes.get(path);
    if (o.metrics) {
      const metrics = o.metrics;
      res.once('finish', () => metrics.httpRequest(route ? (path ?? 'other') : 'other', res.statusCode));
    }
    void serve(req, res, route, limit, log).catch((err: unknown) => {
      log.error('http request failed', { path, err });
      if (!res.headersSent) text(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  // Longer than the usual load balancer idle timeout (60 s), so the balancer closes idle connections first.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const where = `${o.host ?? 'every interface'} (HERALD_HTTP_HOST)`;
      const why: Record<string, string> = {
        EADDRINUSE: `PORT ${o.port} is already in use: set PORT to a free port`,
        EACCES: `PORT ${o.port} needs more privileges: set PORT to 1024 or above`,
        EADDRNOTAVAIL: `${where} is not an address of this machine: use 0.0.0.0, :: or 127.0.0.1`,
        ENOTFOUND: `${where} is not an address or a known host name: use 0.0.0.0, :: or 127.0.0.1`,
        EAI_AGAIN: `${where} could not be looked up: use an IP address such as 0.0.0.0 or 127.0.0.1`,
      };
      const known = err.code ? why[err.code] : undefined;
      reject(known ? new ListenError(known, { cause: err }) : err);
    });
    server.listen({ port: o.port, ...(o.host ? { host: o.host } : {}) }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info('http server listening', { port, ...(o.host ? { host: o.host } : {}), routes: [...routes.keys()] });
  return {
    server,
    port,
    drain: () => {
      draining = true;
    },
    close: (graceMs = 5000) => closeServer(server, graceMs),
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route | undefined,
  limit: number,
  log: Logger,
): Promise<void> {
  if (!route) {
    req.resume();
    return text(res, 404, 'not found\n');
  }
  const method = req.method ?? 'GET';
  const allowed = route.method === 'GET' ? ['GET', 'HEAD'] : [route.method];
  if (!allowed.includes(method)) {
    req.resume();
    res.setHeader('allow', allowed.join(', '));
    return text(res, 405, 'method not allowed\n');
  }
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    log.warn('http request body too large', { path: pathOf(req.url), limit });
    // The rest of the body is not read: close the connection after answering.
    res.setHeader('connection', 'close');
    return text(res, 413, 'request body too large\n');
  }
  await route.handle(req, res, body);
}

async function readinessProblems(o: HttpOptions): Promise<string[]> {
  const adapters = [...(o.slack?.readinessProblems() ?? []), ...(o.discord?.readinessProblems() ?? [])];
  if (!o.readiness) return adapters;
  const timeoutMs = o.readinessTimeoutMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string[]>(
    (resolve) =>
      (timer = setTimeout(() => resolve([`readiness check did not answer within ${timeoutMs} ms`]), timeoutMs)),
  );
  try {
    const checked = await Promise.race([o.readiness(), timedOut]);
    return [...checked, ...adapters];
  } catch (err) {
    o.log.error('readiness check failed', { err });
    return ['readiness check failed (see the log)', ...adapters];
  } finally {
    clearTimeout(timer);
  }
}

/** Writes a plain-text answer. */
export function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

/** Writes a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

async function closeServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await settlesWithin(closed, graceMs);
  server.closeAllConnections();
  await closed;
}
