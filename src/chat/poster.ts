import type { Reply } from './reply.js';

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
 * What the scheduler needs of a chat platform: posting to channels. Adapters (console, Discord,
 * Slack) implement it, and receive commands as a CommandReceiver; the core never imports an adapter.
 */
export interface Poster {
  readonly platform: string;
  /** How commands are typed on this platform, for text the core writes ("/" by default; Slack: "/herald "). */
  readonly commandPrefix?: string;
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
  /** Tells the person who subscribed that posting to a channel stopped, and how to resume (best effort). */
  notify?(userId: string, notice: PauseNotice): Promise<void>;
}

/** Why posting to a channel stopped, for the person who subscribed it. */
export interface PauseNotice {
  channelId: string;
  reason: string;
  /** The command that resumes it, as typed on the platform (`/subscribe`, `/herald subscribe`). */
  resume: string;
}

/** The notice in words; `channel` is how the platform names the channel (a link where it has one). */
export function pauseNoticeText(n: PauseNotice, channel: string): string {
  return `Herald stopped posting to ${channel}: ${n.reason}. Fix it, then run ${n.resume} there again.`;
}
