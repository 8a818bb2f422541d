/**
 * Plays Slack towards a bot in HTTP mode: signed `/herald …` slash commands over HTTP, and the fake
 * Slack (Web API + response_url endpoints) that the bot answers. Times each command from the moment it is
 * sent: to the HTTP ack (the whole 200 response read) and to the first response_url POST arriving.
 */
import { Agent, request } from 'node:http';
import {
  FakeSlack,
  FAKE_SIGNING_SECRET,
  signRequest,
  slashCommand,
  type FakeSlackRateLimits,
  type RecordedRequest,
} from '../../tests/fakes/slack.js';

export interface CommandTiming {
  ackMs: number;
  responseMs: number;
}

export class SlackDriver {
  readonly fake: FakeSlack;
  private readonly waiters = new Map<string, (at: number) => void>();
  private readonly agents = new Map<number, Agent>();

  constructor(opts: { rateLimits?: FakeSlackRateLimits } = {}) {
    this.fake = new FakeSlack({
      users: [
        { id: 'U0ADMIN', name: 'ada', is_admin: true },
        { id: 'U0READER', name: 'rui' },
      ],
      onRequest: (r) => this.onRequest(r),
      ...(opts.rateLimits ? { rateLimits: opts.rateLimits } : {}),
    });
  }

  async start(): Promise<this> {
    await this.fake.start();
    return this;
  }

  /** Sends one signed slash command to `target` (http://127.0.0.1:PORT/slack/events) and times it. */
  async command(
    target: URL,
    text: string,
    opts: { channel?: string; concurrency?: number; timeoutMs?: number } = {},
  ): Promise<CommandTiming> {
    const responseUrl = this.fake.responseUrl();
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    const body = new URLSearchParams(
      slashCommand({ text, response_url: responseUrl, channel_id: opts.channel ?? 'C0NEWS' }),
    ).toString();
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      ...signRequest(FAKE_SIGNING_SECRET, body),
    };
    const timeoutMs = opts.timeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const responded = new Promise<number>((resolve) => this.waiters.set(id, resolve));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const t0 = performance.now();
    const acked = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers,
          agent: this.agent(opts.concurrency ?? 1),
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve(performance.now()) : reject(new Error(`ack status ${res.statusCode}`)),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    try {
      const [ack, resp] = await Promise.race([Promise.all([acked, responded]), timeout]);
      return { ackMs: ack - t0, responseMs: resp - t0 };
    } finally {
      clearTimeout(timer);
      this.waiters.delete(id);
    }
  }

  async close(): Promise<void> {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
    await this.fake.stop();
  }

  // Keep-alive connections, as many as commands in flight.
  private agent(concurrency: number): Agent {
    let a = this.agents.get(concurrency);
    if (!a) {
      a = new Agent({ keepAlive: true, maxSockets: concurrency });
      this.agents.set(concurrency, a);
    }
    return a;
  }

  private onRequest(r: RecordedRequest): void {
    if (!r.path.startsWith('/response/')) return;
    const at = performance.now();
    const resolve = this.waiters.get(r.path.slice('/response/'.length));
    if (resolve) {
      this.waiters.delete(r.path.slice('/response/'.length));
      resolve(at);
    }
  }
}
