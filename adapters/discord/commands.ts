import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandBus } from '../../src/commands/bus.js';
import type { CommandSpec } from '../../src/commands/types.js';
import type { Reply } from '../../src/commands/reply.js';
import type { Logger } from '../../src/log.js';
import { renderReply, type DiscordMessage } from './render.js';
import type { InteractionRest } from './interaction-rest.js';

const PLATFORM = 'discord';
const SOMETHING_WENT_WRONG = 'Something went wrong while answering that. It has been logged; please try again later.';
const UNREADABLE = 'That command could not be read: Discord sent it in a form Herald does not understand. It has been logged; please try again.';

/** The slash command declarations for Discord, built from the same specs every platform uses. */
export function commandJson(specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((s) => ({
    type: ApplicationCommandType.ChatInput,
    name: s.name,
    description: s.description,
    options: s.options.map((o) =>
      o.type === 'boolean'
        ? { type: ApplicationCommandOptionType.Boolean, name: o.name, description: o.description, required: o.required }
        : { type: ApplicationCommandOptionType.String, name: o.name, description: o.description, required: o.required, ...(o.autocomplete ? { autocomplete: true } : {}) },
    ),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    // Manage commands only make sense in a server; the handler still checks the permission, since a
    // server admin can change who sees a command in Server Settings → Integrations.
    ...(s.manage
      ? { contexts: [InteractionContextType.Guild], default_member_permissions: String(PermissionFlagsBits.ManageChannels) }
      : { contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] }),
  }));
}

/**
 * Answers interactions through the command bus. Every interaction is handled on its own and never
 * throws: a failure is logged and answered privately, and the next interaction is answered as usual.
 */
export class InteractionHandler {
  constructor(
    private readonly bus: CommandBus,
    private readonly log: Logger,
    private readonly rest: InteractionRest,
  ) {}

  async handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await this.autocomplete(interaction);
    else if (interaction.isChatInputCommand()) await this.chatInput(interaction);
    this.log.debug('discord interaction done', { interaction: interaction.id, channel: interaction.channelId });
  }

  private async chatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const where = { command: interaction.commandName, channel: interaction.channelId, interaction: interaction.id };
    const state: AnswerState = { ephemeral: true, answered: false };
    try {
      await this.command(interaction, state);
    } catch (err) {
      this.log.error('discord interaction failed', { ...where, err });
      await this.answerPrivately(interaction, state, { embeds: [{ description: SOMETHING_WENT_WRONG, color: 0xef4444 }] }).catch((e: unknown) =>
        this.log.warn('discord error reply failed', { ...where, err: e }),
      );
    }
  }

  private async command(i: ChatInputCommandInteraction, state: AnswerState): Promise<void> {
    const spec = this.bus.commands.find((c) => c.name === i.commandName);
    const options: Record<string, unknown> = {};
    for (const o of i.options.data) if (o.value !== undefined) options[o.name] = o.value;
    // Acknowledge before anything slow: Discord forgets an interaction not answered within 3 s. The
    // deferral fixes who sees the answer, so it follows the spec's visibility and `public:true`.
    state.ephemeral = (spec?.visibility ?? 'private') === 'private' && options.public !== true;
    await i.deferReply(state.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const started = Date.now();
    const reply = await this.bus.run(i.commandName, options, {
      platform: PLATFORM,
      channelId: i.channelId ?? '',
      userId: i.user.id,
      // No member (a DM) means no channel to manage.
      canManage: i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    });
    this.log.info('discord command', {
      command: i.commandName, channel: i.channelId, guild: i.guildId, kind: reply.kind, parts: reply.parts.length, ms: Date.now() - started,
      ...(typeof options.article === 'string' ? { article: options.article } : {}),
    });
    await this.answer(i, state, reply);
  }

  // Sends a reply: the first message edits the deferral, the others follow up. An error, or a
  // private answer to a public deferral, must not show in the channel: the public "thinking"
  // message is deleted first, so the ephemeral follow-ups that come next are new messages (the
  // first follow-up after a deferral would otherwise take over the deferral and its visibility).
  // Deferring every command ephemerally instead would make /digest private; running the command
  // before deferring would risk Discord's 3-second deadline.
  private async answer(i: ChatInputCommandInteraction, state: AnswerState, reply: Reply): Promise<void> {
    const messages = renderReply(reply);
    const mustBePrivate = reply.kind === 'error' || reply.visibility === 'private';
    if (mustBePrivate && !state.ephemeral) {
      for (const m of messages) await this.answerPrivately(i, state, m);
      return;
    }
    const [first, ...rest] = messages;
    if (!first) {
      // Nothing to show: remove the "thinking…" message rather than leave it spinning.
      await this.rest.delete(i.token);
      state.answered = true;
      return;
    }
    await this.rest.edit(i.token, first.embeds);
    state.answered = true;
    for (const m of rest) await this.rest.followUp(i.token, m.embeds, state.ephemeral);
  }

  // Sends one message only the caller sees, whatever state the interaction is in.
  private async answerPrivately(i: ChatInputCommandInteraction, state: AnswerState, m: DiscordMessage): Promise<void> {
    const body = { embeds: m.embeds, allowedMentions: { parse: [] } };
    if (!i.deferred && !i.replied) {
      await i.reply({ ...body, flags: MessageFlags.Ephemeral });
      state.ephemeral = true;
      state.answered = true;
      return;
    }
    if (state.ephemeral && !state.answered) {
      await this.rest.edit(i.token, m.embeds);
      state.answered = true;
      return;
    }
    if (!state.ephemeral && !state.answered) {
      await this.rest.delete(i.token);
      state.answered = true;
    }
    await this.rest.followUp(i.token, m.embeds, true);
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    try {
      const focused = i.options.getFocused(true);
      const kind = this.bus.commands.find((c) => c.name === i.commandName)?.options.find((o) => o.name === focused.name)?.autocomplete;
      const article = i.options.getString('article') ?? undefined;
      const choices = kind ? await this.bus.complete(kind, String(focused.value), focused.name === 'article' ? undefined : article) : [];
      await i.respond(choices.slice(0, 25));
    } catch (err) {
      this.log.warn('discord autocomplete failed', { command: i.commandName, channel: i.channelId, err });
      if (!i.responded) await i.respond([]).catch(() => {});
    }
  }
}

