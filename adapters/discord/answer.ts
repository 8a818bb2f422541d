import { type APIEmbed, MessageFlags } from 'discord.js';
import type { CommandBus } from '../../src/commands/bus.js';
import { answerCommand } from '../../src/commands/answer.js';
import type { Logger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';
import { renderReply, type DiscordMessage } from './render.js';
import type { InteractionRest } from './interaction-rest.js';
import type { ParsedInteraction } from './interaction-payload.js';

/** A command or an autocomplete, read from either transport. */
export type Interaction = Extract<ParsedInteraction, { kind: 'command' | 'autocomplete' }>;

const PLATFORM = 'discord';

/** One slash command, as the gateway and the Interactions Endpoint both deliver it. */
export interface CommandCall {
  /** The interaction id. */
  id: string;
  /** The interaction token: edits and follow-ups are sent with it for 15 minutes. */
  token: string;
  name: string;
  channelId: string;
  guildId: string | null;
  userId: string;
  /** Option values by name. */
  options: Record<string, unknown>;
  /** Whether the caller has Manage Channels here (never in a DM). */
  canManage: boolean;
  /** What Herald lacks to post in this channel, from the interaction's app permissions; null when nothing. */
  cannotPost: string | null;
}

/**
 * The interaction's first answer, which only the transport can send: the gateway path calls the
 * callback endpoint, the HTTP path writes it into the response to Discord's request.
 */
export interface FirstResponse {
  /** Whether the deferral or the reply has gone out. */
  readonly sent: boolean;
  /** "Herald is thinking…", seen by everyone or only the caller. */
  defer(ephemeral: boolean): Promise<void>;
  /** One message only the caller sees, instead of a deferral. */
  replyPrivately(embeds: APIEmbed[]): Promise<void>;
  /** The answer to an autocomplete: its choices. */
  suggest(choices: Choice[]): Promise<void>;
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * The first answer as the body Discord expects, handed to `send` once: the gateway posts it to the
 * interaction's callback endpoint, the Interactions Endpoint writes it as its HTTP response.
 */
export function firstResponse(send: (body: unknown) => Promise<void>): FirstResponse {
  let sent = false;
  const once = async (body: unknown): Promise<void> => {
    if (sent) throw new Error('the interaction was already answered');
    await send(body);
    sent = true;
  };
  return {
    get sent() {
      return sent;
    },
    defer: (ephemeral) => once({ type: 5, data: { flags: ephemeral ? MessageFlags.Ephemeral : 0 } }),
    replyPrivately: (embeds) =>
      once({ type: 4, data: { embeds, allowed_mentions: { parse: [] }, flags: MessageFlags.Ephemeral } }),
    suggest: (choices) => once({ type: 8, data: { choices } }),
  };
}

/**
 * How Herald answers a slash command on Discord, whatever brought it: defer at once, run the
 * command through the bus, then edit the deferral and follow up over REST, mentions off, errors
 * only to the caller. Never throws: a failure is logged and answered privately.
 */
export class CommandAnswerer {
  constructor(
    private readonly bus: CommandBus,
    private readonly log: Logger,
    private readonly rest: InteractionRest,
    private readonly metrics: Metrics,
  ) {}

  private async command(call: CommandCall, first: FirstResponse): Promise<void> {
    const spec = this.bus.commands.find((c) => c.name === call.name);
    // The deferral fixes who sees the answer, so it follows the spec's visibility and `public`.
    const asked = call.options.public;
    const state: AnswerState = {
      ephemeral: typeof asked === 'boolean' ? !asked : (spec?.visibility ?? 'private') === 'private',
      answered: false,
    };
    const community = communityOf(call);
    const article = typeof call.options.article === 'string' ? call.options.article : undefined;
    await answerCommand(
      { platform: PLATFORM, command: spec?.name, channel: call.channelId, user: call.userId, article },
      () =>
        this.bus.run(call.name, call.options, {
          platform: PLATFORM,
          channelId: call.channelId,
          userId: call.userId,
          canManage: call.canManage,
          cannotPost: call.cannotPost,
          community,
          // A direct message has no channel to manage: subscriptions are made in a server.
          ...(call.guildId ? {} : { managers: 'channel managers in a server' }),
        }),
      {
        // Discord forgets an interaction not answered within 3 s.
        acknowledge: () => first.defer(state.ephemeral),
        show: (reply, privately) => this.answer(call, first, state, renderReply(reply), privately),
        fail: (text) => this.answerPrivately(call, first, state, { embeds: [{ description: text, color: 0xef4444 }] }),
      },
      { log: this.log, metrics: this.metrics },
    );
  }

  /** Answers a command or an autocomplete, whichever transport brought it. Never throws. */
  async interaction(p: Interaction, first: FirstResponse): Promise<void> {
    const { call } = p;
    if (p.kind === 'command') await this.command(call, first);
    else {
      // The bus gives at most 25 choices, as Discord allows; none when it fails.
      const choices = await this.bus
        .choices(call.name, p.focused, call.options, communityOf(call))
        .catch((err: unknown) => {
          this.log.warn('discord autocomplete failed', { command: call.name, channel: call.channelId, err });
          return [];
        });
      await first
        .suggest(choices)
        .catch((err: unknown) => this.log.warn('discord autocomplete answer failed', { channel: call.channelId, err }));
    }
    this.log.debug('discord interaction done', { interaction: call.id, channel: call.channelId });
  }

  // Sends a reply: the first message edits the deferral, the others follow up. An error, or a
  // private answer to a public deferral, must not show in the channel: the public "thinking"
  // message is deleted first, so the ephemeral follow-ups that come next are new messages (the
  // first follow-up after a deferral would otherwise take over the deferral and its visibility).
  // Deferring every command ephemerally instead would make /digest private; running the command
  // before deferring would risk Discord's 3-second deadline.
  private async answer(
    call: CommandCall,
    first: FirstResponse,
    state: AnswerState,
    messages: DiscordMessage[],
    privately: boolean,
  ): Promise<void> {
    if (privately && !state.ephemeral) {
      for (const m of messages) await this.answerPrivately(call, first, state, m);
      return;
    }
    const [head, ...rest] = messages;
    if (!head) {
      // Nothing to show: remove the "thinking…" message rather than leave it spinning.
      await this.rest.delete(call.token);
      state.answered = true;
      return;
    }
    await this.rest.edit(call.token, head.embeds);
    state.answered = true;
    for (const m of rest) await this.rest.followUp(call.token, m.embeds, state.ephemeral);
  }

  // Sends one message only the caller sees, whatever state the interaction is in.
  private async answerPrivately(
    call: CommandCall,
    first: FirstResponse,
    state: AnswerState,
    m: DiscordMessage,
  ): Promise<void> {
    if (!first.sent) {
      await first.replyPrivately(m.embeds);
      state.ephemeral = true;
      state.answered = true;
      return;
    }
    if (state.ephemeral && !state.answered) {
      await this.rest.edit(call.token, m.embeds);
      state.answered = true;
      return;
    }
    if (!state.ephemeral && !state.answered) {
      await this.rest.delete(call.token);
      state.answered = true;
    }
    await this.rest.followUp(call.token, m.embeds, true);
  }
}

// A server is a community; a direct message is its own.
function communityOf(call: CommandCall): string {
  return call.guildId ? `discord:${call.guildId}` : `discord:dm:${call.userId}`;
}

interface AnswerState {
  // Whether the deferral (and so the edits of it) is visible only to the caller.
  ephemeral: boolean;
  // Whether the deferral has been filled or removed, so that what comes next is a new message.
  answered: boolean;
}
