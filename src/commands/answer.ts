import type { Reply } from '../chat/reply.js';
import { SOMETHING_WENT_WRONG } from '../errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/** How a platform delivers a command's answer; the adapter only translates. */
export interface AnswerOutlet {
  /** Tells the platform the command arrived, before any work (Discord's 3-second deferral). */
  acknowledge?(): Promise<void>;
  /** Shows the reply in the channel, or only to the caller when `privately`. */
  show(reply: Reply, privately: boolean): Promise<void>;
  /** Shows one sentence only to the caller, whatever was shown before. */
  fail(text: string): Promise<void>;
}

/** One command as it arrived: what the logs and metrics say about it. */
export interface CommandArrival {
  platform: string;
  /** The command's name, or undefined for one the bus does not know (metrics say "unknown"). */
  command: string | undefined;
  channel: string;
  user: string;
  /** The article asked about, when the platform can tell, for the log line. */
  article?: string | undefined;
}

/**
 * The one way a slash command is answered on every platform: acknowledge, run, then show the reply
 * (an error or a private reply to the caller alone, even when `public` was asked for). Anything
 * that fails is logged once with where it happened and answered privately with the generic
 * sentence; the command's latency is recorded either way. Never throws.
 */
export async function answerCommand(
  arrival: CommandArrival,
  run: () => Promise<Reply>,
  outlet: AnswerOutlet,
  deps: { log: Logger; metrics: Metrics },
): Promise<void> {
  const started = performance.now();
  const { platform, command, channel, user, article } = arrival;
  const where = { platform, command, channel, user, ...(article ? { article } : {}) };
  try {
    await outlet.acknowledge?.();
    const reply = await run();
    deps.log.info('command answered', {
      ...where,
      kind: reply.kind,
      parts: reply.parts.length,
      ms: Math.round(performance.now() - started),
    });
    await outlet.show(reply, reply.kind === 'error' || reply.visibility === 'private');
  } catch (err) {
    deps.log.error('command failed', { ...where, err });
    await outlet
      .fail(SOMETHING_WENT_WRONG)
      .catch((e: unknown) => deps.log.warn('could not tell the user that the command failed', { ...where, err: e }));
  }
  deps.metrics.commandLatency(platform, command ?? 'unknown', (performance.now() - started) / 1000);
}
