import { MAX_QUOTATIONS } from '../digest/quotes.js';
import type { Article } from '../article/types.js';
import type { Digest } from '../digest/types.js';
import { briefingAfterHeadline, digestAt } from '../digest/index.js';
import { dayInstant, type Reply, type ReplyField, type ReplyPart } from './reply.js';
import { truncate } from './split.js';

/** The digest of an article as a reply: headline, briefing bullets, countdown and dates. */
export function digestReply(
  article: Article,
  now: Date,
  timeZone: string,
  prefix = '/',
  visibility: Reply['visibility'] = 'channel',
): Reply {
  const d = digestAt(article, now, timeZone);
  // The digest is cached by the article's version: the source it is credited to is this record's.
  const part = digestPart({ ...d, article: { ...d.article, source: article.source } }, prefix);
  return { visibility, kind: 'digest', parts: [part] };
}

/** One part for one digest. */
export function digestPart(d: Digest, prefix = '/'): ReplyPart {
  const fields: ReplyField[] = [];
  // Where the platform can, the key date is also shown live, in each reader's own zone.
  if (d.countdown)
    fields.push({
      name: 'Countdown',
      value: d.countdown.text,
      ...(d.keyDate ? { time: dayInstant(d.keyDate.date) } : {}),
    });
  if (d.quotes.length > 0) {
    // The people by name, then how many no one is named for: "unattributed" read as a speaker
    // ("4 from unattributed, Karin Lindqvist") when it came first.
    const speakers = [...new Set(d.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker])))];
    const unnamed = d.quotes.filter((q) => q.speaker === null).length;
    // The reader is not told "1000" when the article held more than the quotations read.
    const count = d.quotes.length >= MAX_QUOTATIONS ? `the first ${d.quotes.length}` : `${d.quotes.length}`;
    const from =
      speakers.length === 0
        ? `${count} unattributed`
        : `${count} from ${speakers.join(', ')}${unnamed > 0 ? ` (${unnamed} unattributed)` : ''}`;
    fields.push({ name: 'Quotes', value: `${from} · ${prefix}quotes article:${typedValue(d.article.id)}` });
  }
  const footer = [d.article.source, d.article.date ? `published ${d.article.date}` : null, d.article.id]
    .filter(Boolean)
    .join(' · ');
  return {
    title: d.headline,
    ...(d.article.url ? { url: d.article.url } : {}),
    bullets: briefingAfterHeadline(d),
    fields,
    footer,
  };
}

// An id as a typed command reads it whole: with spaces, in quotes (article:town hall vote would be
// the article "town" and the speaker "hall vote").
function typedValue(id: string): string {
  if (!/\s/.test(id)) return id;
  return id.includes('"') ? `'${id}'` : `"${id}"`;
}

/** The one-line countdown of an article (/countdown, and the reminder a channel gets when there is nothing new). */
export function countdownReply(
  article: Article,
  now: Date,
  timeZone: string,
  kind: 'countdown' | 'reminder' = 'countdown',
): Reply {
  return countdownOf(digestAt(article, now, timeZone), kind);
}

/**
 * The reminder for an article, or null when its key date has passed or it has none: a line saying a
 * date passed long ago, posted at every quiet fire, would be noise.
 */
export function reminderReply(article: Article, now: Date, timeZone: string): Reply | null {
  const d = digestAt(article, now, timeZone);
  return d.countdown && d.countdown.status !== 'passed' ? countdownOf(d, 'reminder') : null;
}

function countdownOf(d: Digest, kind: 'countdown' | 'reminder'): Reply {
  // The hourglass only while there is something to wait for; an article with no date is said privately.
  const cd = d.countdown;
  const text = !cd
    ? `No date to count down to in “${truncate(d.headline, 100)}”.`
    : cd.status === 'passed'
      ? cd.text
      : `⏳ ${cd.text}`;
  return {
    visibility: cd ? 'channel' : 'private',
    kind,
    parts: [{ text, ...(d.keyDate && d.countdown ? { time: dayInstant(d.keyDate.date) } : {}), footer: d.article.id }],
  };
}
