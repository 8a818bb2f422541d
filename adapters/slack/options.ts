import type { webApi } from '@slack/bolt';
import type { RateLimitPolicy } from '../../src/chat/retry-after.js';
import type { ReplayGuard } from '../../src/commands/replay-guard.js';
import type { Logger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';

export interface SlackAdapterOptions {
  /** Bot token (xoxb-…). */
  botToken: string;
  /** HTTP mode: requests are verified with it. Not needed in Socket Mode. */
  signingSecret?: string | undefined;
  /** App-level token (xapp-…) with connections:write: turns on Socket Mode. */
  appToken?: string | undefined;
  /** Web API base URL, e.g. http://127.0.0.1:PORT/api/ for a local fake or a proxy. Socket Mode's apps.connections.open uses it too. */
  apiUrl?: string | undefined;
  /**
   * HTTP mode without a shared server: start() then listens on this port itself (0 picks a free one;
   * see `port`). Leave it out when the adapter is passed to startHttp(), which serves `httpHandler`.
   */
  port?: number | undefined;
  /** The listen address with `port`; all interfaces when not given. */
  host?: string | undefined;
  /** The slash command, e.g. /herald. */
  command: string;
  /** User ids allowed to subscribe and unsubscribe besides workspace admins and owners (HERALD_ADMINS). */
  admins: readonly string[];
  log: Logger;
  /** Web API retries of transient errors; tests pass a small one. */
  retryConfig?: webApi.RetryOptions | undefined;
  /** How 429s are waited out. */
  rateLimit?: RateLimitPolicy | undefined;
  adminCacheMs?: number | undefined;
  /** Where command latency and 429s are counted. */
  metrics?: Metrics | undefined;
  /** Remembers signed requests already answered (default: in memory, this process only). */
  replay?: ReplayGuard | undefined;
}
