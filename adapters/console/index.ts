import { createInterface, type Interface } from 'node:readline';
import type { Poster, PostOptions, PostResult } from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import type { CommandBus } from '../../src/commands/bus.js';
import type { Reply } from '../../src/chat/reply.js';
import { postAll } from '../../src/chat/post-all.js';
import { answerCommand } from '../../src/commands/answer.js';
import { silentLogger, type Logger } from '../../src/log.js';
import { noopMetrics, type Metrics } from '../../src/metrics.js';
import { renderText } from './render.js';
import { ChannelUnavailableError } from '../../src/errors.js';

export const CONSOLE_CHANNEL = 'terminal';

/**
 * The terminal as a chat channel: scheduled posts are printed, and lines typed on stdin run as
 * slash commands through the same command bus the chat platforms use.
 */
export class ConsoleAdapter implements Poster, CommandReceiver {
  readonly platform = 'console';
  private rl: Interface | null = null;
  private seq = 0;
  // Message ids name their run too: /status shows "message console-1" from an earlier run otherwise.
  private readonly run = Date.now().toString(36);
  /** Why the terminal can no longer be written to (its reader went away: EPIPE), or null. */
  private closed: string | null = null;

  constructor(
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
    private readonly deps: { log: Logger; metrics: Metrics } = { log: silentLogger, metrics: noopMetrics },
  ) {
    // Without a listener, a closed pipe (`npm start | head`) is an unhandled 'error' that ends the bot.
    output.on('error', (err: NodeJS.ErrnoException) => {
      this.closed = `the terminal output was closed (${err.code ?? err.message})`;
    });
  }

  async start(bus: CommandBus): Promise<void> {
    this.rl = createInterface({ input: this.input, terminal: false });
    // Commands run one after another, so answers come out in the order they were typed.
    let queue = Promise.resolve();
    this.rl.on('line', (line) => {
      if (line.trim() === '') return;
      const caller = {
        platform: this.platform,
        channelId: CONSOLE_CHANNEL,
        userId: 'console',
        canManage: true,
        community: 'console',
      };
      // Answered as on every platform: logged, and a failure answered with the generic sentence.
      const arrival = {
        platform: this.platform,
        command: bus.commandName(line),
        channel: CONSOLE_CHANNEL,
        user: 'console',
      };
      const outlet = {
        show: async (reply: Reply) => this.print(reply),
        fail: async (text: string) => this.write(`${text}\n\n`),
      };
      queue = queue.then(() => answerCommand(arrival, () => bus.runText(line, caller), outlet, this.deps));
    });
    // Ctrl-D (or the end of piped input) ends typing, not the bot: its schedule goes on.
    const rl = this.rl;
    // Said after the answers to what was typed (piped input closes before they are ready).
    rl.on('close', () => {
      void queue.then(() => {
        if (this.rl === rl) this.write('Input closed: Herald goes on posting on its schedule; Ctrl-C stops it.\n');
      });
    });
    this.write('Type a command such as /quotes, /countdown, /articles or /help.\n');
  }

  async stop(): Promise<void> {
    const rl = this.rl;
    this.rl = null; // before close(), which tells its listener at once: stopping is not Ctrl-D
    rl?.close();
  }

  async post(_channelId: string, reply: Reply, _key: string, options: PostOptions = {}): Promise<PostResult> {
    // The whole reply is one message: printed at once, so a command answered meanwhile never lands
    // between its parts.
    const send = async (whole: Reply): Promise<string> => {
      this.print(whole);
      return `console-${this.run}-${++this.seq}`;
    };
    return postAll(reply.parts.length > 0 ? [reply] : [], options, send, () => null);
  }

  /** Whether this run printed the message with this id (ids name their run). */
  printedHere(messageId: string | null): boolean {
    return messageId?.startsWith(`console-${this.run}-`) ?? false;
  }

  /** Prints a reply as it would appear in a channel. */
  print(reply: Reply): void {
    this.write(`${renderText(reply)}\n\n`);
  }

  private write(s: string): void {
    // A post to a terminal nobody reads is not delivered: the core then pauses the subscription.
    if (this.closed) throw new ChannelUnavailableError(this.closed);
    this.output.write(s);
  }
}
