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
import type { CommandSpec } from '../../src/commands/types.js';
import type { Logger } from '../../src/log.js';
import type { CommandAnswerer, CommandCall, FirstResponse } from './answer.js';

/** The slash command declarations for Discord, built from the same specs every platform uses. */
export function commandJson(specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((s) => ({
    type: ApplicationCommandType.ChatInput,
    name: s.name,
    description: s.description,
    options: s.options.map((o) =>
      o.type === 'boolean'
        ? { type: ApplicationCommandOptionType.Boolean, name: o.name, description: o.description, required: o.required }
        : o.choices
          ? {
              type: ApplicationCommandOptionType.String,
              name: o.name,
              description: o.description,
              required: o.required,
              choices: o.choices.map((c) => ({ name: c, value: c })),
            }
          : {
              type: ApplicationCommandOptionType.String,
              name: o.name,
              description: o.description,
              required: o.required,
              ...(o.autocomplete ? { autocomplete: true as const } : {}),
            },
    ),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    // Manage commands only make sense in a server; the handler still checks the permission, since a
    // server admin can change who sees a command in Server Settings → Integrations.
    ...(s.manage
      ? {
          contexts: [InteractionContextType.Guild],
          default_member_permissions: String(PermissionFlagsBits.ManageChannels),
        }
      : { contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] }),
  }));
}

/**
 * Answers interactions that arrive over the gateway, through the same CommandAnswerer as the
 * Interactions Endpoint. Every interaction is handled on its own and never throws: a failure is
 * logged and answered privately, and the next interaction is answered as usual.
 */
export class InteractionHandler {
  constructor(
    private readonly answerer: CommandAnswerer,
    private readonly log: Logger,
  ) {}

  async handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await this.autocomplete(interaction);
    else if (interaction.isChatInputCommand())
      await this.answerer.command(gatewayCall(interaction), gatewayFirstResponse(interaction));
    this.log.debug('discord interaction done', { interaction: interaction.id, channel: interaction.channelId });
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    try {
      const focused = i.options.getFocused(true);
      const choices = await this.answerer.choices(gatewayCall(i), { name: focused.name, value: String(focused.value) });
      await i.respond(choices);
    } catch (err) {
      this.log.warn('discord autocomplete failed', { command: i.commandName, channel: i.channelId, err });
      if (!i.responded) await i.respond([]).catch(() => {});
    }
  }
}

function gatewayCall(i: ChatInputCommandInteraction | AutocompleteInteraction): CommandCall {
  const options: Record<string, unknown> = {};
  for (const o of i.options.data) if (o.value !== undefined) options[o.name] = o.value;
  return {
    id: i.id,
    token: i.token,
    name: i.commandName,
    channelId: i.channelId ?? '',
    guildId: i.guildId,
    userId: i.user.id,
    options,
    // No member (a DM) means no channel to manage.
    canManage: i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
}

// The gateway's first answer goes to the callback endpoint, through discord.js.
function gatewayFirstResponse(i: ChatInputCommandInteraction): FirstResponse {
  return {
    get sent() {
      return i.deferred || i.replied;
    },
    defer: async (ephemeral) => {
      await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    replyPrivately: async (embeds) => {
      await i.reply({ embeds, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
    },
  };
}
