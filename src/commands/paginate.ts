import type { Quote } from '../digest/types.js';
import type { QuoteGroup, ReplyPart } from '../chat/reply.js';

/**
 * Budget for the quotations in one reply part. Below Slack's 3,000 characters a section and
 * Discord's 4,096 an embed description, with room for names and markup.
 */
export const QUOTE_PART_CHARS = 2500;

/**
 * Quotations grouped by speaker and split into parts of at most `budget` characters. A quotation
 * longer than the budget is split at sentence boundaries (never mid-word), so nothing is dropped.
 */
export function paginateQuotes(quotes: Quote[], budget = QUOTE_PART_CHARS): QuoteGroup[][] {
  const order: string[] = [];
  const bySpeaker = new Map<string, string[]>();
  for (const q of quotes) {
    const who = q.speaker ?? 'Unattributed';
    if (!bySpeaker.has(who)) order.push(who);
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), ...splitLong(q.text, budget)]);
  }
  const pages: QuoteGroup[][] = [];
  let page: QuoteGroup[] = [];
  let used = 0;
  for (const speaker of order) {
    for (const text of bySpeaker.get(speaker) ?? []) {
      const cost = text.length + speaker.length + 8;
      if (used + cost > budget && page.length > 0) {
        pages.push(page);
        page = [];
        used = 0;
      }
      const last = page[page.length - 1];
      if (last?.speaker === speaker) last.quotes.push(text);
      else page.push({ speaker, quotes: [text] });
      used += cost;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Splits text at sentence ends (then at spaces, as a last resort) into pieces of at most `max` characters. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+["'”’)]*|$)\s*/g) ?? [text];
  const out: string[] = [];
  let cur = '';
  for (const s of sentences.flatMap((x) => (x.length > max ? splitWords(x, max) : [x]))) {
    if (cur.length + s.length > max && cur !== '') {
      out.push(cur.trim());
      cur = '';
    }
    cur += s;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

function splitWords(text: string, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/(?<=\s)/)) {
    if (cur.length + w.length > max && cur !== '') {
      out.push(cur);
      cur = '';
    }
    cur += w;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Reply parts for quotations, numbered when there is more than one. */
export function quoteParts(title: string, quotes: Quote[], url: string | null): ReplyPart[] {
  const pages = paginateQuotes(quotes);
  return pages.map((groups, i) => ({
    title: pages.length > 1 ? `${title} (${i + 1}/${pages.length})` : title,
    ...(url ? { url } : {}),
    quotes: groups,
  }));
}
