import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import {
  type Reply,
  type ReplyField,
  type ReplyItem,
  type ReplyPart,
  type TimeRef,
  timesNote,
} from '../../src/chat/reply.js';
import { cutShort, linkableUrl, pack, splitText } from '../../src/chat/split.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** The embed url: a well-formed http(s) URI. */
  url: 2048,
  /** Title, description, field names and values, footer and author name of every embed in one message. */
  perMessage: 6000,
  embedsPerMessage: 10,
} as const;

/** One Discord message: only embeds, since embeds carry a title link and never ping anyone. */
export interface DiscordMessage {
  embeds: APIEmbed[];
}

const COLORS: Record<Reply['kind'], number> = {
  digest: 0x3b82f6,
  roundup: 0x0ea5e9,
  quotes: 0x8b5cf6,
  countdown: 0xf59e0b,
  reminder: 0xf59e0b,
  info: 0x64748b,
  error: 0xef4444,
};

// A field name Discord shows as blank, for the continuation of a long field value.
const BLANK = '\u200b';

/**
 * A reply as Discord messages, in order. Each part starts a new message; a part too big for one
 * embed or one message continues in more, split at paragraph, line, sentence or word boundaries,
 * so no text is ever dropped. Article text is untrusted, so its Markdown is escaped (a masked link
 * or a heading in an article must not render as one).
 */
export function renderReply(reply: Reply): DiscordMessage[] {
  return reply.parts.flatMap((p) => packMessages(renderPart(p, COLORS[reply.kind])));
}

/** One part as embeds, each within the per-embed limits and each alone within the per-message total. */
export function renderPart(part: ReplyPart, color?: number): APIEmbed[] {
  let title = part.title === undefined ? '' : esc(part.title);
  let description = descriptionOf(part);
  if (title.length > LIMITS.title) {
    const [head, rest] = cutShort(title, LIMITS.title - 1);
    title = `${head}…`;
    description = join([`…${rest}`, description]);
  }
  // Discord refuses a whole message whose embed url it cannot take; such a URL, or one with no title
  // to link, shows as text.
  let url = part.url === undefined ? undefined : embedUrl(part.url);
  if (part.url !== undefined && (url === undefined || title === '')) {
    description = join([description, part.url]);
    url = undefined;
  }

  // A footer over the limit keeps its last piece as the footer; the pieces before it are shown as
  // text just above it, after the fields, so the reading order stays the same.
  const footerHead = part.footer ? split(part.footer, LIMITS.footer) : [];
  const footer = footerHead.pop();

  const embeds: APIEmbed[] = [];
  let cur: APIEmbed = base(color);
  if (title !== '') cur.title = title;
  if (url !== undefined) cur.url = url;
  const flush = (): void => {
    embeds.push(cur);
    cur = base(color);
  };
  const addText = (chunk: string): void => {
    if (
      cur.description !== undefined ||
      cur.fields !== undefined ||
      embedLength(cur) + chunk.length > LIMITS.perMessage
    )
      flush();
    cur.description = chunk;
  };
  for (const chunk of split(description, LIMITS.description)) addText(chunk);
  for (const f of (part.fields ?? []).flatMap(fieldsOf)) {
    const full = (cur.fields?.length ?? 0) >= LIMITS.fields;
    if (full || embedLength(cur) + f.name.length + f.value.length > LIMITS.perMessage) flush();
    (cur.fields ??= []).push(f);
  }
  for (const chunk of footerHead.flatMap((f) => split(esc(f), LIMITS.description))) addText(chunk);
  if (footer !== undefined) {
    if (embedLength(cur) + footer.length > LIMITS.perMessage) flush();
    cur.footer = { text: footer };
  }
  if (embeds.length === 0 && isEmpty(cur)) cur.description = BLANK;
  if (embeds.length === 0 || !isEmpty(cur)) embeds.push(cur);
  return embeds;
}

/** The URL as Discord takes it for an embed url, or undefined (it refuses a whole message for a bad one). */
export const embedUrl = (raw: string): string | undefined => linkableUrl(raw, LIMITS.url);

