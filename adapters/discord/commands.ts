import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandSpec } from '../../src/commands/types.js';

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
