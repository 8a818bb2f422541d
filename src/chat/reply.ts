/** A platform-neutral answer. Adapters render it (Discord embeds, Slack blocks, terminal text). */
export interface Reply {
  /** `private`: only the person who asked sees it (ephemeral). `channel`: everyone in the channel. */
  visibility: 'private' | 'channel';
  kind: 'digest' | 'roundup' | 'quotes' | 'countdown' | 'reminder' | 'info' | 'error';
  /** One or more parts; each part fits one message on every platform. Long content becomes more parts, never less. */
  parts: ReplyPart[];
}

export interface ReplyPart {
  title?: string;
  url?: string;
  text?: string;
  bullets?: string[];
  fields?: ReplyField[];
  /** Quotations grouped by speaker, in article order. */
  quotes?: QuoteGroup[];
  /** Shown live after `text` where the platform can (a countdown line's key date). */
  time?: TimeRef;
  /** Articles of a roundup, each a short entry; a platform splits between entries, never inside one. */
  items?: ReplyItem[];
  footer?: string;
}

/**
 * A moment a platform can show in each reader's own time zone, and keep right after the post
 * (Discord `<t:…>`, Slack `<!date^…>`). `value` beside it is the plain fallback (the terminal's).
 */
export interface TimeRef {
  /** ISO instant; for a calendar day, dayInstant() of it. */
  at: string;
  style: 'day' | 'moment';
}

/**
 * The instant a platform shows for a calendar day: 10:00 UTC falls on that day from UTC−10
 * (Hawaii) to UTC+13 (New Zealand's summer), where nearly every reader is.
 */
export function dayInstant(day: string): TimeRef {
  return { at: `${day}T10:00:00.000Z`, style: 'day' };
}

export interface ReplyField {
  name: string;
  value: string;
  time?: TimeRef;
}

/** One article in a roundup. */
export interface ReplyItem {
  title: string;
  url?: string;
  text?: string;
  /** Source, date and countdown, as plain text. */
  meta?: string;
  /** The key date, shown live where the platform can. */
  time?: TimeRef;
}

export interface QuoteGroup {
  speaker: string;
  quotes: string[];
  /** How many times the article gives each quotation word for word, where more than once (shown after it). */
  times?: Array<number | undefined>;
}

/** What follows a quotation's closing mark: its repeat count, if any. */
export function timesNote(g: QuoteGroup, i: number): string {
  const n = g.times?.[i];
  return n !== undefined && n > 1 ? ` (${n} times)` : '';
}

/** A short private text reply. */
export function textReply(text: string, kind: Reply['kind'] = 'info', title?: string): Reply {
  return { visibility: 'private', kind, parts: [title === undefined ? { text } : { title, text }] };
}

/** Every character a reader would see in a part: what the platform limits are checked against. */
export function partLength(p: ReplyPart): number {
  let n = (p.title?.length ?? 0) + (p.text?.length ?? 0) + (p.footer?.length ?? 0);
  for (const b of p.bullets ?? []) n += b.length + 3;
  for (const f of p.fields ?? []) n += f.name.length + f.value.length;
  for (const i of p.items ?? [])
    n += i.title.length + (i.url?.length ?? 0) + (i.text?.length ?? 0) + (i.meta?.length ?? 0);
  for (const g of p.quotes ?? []) n += g.speaker.length + g.quotes.reduce((s, q) => s + q.length + 4, 0);
  return n;
}
