import type { Reply } from '../commands/reply.js';
import type { CommandBus } from '../commands/bus.js';

/** What the platform said about a post it accepted. */
export interface PostResult {
  messageId: string | null;
}

/** How far a post got before, and how to report each message the platform accepts. */
export interface PostOptions {
  /** Messages of this reply the platform already accepted: only the rest are posted. */
  fromPart?: number;
  /** Called after each accepted message with how many are accepted so far and the first one's id. */
  onPart?: (partsSent: number, firstMessageId: string | null) => Promise<void> | void;
  /** When this delivery was first made possible (the article's arrival): findPosted looks no earlier. */
  since?: string;
}

/**
 * A chat platform as the core sees it. Adapters (console, Discord, Slack) implement it; the core never
 * imports an adapter.
 */
export interface ChatAdapter {
  readonly platform: string;
  /** How commands are typed on this platform, for text the core writes ("/" by default; Slack: "/herald "). */
  readonly commandPrefix?: string;
  /** Connects and starts answering commands through the bus. */
  start(bus: CommandBus): Promise<void>;
  /** Stops answering and disconnects. */
  stop(): Promise<void>;
  /**
   * Posts a scheduled reply to a channel. `key` is stable per (channel, article): platforms that
   * support it use it to drop a retried duplicate (Discord's nonce). Throws ChannelUnavailableError
   * when the channel cannot be posted to until a person fixes something.
   */
  post(channelId: string, reply: Reply, key: string, options?: PostOptions): Promise<PostResult>;
  /**
   * For a delivery that may have been posted by a holder that died: how many of its messages the
   * channel already has (platforms without an idempotency key look for `key` in message metadata).
   */
  findPosted?(channelId: string, key: string, since: string): Promise<{ parts: number; messageId: string | null }>;
  /** Tells the person who subscribed that posting stopped (best effort). */
  notify?(userId: string, text: string): Promise<void>;
}