/** Groups embeds into messages of at most 10 embeds and 6,000 characters, keeping their order. */
export function packMessages(embeds: APIEmbed[]): DiscordMessage[] {
  return pack(embeds, { maxItems: LIMITS.embedsPerMessage, maxSize: LIMITS.perMessage, size: embedLength }).map(
    (g) => ({ embeds: g }),
  );
}

/** The characters Discord counts against the 6,000 per message. */
export function embedLength(e: APIEmbed): number {
  let n =
    (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

// A block quote cut mid-line goes on quoted in the next piece.
const split = (text: string, max: number): string[] => splitText(text, max, { carry: '> ' });

function descriptionOf(p: ReplyPart): string {
  const blocks: string[] = [];
  if (p.text) blocks.push(p.time ? `${esc(p.text)}\n${liveTime(p.time)}` : esc(p.text));
  if (p.bullets && p.bullets.length > 0) blocks.push(p.bullets.map((b) => `• ${esc(b)}`).join('\n'));
  for (const g of p.quotes ?? []) {
    const quotes = g.quotes.map((q, i) => `> “${esc(q).replace(/\n/g, '\n> ')}”${timesNote(g, i)}`);
    blocks.push([`**${esc(g.speaker)}**`, ...quotes].join('\n'));
  }
  // One paragraph an article: splitting at blank lines never cuts an entry in two.
  for (const i of p.items ?? []) blocks.push(itemText(i));
  return join(blocks);
}

function itemText(i: ReplyItem): string {
  const url = i.url === undefined ? undefined : embedUrl(i.url);
  const title = url
    ? `**[${esc(i.title).replace(/(?<!\\)[[\]]/g, '\\$&')}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})**`
    : `**${esc(i.title)}**`;
  const meta = [i.meta ? esc(i.meta) : '', i.time ? liveTime(i.time) : ''].filter(Boolean).join(' · ');
  return [title, i.text ? esc(i.text) : '', meta ? `-# ${meta}` : ''].filter(Boolean).join('\n');
}

/**
 * Discord shows `<t:…>` in each reader's own time zone, and keeps it right long after the post. A
 * day gets no relative `:R`: it would count hours to the stand-in 10:00 UTC, so "Today: the vote"
 * read "(2 hours ago)" and "2 days to go" could read "(in a day)" beside the day count.
 */
function liveTime(t: TimeRef): string {
  const unix = Math.floor(Date.parse(t.at) / 1000);
  return t.style === 'day' ? `<t:${unix}:D>` : `<t:${unix}:F> (<t:${unix}:R>)`;
}

// A field within the limits: a long name continues in its value, a long value in blank-named fields.
function fieldsOf(f: ReplyField): APIEmbedField[] {
  let name = esc(f.name);
  let value = f.time ? `${esc(f.value)}\n${liveTime(f.time)}` : esc(f.value);
  if (name.length > LIMITS.fieldName) {
    const [head, rest] = cutShort(name, LIMITS.fieldName - 1);
    name = `${head}…`;
    value = `…${rest}\n${value}`;
  }
  if (name.trim() === '') name = BLANK;
  const pieces = split(value, LIMITS.fieldValue);
  if (pieces.length === 0) pieces.push(BLANK);
  return pieces.map((v, i) => ({ name: i === 0 ? name : BLANK, value: v }));
}

function esc(s: string): string {
  // Mentions, channel links, custom emoji and timestamps in article text show as written, not as
  // pills (allowed_mentions already keeps them from pinging anyone). A line's leading `>` or `-#`
  // (which escapeMarkdown leaves) would quote it (`>>>`: the whole rest of the embed) or shrink it
  // to grey subtext.
  return escapeMarkdown(s, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/<(?=[@#:/]|a:|t:\d)/g, '\\<')
    .replace(/^( *)(>|-#)/gm, '$1\\$2');
}

function join(blocks: string[]): string {
  return blocks.filter((b) => b !== '').join('\n\n');
}

function base(color: number | undefined): APIEmbed {
  return color === undefined ? {} : { color };
}

function isEmpty(e: APIEmbed): boolean {
  return e.title === undefined && e.description === undefined && e.fields === undefined && e.footer === undefined;
}
