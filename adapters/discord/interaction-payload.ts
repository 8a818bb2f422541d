import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { z } from 'zod';
import type { CommandCall } from './answer.js';

/** What an Interactions Endpoint request asks for, or why it cannot be read. */
export type ParsedInteraction =
  | { kind: 'ping' }
  | { kind: 'command'; call: CommandCall }
  | { kind: 'autocomplete'; call: CommandCall; focused: { name: string; value: string } }
  | { kind: 'unsupported'; type: number }
  | { kind: 'invalid'; problem: string };

const snowflake = z.string().regex(/^\d{1,25}$/);

const option = z.object({
  name: z.string().min(1).max(32),
  type: z.number().int(),
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

// Only the fields Herald reads; Discord sends many more, which are ignored.
const payload = z.object({
  type: z.number().int(),
  id: snowflake,
  // Goes into REST paths for the edits and follow-ups, so nothing that could change the path.
  token: z.string().regex(/^[^\s/?#%\\]{1,1000}$/),
  data: z.object({ name: z.string().min(1).max(32), options: z.array(option).max(25).optional() }),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
  guild_id: snowflake.optional(),
  member: z.object({ user: z.object({ id: snowflake }), permissions: z.string().regex(/^\d{1,40}$/) }).optional(),
  user: z.object({ id: snowflake }).optional(),
});

const PING = 1;
const APPLICATION_COMMAND = 2;
const APPLICATION_COMMAND_AUTOCOMPLETE = 4;

/** Reads a verified interaction body (already JSON-parsed). Never throws. */
export function parseInteraction(raw: unknown): ParsedInteraction {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'number') return { kind: 'invalid', problem: 'no interaction type' };
  if (type === PING) return { kind: 'ping' };
  if (type !== APPLICATION_COMMAND && type !== APPLICATION_COMMAND_AUTOCOMPLETE) return { kind: 'unsupported', type };
  const p = payload.safeParse(raw);
  if (!p.success) {
    const issue = p.error.issues[0];
    return { kind: 'invalid', problem: `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}` };
  }
  const d = p.data;
  const userId = d.member?.user.id ?? d.user?.id;
  if (!userId) return { kind: 'invalid', problem: 'no member or user' };
  const options: Record<string, unknown> = {};
  for (const o of d.data.options ?? []) if (o.value !== undefined) options[o.name] = o.value;
  const call: CommandCall = {
    id: d.id,
    token: d.token,
    name: d.data.name,
    channelId: d.channel_id ?? d.channel?.id ?? '',
    guildId: d.guild_id ?? null,
    userId,
    options,
    // `member.permissions` are the caller's permissions in this channel, overwrites included. No
    // member (a DM) means no channel to manage.
    canManage: d.member
      ? new PermissionsBitField(BigInt(d.member.permissions)).has(PermissionFlagsBits.ManageChannels)
      : false,
  };
  if (type === APPLICATION_COMMAND) return { kind: 'command', call };
  const focused = (d.data.options ?? []).find((o) => o.focused === true);
  if (!focused) return { kind: 'invalid', problem: 'autocomplete without a focused option' };
  return { kind: 'autocomplete', call, focused: { name: focused.name, value: String(focused.value ?? '') } };
}
