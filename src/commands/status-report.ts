import type { ArticleLibrary } from '../library/library.js';
import type { ReplyField, ReplyPart } from '../chat/reply.js';
import type { SourceView } from '../sources/manager.js';
import type { Store, Subscription } from '../store/types.js';
import { firesBetween, lookaheadDays } from '../schedule/fires.js';
import { firstArticle, lookPastCursor, MAX_PER_FIRE, MAX_PER_ROUNDUP } from '../schedule/deliver.js';
import { staleBefore } from '../schedule/stale.js';
import { FILES_SOURCE, FeedFilter } from '../feeds/filter.js';
import { describeTopics } from '../feeds/topics.js';
import { describeSources } from './subscribe-options.js';

// Counted at most, for "articles waiting": past this it says "more than".
const WAITING_LOOK = 100;

/** A moment as a person in `timeZone` reads it: `Mon 25 Nov 2024, 08:00 Europe/Kyiv`. */
export function localTime(at: Date | string, timeZone: string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${f.format(d)} ${timeZone}`;
}

/** When the schedule fires next (within the days firesBetween looks through), or null. */
export function nextFire(sub: Subscription, now: Date): Date | null {
  const days = lookaheadDays(sub.cron);
  return firesBetween(sub.cron, sub.timeZone, now, new Date(now.getTime() + days * 86_400_000), 1)[0] ?? null;
}

/** `/status`: what the channel gets, when, from where, what it last got, what waits, and why it may not post. */
export async function channelStatus(
  sub: Subscription,
  o: { store: Store; sources: SourceView[]; now: Date; prefix: string },
): Promise<ReplyPart> {
  const { store, now, prefix } = o;
  const fields: ReplyField[] = [{ name: 'Schedule', value: `${sub.schedule} (cron ${sub.cron}), ${sub.timeZone}` }];
  const next = nextFire(sub, now);
  if (sub.pausedReason)
    fields.push({
      name: 'Paused',
      value: `${sub.pausedReason}. Fix that, then run ${prefix}subscribe here to resume (it starts again from the newest article).`,
    });
  else if (next)
    fields.push({
      name: 'Next post',
      value: localTime(next, sub.timeZone),
      time: { at: next.toISOString(), style: 'moment' },
    });
  // A schedule that fires less often than its look ahead (a yearly cron, or a monthly one at odd minutes).
  else
    fields.push({
      name: 'Next post',
      value: `more than ${lookaheadDays(sub.cron) === 8 ? 'a week' : 'a month'} from now`,
    });
  fields.push({ name: 'Sources', value: sourcesLine(sub, o.sources, now) });
  fields.push(
    { name: 'Topics', value: describeTopics(sub.topics) },
    {
      name: 'Format',
      value:
        sub.format === 'roundup'
          ? 'roundup: one post per fire with every new article'
          : 'each: one post per article (at most 3 per fire)',
    },
  );
  const last = await store.lastSent(sub.platform, sub.channelId);
  fields.push({
    name: 'Last posted',
    value: last
      ? `${last.articleId}, ${localTime(last.sentAt, sub.timeZone)}${last.messageId ? ` (message ${last.messageId})` : ''}`
      : 'nothing yet',
    ...(last ? { time: { at: last.sentAt, style: 'moment' as const } } : {}),
  });
  const filter = await FeedFilter.for(sub, store);
  // What the next fire posts: the articles that will not have waited too long by then.
  const { pending } = await lookPastCursor(
    sub,
    { store },
    filter,
    WAITING_LOOK,
    next && !sub.pausedReason ? staleBefore(sub, next) : null,
  );
  // The first article counts only while the channel still needs it: one it had before it
  // resubscribed is not posted again. A fire posts it on top of its 3 new ones.
  const first = sub.firstArticle === null ? null : await firstArticle(sub, { store }, filter);
  const waiting = pending.length + (first && !pending.some((p) => p.id === first.id) ? 1 : 0);
  fields.push({
    name: 'Waiting',
    value:
      waiting === 0
        ? 'no new article for this channel'
        : `${waiting >= WAITING_LOOK ? `more than ${WAITING_LOOK - 1}` : waiting} article${waiting === 1 ? '' : 's'} for the next post${sub.format === 'each' && pending.length > 3 ? 's (3 a fire)' : ''}`,
  });
  fields.push({
    name: 'Reminders',
    value: sub.reminders
      ? 'on: a countdown line at the day’s first fire from 09:00 when there is nothing new and the key date is still ahead'
      : 'off',
  });
  return {
    title: 'Herald in this channel',
    fields,
    footer: `${prefix}status article:ID says why an article was or was not posted here`,
  };
}

function sourcesLine(sub: Subscription, visible: SourceView[], now: Date): string {
  const chosen = sub.sources === null ? visible : visible.filter((s) => sub.sources?.includes(s.id));
  const lines = chosen.map((s) => `${s.id}: ${health(s, now)}`);
  if (sub.sources === null || sub.sources.includes(FILES_SOURCE)) lines.unshift(`${FILES_SOURCE}: the articles folder`);
  const missing = (sub.sources ?? []).filter((id) => id !== FILES_SOURCE && !visible.some((s) => s.id === id));
  for (const id of missing) lines.push(`${id}: no longer followed here (nothing comes from it)`);
  return `${sub.sources === null ? describeSources(null) : 'chosen'}\n${lines.map((l) => `• ${l}`).join('\n')}`;
}

function health(s: SourceView, now: Date): string {
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const next = s.nextFetchAt === null || Date.parse(s.nextFetchAt) <= now.getTime() ? 'now' : when(s.nextFetchAt);
  if (s.lastError) return `⚠ ${s.lastError} (${s.failures} in a row), next try ${next}`;
  if (!s.lastOkAt) return `not fetched yet, next try ${next}`;
  return `ok, last fetched ${when(s.lastOkAt)}, next ${next}`;
}

/** `/status article:ID`: why that article was or was not posted in this channel. */
export async function articleStatus(
  sub: Subscription,
  ref: string,
  o: { store: Store; library: ArticleLibrary; now: Date },
): Promise<string> {
  const { store } = o;
  const a = await o.library.resolve(ref);
  const d = await store.getDelivery(sub.platform, sub.channelId, a.id);
  const tz = sub.timeZone;
  if (d?.status === 'sent')
    return `${a.id} was posted here ${d.sentAt ? localTime(d.sentAt, tz) : ''}${d.messageId ? ` (message ${d.messageId})` : ''}.`;
  if (d?.status === 'claimed')
    return `${a.id} is being posted here now (since ${d.claimedAt ? localTime(d.claimedAt, tz) : 'a moment ago'}).`;
  if (d?.status === 'abandoned')
    return `${a.id} was refused by the platform and will not be tried again: ${d.lastError ?? 'no reason given'}.`;
  if (d?.status === 'skipped') return `${a.id} is older than this channel's subscription, so it was not posted here.`;
  const filter = await FeedFilter.for(sub, store);
  const verdict = await filter.check(a, async () => a);
  if (!verdict.ok) return `${a.id} is not for this channel: ${verdict.why}.`;
  // A copy of a file before it in the order: a fire deals with that one, never with both (deliver.ts).
  const twin =
    !d && a.kind === 'file'
      ? (await store.articles.filesWithText([a.hash], a.seq)).get(a.hash)?.find((id) => id !== a.id)
      : undefined;
  if (twin)
    return `${a.id} is a copy of ${twin} (the same text in another file): this channel gets that story once, as ${twin}.`;
  const edited =
    !d && a.kind === 'file'
      ? (await store.articles.editedTexts([a.hash])).get(a.hash)?.find((o) => o.seq < a.seq)?.id
      : undefined;
  if (edited)
    return `${a.id} is a copy of ${edited} (its text before ${edited} was edited): this channel gets that story once, as ${edited}.`;
  const next = sub.pausedReason ? null : nextFire(sub, o.now);
  const at = next
    ? ` at ${localTime(next, tz)}`
    : sub.pausedReason
      ? ' once the channel is resumed (it is paused)'
      : '';
  // Passed unless it comes again after the cursor through a source the channel takes (one another
  // feed carries now): the fire posts it there.
  const places = (await store.articles.places(a.id)).filter(
    (p) => p.seq > sub.cursor && filter.takesSource(p.via === undefined ? a : { ...a, via: p.via }),
  );
  const ahead = places.length > 0;
  if (d?.status === 'failed') {
    const failed = `${a.id} failed to post here (${d.attempts} attempt${d.attempts === 1 ? '' : 's'}): ${d.lastError ?? 'no reason given'}.`;
    // A resume starts after every article there is: one whose post failed before it is behind.
    return ahead || sub.firstArticle === a.id
      ? `${failed} It is tried again at the next fire${at}.`
      : `${failed} It is not tried again here: the channel was resumed from newer articles.`;
  }
  // Behind the cursor with no post of it, though it came after the subscription: passed over (stale.ts).
  if (!ahead && sub.firstArticle !== a.id && !d && Date.parse(a.createdAt) > Date.parse(sub.createdAt)) {
    // Passed over, it waited behind older ones the channel was posted meanwhile. With none, it is a file
    // that took the place of one with its text (renamed, or removed and put back), which the channel was past.
    if (a.kind === 'file' && !(await store.postedBehindSince(sub.platform, sub.channelId, a.seq, a.createdAt)))
      return `${a.id} holds the text of a file this channel was already past (renamed, or removed and put back), so it is not posted here again.`;
    return `${a.id} was passed over here: it waited two fires while newer articles came (at most ${sub.format === 'roundup' ? MAX_PER_ROUNDUP : MAX_PER_FIRE} a fire), so the channel went on to newer ones.`;
  }
  if (!ahead && sub.firstArticle !== a.id)
    return `${a.id} is older than this channel's subscription (it arrived before the channel subscribed or was resumed), so it is not posted here.`;
  // Never tried, and too old by the next fire at each place it comes: that fire passes it over (stale.ts).
  const stale = next ? staleBefore(sub, next) : null;
  if (ahead && !d && stale !== null && places.every((p) => Date.parse(p.since) < stale))
    return `${a.id} will be passed over at the next fire${at}: by then it will have waited two fires while newer articles came (at most ${sub.format === 'roundup' ? MAX_PER_ROUNDUP : MAX_PER_FIRE} a fire), so the channel goes on to newer ones.`;
  return `${a.id} waits for the next fire${at}${verdict.matched.length > 0 ? ` (it matches ${verdict.matched.join(', ')})` : ''}.`;
}
