import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
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

interface AnswerState {
  // Whether the deferral (and so the edits of it) is visible only to the caller.
  ephemeral: boolean;
  // Whether the deferral has been filled or removed, so that what comes next is a new message.
  answered: boolean;
}
