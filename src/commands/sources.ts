import { z } from 'zod';
import type { CommandContext } from './types.js';
import { defineCommand } from './define.js';
import { textReply, type Reply, type ReplyPart } from '../chat/reply.js';
import { formatInterval } from '../time/interval.js';
import type { SourceView } from '../sources/manager.js';
import { UserError } from '../errors.js';
import { commandLine, usageOf } from './command-line.js';

/** Characters of source lines in one reply part: below Slack's 3,000 a section and Discord's 4,096 an embed. */
const PART_CHARS = 2500;

// One command with an action option: a slash command has one name on Discord, and a subcommand word on Slack.
// The whole command needs the manage permission (run.ts checks it per command): the list shows URLs and errors.
export const sourcesCommand = defineCommand({
  name: 'sources',
  description: 'News feeds and pages Herald follows: list, add or remove them',
  schema: z.object({
    action: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['add', 'remove', 'list'], { message: 'must be add, remove or list' }))
      .optional()
      // Free text on Discord, as it was registered before the options came from this schema.
      .meta({ description: 'add, remove or list (default list)', choices: false }),
    url: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .meta({ description: 'For add: the RSS, Atom or JSON feed, or an article URL' }),
    id: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .meta({ description: 'For remove: the source id (from list) or its URL' }),
  }),
  visibility: 'private',
  manage: true,
  usage: 'sources [list | add URL | remove ID]',
  handler: async (ctx, o) => {
    const manager = ctx.services.sources;
    if (!manager) return textReply('News sources are not enabled in this Herald.');
    const usage = `Usage: ${usageOf(ctx, sourcesCommand)}`;
    // Typed text fills options in order, so `remove ID` arrives as url and `add URL` may arrive as id.
    const target = o.action === 'remove' ? (o.id ?? o.url) : (o.url ?? o.id);
    if (o.action === 'add') {
      if (!target) throw new UserError('bad-option', `add needs the URL of a feed or article. ${usage}`);
      const s = await manager.add(target, ctx.community, ctx.userId);
      const following = `Following ${s.url} as ${s.id}, every ${formatInterval(s.everyMinutes)}.`;
      // The answer waits a little for the first fetch, so that a wrong URL is said now, not found later.
      const first = await manager.firstFetch(s.id, ctx.community);
      if (first?.status === 'failed')
        return textReply(
          `${following} Its first fetch failed: ${first.error ?? 'unknown error'}. Herald tries again later, waiting longer after each failure (up to a day); ` +
            `${commandLine(ctx, 'sources', [
              ['action', 'remove'],
              ['id', s.id],
            ])} stops following it.`,
        );
      if (first && !first.skipped)
        return textReply(
          `${following} ${first.added.length > 0 ? `Its newest item is now an article (${first.added[first.added.length - 1]})` : 'Read: nothing to take yet'}; ` +
            `later items follow as they appear.`,
        );
      return textReply(
        `${following} It is being fetched now: its newest item becomes an article, later items follow as they appear. ` +
          `${commandLine(ctx, 'sources', [['action', 'list']])} shows how it goes.`,
      );
    }
    if (o.action === 'remove') {
      if (!target) throw new UserError('bad-option', `remove needs a source id. ${usage}`);
      const s = await manager.remove(target, ctx.community);
      return textReply(
        `Stopped following ${s.id} (${s.url}) here. Its articles are no longer listed or shown here, and channels that chose it get nothing more from it (what was posted stays in the channels).`,
      );
    }
    return listReply(await manager.list(ctx.community), ctx);
  },
});

function listReply(sources: SourceView[], ctx: CommandContext): Reply {
  const how = `Add: ${commandLine(ctx, 'sources', [
    ['action', 'add'],
    ['url', 'URL'],
  ])} · remove: ${commandLine(ctx, 'sources', [
    ['action', 'remove'],
    ['id', 'ID'],
  ])} · more in sources.json`;
  if (sources.length === 0) return textReply(`No news sources yet. ${how}.`);
  const parts: ReplyPart[] = [];
  let bullets: string[] = [];
  let used = 0;
  for (const s of sources) {
    const line = describe(s, ctx.now);
    if (used + line.length > PART_CHARS && bullets.length > 0) {
      parts.push({ bullets });
      bullets = [];
      used = 0;
    }
    bullets.push(line);
    used += line.length + 3;
  }
  parts.push({ bullets, footer: how });
  const title = `News sources (${sources.length})`;
  return {
    visibility: 'private',
    kind: 'info',
    parts: parts.map((p, i) => ({ title: parts.length > 1 ? `${title} ${i + 1}/${parts.length}` : title, ...p })),
  };
}

function describe(s: SourceView, now: Date): string {
  const head = [s.id, s.name, s.url.length > 120 ? `${s.url.slice(0, 119)}…` : s.url].filter(Boolean).join(' · ');
  const facts = [
    `every ${formatInterval(s.everyMinutes)}`,
    s.origin === 'file' ? 'from sources.json' : 'added in chat',
    `${s.articles} article${s.articles === 1 ? '' : 's'}`,
  ];
  if (s.lastOkAt) facts.push(`last fetched ${when(s.lastOkAt)}`);
  const next = s.nextFetchAt === null || Date.parse(s.nextFetchAt) <= now.getTime() ? 'now' : when(s.nextFetchAt);
  if (s.lastError) {
    const times = s.failures > 1 ? ` (${s.failures} failures in a row)` : '';
    facts.push(`⚠ last error: ${s.lastError}${times}`, `next try ${next}`);
  } else if (!s.lastFetchAt) facts.push(`not fetched yet, next try ${next}`);
  else facts.push(`next fetch ${next}`);
  return `${head} — ${facts.join(' · ')}`;
}

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
