import type { ArticleRecord } from '../store/types.js';
import type { DigestCore } from '../digest/types.js';
import { dayInstant, type Reply, type ReplyItem } from '../chat/reply.js';
import { countdown } from '../digest/countdown.js';
import { briefingAfterHeadline } from '../digest/index.js';
import { clusterStories } from './near-duplicates.js';

/**
 * One post for a fire's new articles: a title with the day in the channel's zone, then one entry per
 * story (headline linked when there is a URL, its first briefing sentence, the source, the countdown
 * when it has a key date). Articles from several sources about the same story are one entry that
 * names the others ("also: …"). Renderers split it into as many messages as the platform needs.
 * `more`: the channel has more new articles than one roundup takes, left for the next fire.
 */
export function roundupReply(
  articles: ArticleRecord[],
  digests: ReadonlyMap<string, DigestCore>,
  now: Date,
  timeZone: string,
  more = false,
): Reply {
  const ordered = [...articles].sort((a, b) => a.seq - b.seq);
  const items: ReplyItem[] = [];
  for (const story of clusterStories(ordered)) {
    const [lead, ...others] = story;
    if (!lead) continue;
    const d = digests.get(lead.id);
    const cd = d ? countdown(d.keyDate, now, timeZone) : null;
    const source = lead.source ?? (lead.kind === 'file' ? null : lead.sourceId);
    const also = [...new Set(others.map((o) => o.source ?? o.sourceId ?? o.id))].filter((s) => s !== source);
    const meta = [
      source,
      lead.date ? `published ${lead.date}` : null,
      // The hourglass only while there is something to wait for, as on /countdown.
      cd ? (cd.status === 'passed' ? cd.text : `⏳ ${cd.text}`) : null,
      also.length > 0 ? `also: ${also.join(', ')}` : null,
    ];
    const line = d ? briefingAfterHeadline(d, true)[0] : undefined;
    items.push({
      title: d?.headline ?? lead.title ?? lead.id,
      ...(lead.url ? { url: lead.url } : {}),
      // An untitled article's headline is its lead: the entry's line is the next point instead.
      ...(line ? { text: line } : {}),
      meta: meta.filter(Boolean).join(' · '),
      ...(d?.keyDate ? { time: dayInstant(d.keyDate.date) } : {}),
    });
  }
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(now);
  const n = articles.length;
  return {
    visibility: 'channel',
    kind: 'roundup',
    parts: [
      {
        title: `News roundup — ${day}`,
        items,
        footer: `${n} new article${n === 1 ? '' : 's'}${items.length < n ? ` in ${items.length} ${items.length === 1 ? 'story' : 'stories'}` : ''}${more ? '; more wait for the next post' : ''}`,
      },
    ],
  };
}
