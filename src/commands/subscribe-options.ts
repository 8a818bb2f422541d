import type { CommandContext } from './types.js';
import type { ArticleMeta, Subscription } from '../store/types.js';
import { FILES_SOURCE, FeedFilter } from '../feeds/filter.js';
import { UserError } from '../errors.js';
import { commandLine } from './command-line.js';

/**
 * Reads `source:` as typed: `all`, or source ids and URLs separated by commas. A URL the community
 * does not follow yet is added for it on the spot (as Slack's `/feed subscribe URL` does). Returns
 * null for every source, else the ids. Throws UserError naming the sources the channel can choose.
 */
export async function chooseSources(input: string, ctx: CommandContext): Promise<string[] | null> {
  const refs = input
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (refs.length === 0 || refs.some((r) => r.toLowerCase() === 'all')) return null;
  const manager = ctx.services.sources;
  const ids: string[] = [];
  for (const ref of refs) {
    if (ref.toLowerCase() === FILES_SOURCE) {
      ids.push(FILES_SOURCE);
      continue;
    }
    const found = manager ? await manager.find(ref, ctx.community) : null;
    if (found) ids.push(found.id);
    else if (manager && /^https?:\/\//i.test(ref)) {
      const added = await manager.add(ref, ctx.community, ctx.userId);
      await manager.firstFetch(added.id, ctx.community); // a wrong URL is said now, and not subscribed to
      ids.push(added.id);
    } else {
      const known = manager ? (await manager.list(ctx.community)).map((s) => s.id) : [];
      const choose = [FILES_SOURCE, ...known].join(', ');
      throw new UserError(
        'bad-source',
        `No source "${ref}" here. Sources this channel can take: ${choose} (or all; ${commandLine(ctx, 'sources', [
          ['action', 'add'],
          ['url', 'URL'],
        ])} adds one).`,
      );
    }
  }
  return [...new Set(ids)];
}

/** How a subscription's sources read back: `all sources`, or the ids. */
export function describeSources(sources: string[] | null): string {
  return sources === null
    ? 'all (this Herald’s sources and the articles folder, and the ones added here)'
    : sources.join(', ');
}

// How far back a new subscription looks for the newest article it takes.
const FIRST_LOOK = 50;

/** The newest article a (new) subscription takes, among the newest few: its first fire posts it. */
export async function newestTaken(sub: Subscription, ctx: CommandContext): Promise<ArticleMeta | null> {
  const { store } = ctx.services;
  const filter = await FeedFilter.for(sub, store);
  for (const m of await store.articles.newest(FIRST_LOOK)) {
    if ((await filter.check(m, () => store.articles.get(m.id))).ok) return m;
  }
  return null;
}
