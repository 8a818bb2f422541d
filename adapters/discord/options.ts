import type { RESTOptions } from 'discord.js';
import type { RateBudget } from '../../src/chat/rate-budget.js';
import type { ReplayGuard } from '../../src/commands/replay-guard.js';
import type { Logger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';

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
