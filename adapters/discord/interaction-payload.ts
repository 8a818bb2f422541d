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
  channel: z.object({ id: snowflake, type: z.number().int().optional() }).optional(),
  // Herald's own permissions in the channel, overwrites included.
  app_permissions: z
    .string()
    .regex(/^\d{1,40}$/)
    .optional(),
  guild_id: snowflake.optional(),
  member: z.object({ user: z.object({ id: snowflake }), permissions: z.string().regex(/^\d{1,40}$/) }).optional(),
  user: z.object({ id: snowflake }).optional(),
});

const PING = 1;
const APPLICATION_COMMAND = 2;
const APPLICATION_COMMAND_AUTOCOMPLETE = 4;

// Thread channel types: posting there takes Send Messages in Threads instead of Send Messages.
const THREADS = new Set([10, 11, 12]);

// What Herald lacks to post a digest in a server channel, as the sentence a server admin acts on.
function missingToPost(appPermissions: string, channelType: number | undefined): string | null {
  const has = new PermissionsBitField(BigInt(appPermissions));
  const send = THREADS.has(channelType ?? 0)
    ? (['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads] as const)
    : (['Send Messages', PermissionFlagsBits.SendMessages] as const);
  const needed = [
    ['View Channel', PermissionFlagsBits.ViewChannel] as const,
    send,
    ['Embed Links', PermissionFlagsBits.EmbedLinks] as const,
  ];
  const missing = needed.filter(([, bit]) => !has.has(bit)).map(([name]) => name);
  if (missing.length === 0) return null;
  return `Herald cannot post digests in this channel: its role lacks ${missing.join(', ')} here. A server admin can allow it in the channel's settings (Permissions).`;
}

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
    cannotPost: d.guild_id && d.app_permissions ? missingToPost(d.app_permissions, d.channel?.type) : null,
  };
  if (type === APPLICATION_COMMAND) return { kind: 'command', call };
  const focused = (d.data.options ?? []).find((o) => o.focused === true);
  if (!focused) return { kind: 'invalid', problem: 'autocomplete without a focused option' };
  return { kind: 'autocomplete', call, focused: { name: focused.name, value: String(focused.value ?? '') } };
}
