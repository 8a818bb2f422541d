import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

/** One path's answer: a fixed response (with validators for conditional GETs) or a hand-written handler. */
export interface Route {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  etag?: string;
  lastModified?: string;
  handler?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A local HTTP server on 127.0.0.1 serving test fixtures, recording every request it gets. */
export class FixtureServer {
  readonly routes = new Map<string, Route>();
  readonly requests: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FixtureServer> {
    let self: FixtureServer | null = null;
    const server = createServer((req, res) => self?.answer(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    self = new FixtureServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  /** A fixture file from tests/fixtures/feeds, with {{origin}} replaced by this server's origin. */
  fixture(name: string): string {
    return readFileSync(`tests/fixtures/feeds/${name}`, 'utf8').replaceAll('{{origin}}', this.origin);
  }

  /** A fixture file's bytes unchanged (for pages in another encoding). */
  bytes(name: string): Buffer {
    return Buffer.from(
      readFileSync(`tests/fixtures/feeds/${name}`, 'latin1').replaceAll('{{origin}}', this.origin),
      'latin1',
    );
  }

  set(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  get port(): number {
    return Number(new URL(this.origin).port);
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  requestsTo(path: string): Array<{ path: string; headers: IncomingMessage['headers'] }> {
    return this.requests.filter((r) => r.path.split('?')[0] === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push({ path, headers: req.headers });
    const route = this.routes.get(path.split('?')[0] ?? '/');
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.handler) {
      route.handler(req, res);
      return;
    }
    const validators: Record<string, string> = {};
    if (route.etag) validators.etag = route.etag;
    if (route.lastModified) validators['last-modified'] = route.lastModified;
    const fresh =
      (route.etag && req.headers['if-none-match'] === route.etag) ||
      (route.lastModified && req.headers['if-modified-since'] === route.lastModified);
    if (fresh) {
      res.writeHead(304, validators).end();
      return;
    }
    res
      .writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html', ...validators, ...route.headers })
      .end(route.body ?? '');
  }
}
