import { InteractionResponseType, InteractionType, MessageFlags, Routes, type Client } from 'discord.js';
import type { Logger } from '../../src/log.js';

const UNREADABLE =
  'That command could not be read: Discord sent it in a form Herald does not understand. It has been logged; please try again.';

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
    if (typeof original !== 'function')
      log.warn('discord: cannot guard gateway packets (discord.js changed); a malformed one may stop the bot');
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
          : {
              type: InteractionResponseType.ChannelMessageWithSource,
              data: {
                embeds: [{ description: UNREADABLE, color: 0xef4444 }],
                flags: MessageFlags.Ephemeral,
                allowed_mentions: { parse: [] },
              },
            };
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
