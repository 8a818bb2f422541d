import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../../src/metrics.js';

// Each label keeps at most this many distinct values; more fold into "other", so a caller that
// passes something unbounded (a URL, an id) cannot grow the registry without end.
const MAX_VALUES_PER_LABEL = 50;

/**
 * The core's Metrics as Prometheus metrics, in a registry of its own (so tests and several
 * instances in one process never collide), plus Node's default process metrics.
 */
export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly posts: Counter<'platform' | 'status'>;
  private readonly postFailures: Counter<'platform' | 'reason'>;
  private readonly lag: Histogram;
  private readonly commands: Histogram<'platform' | 'command'>;
  private readonly limited: Counter<'platform'>;
  private readonly fetchErrors: Counter<'reason'>;
  private readonly takenOver: Counter;
  private readonly http: Counter<'route' | 'status'>;
  private readonly seen = new Map<string, Set<string>>();

  constructor(opts: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (opts.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.posts = new Counter({
      name: 'herald_posts_total',
      help: 'Scheduled posts by platform and outcome (sent or failed).',
      labelNames: ['platform', 'status'],
      registers,
    });
    this.postFailures = new Counter({
      name: 'herald_post_failures_total',
      help: 'Failed scheduled posts by platform and kind of failure.',
      labelNames: ['platform', 'reason'],
      registers,
    });
    this.lag = new Histogram({
      name: 'herald_fire_lag_seconds',
      help: 'Seconds from a fire\u2019s due time to the moment this instance took it and began its work.',
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900],
      registers,
    });
    this.commands = new Histogram({
      name: 'herald_command_duration_seconds',
      help: 'Seconds from receiving a slash command to the last message of its answer.',
      labelNames: ['platform', 'command'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
      registers,
    });
    this.limited = new Counter({
      name: 'herald_rate_limited_total',
      help: '429 answers from a platform.',
      labelNames: ['platform'],
      registers,
    });
    this.fetchErrors = new Counter({
      name: 'herald_source_fetch_errors_total',
      help: 'Failed source fetches by kind of failure.',
      labelNames: ['reason'],
      registers,
    });
    this.takenOver = new Counter({
      name: 'herald_claims_taken_over_total',
      help: 'Delivery claims taken over after another instance\u2019s lease ran out.',
      registers,
    });
    this.http = new Counter({
      name: 'herald_http_requests_total',
      help: 'Requests to Herald\u2019s HTTP server by route and status.',
      labelNames: ['route', 'status'],
      registers,
    });
  }

  postSent(platform: string): void {
    this.posts.inc({ platform: this.label('platform', platform), status: 'sent' });
  }

  postFailed(platform: string, reason: string): void {
    const p = this.label('platform', platform);
    this.posts.inc({ platform: p, status: 'failed' });
    this.postFailures.inc({ platform: p, reason: this.label('post_reason', reason) });
  }

  fireLag(seconds: number): void {
    if (Number.isFinite(seconds)) this.lag.observe(Math.max(0, seconds));
  }

  commandLatency(platform: string, command: string, seconds: number): void {
    if (Number.isFinite(seconds))
      this.commands.observe(
        { platform: this.label('platform', platform), command: this.label('command', command) },
        Math.max(0, seconds),
      );
  }

  rateLimited(platform: string): void {
    this.limited.inc({ platform: this.label('platform', platform) });
  }

  sourceFetchError(kind: string): void {
    this.fetchErrors.inc({ reason: this.label('fetch_reason', kind) });
  }

  claimTakenOver(): void {
    this.takenOver.inc();
  }

  /** Counts one request the HTTP server answered; `route` is a known path or "other". */
  httpRequest(route: string, status: number): void {
    this.http.inc({ route, status: String(status) });
  }

  /** The exposition text for GET /metrics. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  // A safe label value: lower-case word characters only, at most 40, and few distinct values per label.
  private label(kind: string, value: string): string {
    const v =
      value
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .slice(0, 40) || 'other';
    let values = this.seen.get(kind);
    if (!values) this.seen.set(kind, (values = new Set()));
    if (values.has(v)) return v;
    if (values.size >= MAX_VALUES_PER_LABEL) return 'other';
    values.add(v);
    return v;
  }
}