/**
 * Keeps a malformed gateway packet from ending the process. discord.js builds an interaction from the
 * raw payload before any listener runs, and a payload it cannot read (`options` an object instead of
 * an array, say) throws inside its WebSocket handler, where nothing else can catch it: an unhandled
 * rejection. Packet handling is wrapped: an INTERACTION_CREATE that fails is logged and answered
 * privately with an error; any other packet that fails is logged and dropped. Call before login.
 */
export function guardPackets(client: Client, log: Logger): void {
  const ws = client.ws as unknown as { handlePacket?: GuardedHandler };
  const original = ws.handlePacket;
  if (typeof original !== 'function' || original.guarded) {
    if (typeof original !== 'function') log.warn('discord: cannot guard gateway packets (discord.js changed); a malformed one may stop the bot');
    return;
  }
  const guarded: GuardedHandler = (packet, shard) => {
    try {
      return original.call(ws, packet, shard);
    } catch (err) {
      const d = (packet?.d ?? {}) as { id?: unknown; token?: unknown; type?: unknown; channel_id?: unknown };
      if (packet?.t !== 'INTERACTION_CREATE' || typeof d.id !== 'string' || typeof d.token !== 'string') {
        log.error('discord gateway packet could not be read; dropped', { event: packet?.t, err });
        return true;
      }
      const where = { interaction: d.id, channel: typeof d.channel_id === 'string' ? d.channel_id : undefined };
      log.error('discord interaction could not be read', { ...where, err });
      // An autocomplete can only be answered with choices: none, then.
      const body =
        d.type === InteractionType.ApplicationCommandAutocomplete
          ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
          : { type: InteractionResponseType.ChannelMessageWithSource, data: { embeds: [{ description: UNREADABLE, color: 0xef4444 }], flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } };
      client.rest
        .post(Routes.interactionCallback(d.id, d.token), { auth: false, body })
        .catch((e: unknown) => log.warn('discord error reply failed', { ...where, err: e }));
      return true;
    }
  };
  guarded.guarded = true;
  ws.handlePacket = guarded;
}

type GuardedHandler = ((packet?: { t?: string; d?: unknown }, shard?: unknown) => boolean) & { guarded?: boolean };

interface AnswerState {
  // Whether the deferral (and so the edits of it) is visible only to the caller.
  ephemeral: boolean;
  // Whether the deferral has been filled or removed, so that what comes next is a new message.
  answered: boolean;
}
