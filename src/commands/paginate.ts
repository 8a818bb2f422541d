import type { Quote } from '../digest/types.js';
import { MAX_QUOTATIONS } from '../digest/quotes.js';
import type { QuoteGroup, ReplyPart } from '../chat/reply.js';
import { splitText } from '../chat/split.js';

/**
 * Budget for the quotations in one reply part. Below Slack's 3,000 characters a section and
 * Discord's 4,096 an embed description, with room for names and markup.
 */
export const QUOTE_PART_CHARS = 2500;

/**
 * Quotations grouped by speaker and split into parts of at most `budget` characters. A quotation
 * longer than the budget is split at sentence boundaries (never mid-word), so nothing is dropped, and
 * its pieces end and begin with "…".
 */
export function paginateQuotes(quotes: Quote[], budget = QUOTE_PART_CHARS): QuoteGroup[][] {
  const order: string[] = [];
  const bySpeaker = new Map<string, Array<{ text: string; times: number }>>();
  // A quotation a speaker repeats word for word (a pull quote, a chant) is shown once, with a count.
  const repeats = new Map<string, { times: number }>();
  for (const q of quotes) {
    const who = q.speaker ?? 'Unattributed';
    const again = repeats.get(`${who}\u0000${q.text}`);
    if (again) {
      again.times++;
      continue;
    }
    if (!bySpeaker.has(who)) order.push(who);
    // The pieces of one long quotation say that they go on, so they do not read as separate quotes.
    const pieces = splitText(q.text, budget - 4);
    const marked = pieces.map((p, i) => `${i > 0 ? '… ' : ''}${p}${i < pieces.length - 1 ? ' …' : ''}`);
    // Appended in place: copying the speaker's list per quotation was quadratic in an article that
    // quotes one speaker thousands of times.
    const list = bySpeaker.get(who) ?? [];
    for (const m of marked) list.push({ text: m, times: 1 });
    bySpeaker.set(who, list);
    // The count goes with the last piece, after which the quotation closes.
    repeats.set(`${who}\u0000${q.text}`, list[list.length - 1] as { times: number });
  }
  const pages: QuoteGroup[][] = [];
  let page: QuoteGroup[] = [];
  let used = 0;
  for (const speaker of order) {
    for (const { text, times } of bySpeaker.get(speaker) ?? []) {
      const cost = text.length + speaker.length + 8 + (times > 1 ? 12 : 0);
      if (used + cost > budget && page.length > 0) {
        pages.push(page);
        page = [];
        used = 0;
      }
      let group = page[page.length - 1];
      if (group?.speaker !== speaker) {
        group = { speaker, quotes: [] };
        page.push(group);
      }
      group.quotes.push(text);
      if (times > 1) (group.times ??= [])[group.quotes.length - 1] = times;
      used += cost;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** At most this many messages answer one /quotes: past it a reader narrows by speaker instead of scrolling. */
export const MAX_QUOTE_PARTS = 10;

/** Reply parts for quotations, numbered when there is more than one, at most MAX_QUOTE_PARTS. */
export function quoteParts(
  title: string,
  quotes: Quote[],
  url: string | null,
  o: { capped?: boolean; bySpeaker?: boolean } = {},
): ReplyPart[] {
  const pages = paginateQuotes(quotes);
  const shown = pages.slice(0, MAX_QUOTE_PARTS);
  const left = pages.slice(MAX_QUOTE_PARTS).reduce((n, p) => n + p.reduce((m, g) => m + g.quotes.length, 0), 0);
  // Past the quotations read, the count is a floor; a narrower ask helps only when none was given.
  const footer = [
    left > 0 ? `${o.capped ? 'at least ' : ''}${left} more quotations not shown` : null,
    o.capped ? `only the article’s first ${MAX_QUOTATIONS} quotations are read` : null,
  ]
    .filter((x) => x !== null)
    .join('; ');
  const hint = left > 0 && !o.bySpeaker ? ": add speaker:NAME to see one speaker's." : '.';
  return shown.map((groups, i) => ({
    title: shown.length > 1 ? `${title} (${i + 1}/${shown.length})` : title,
    ...(url ? { url } : {}),
    quotes: groups,
    ...(footer && i === shown.length - 1 ? { footer: `${footer[0]?.toUpperCase()}${footer.slice(1)}${hint}` } : {}),
  }));
}
