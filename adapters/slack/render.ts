import type { types } from '@slack/bolt';
import {
  type QuoteGroup,
  type Reply,
  type ReplyItem,
  type ReplyPart,
  type TimeRef,
  timesNote,
} from '../../src/chat/reply.js';
import { linkableUrl, pack, packLines as packText, truncate, type SplitOptions } from '../../src/chat/split.js';
import { escapeText, linkLabel, MRKDWN_ATOMIC, mrkdwnText } from './mrkdwn.js';

type Block = types.KnownBlock;

/** Slack's Block Kit limits that this renderer enforces (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  sectionField: 2000,
  sectionFields: 10,
  headerText: 150,
  blocksPerMessage: 50,
  contextElements: 10,
  contextText: 3000,
  /** The notification fallback: Slack truncates `text` long before its 40,000 hard limit in notifications. */
  fallbackText: 3000,
  /**
   * The blocks of one message, as JSON characters. Slack answers msg_blocks_too_long past roughly
   * 12,000 characters of blocks (unpublished; reports: slackapi/bolt-js#2509, #2867). The JSON is
   * always longer than the text in it, so this bound holds whichever of the two Slack counts.
   */
  messageBlocksJson: 12_000,
} as const;

/** One Slack message: blocks to show, and the plain `text` used for notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * A reply as Slack messages: one message per part, in order, more when a part needs more than 50
 * blocks. Every piece of text is kept; long text is split at sentence ends into more sections.
 */
export function renderReply(reply: Reply): SlackMessage[] {
  return reply.parts.flatMap(renderPart);
}

function renderPart(p: ReplyPart): SlackMessage[] {
  const blocks: Block[] = [];
  const plain: string[] = [];
  if (p.title) {
    const title = escapeText(p.title);
    plain.push(title);
    // A header cannot be split without losing text, so a long title becomes a bold section instead.
    if (title.length <= SLACK_LIMITS.headerText)
      blocks.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: true } });
    else blocks.push(...sections(packLines([`*${mrkdwnText(p.title)}*`], SLACK_LIMITS.sectionText)));
  }
  if (p.text) {
    plain.push(escapeText(p.text));
    const lines = mrkdwnText(p.text).split('\n');
    if (p.time) lines.push(liveTime(p.time, p.time.at.slice(0, 10)));
    blocks.push(...sections(packLines(lines, SLACK_LIMITS.sectionText)));
  }
  if (p.bullets && p.bullets.length > 0) {
    const lines = p.bullets.map((b) => `• ${mrkdwnText(b)}`);
    plain.push(...p.bullets.map((b) => `• ${escapeText(b)}`));
    blocks.push(...sections(packLines(lines, SLACK_LIMITS.sectionText)));
  }
  if (p.fields && p.fields.length > 0) {
    // The live time goes in the blocks only: the notification text keeps the plain value.
    plain.push(...p.fields.map((f) => `${escapeText(f.name)}: ${escapeText(f.value)}`));
    const fields = p.fields.map((f) => ({
      name: mrkdwnText(f.name),
      // A day's fallback is its date; a moment's is the value, which is that moment written out.
      value: f.time
        ? `${mrkdwnText(f.value)}\n${liveTime(f.time, f.time.style === 'day' ? f.time.at.slice(0, 10) : f.value)}`
        : mrkdwnText(f.value),
    }));
    blocks.push(...fieldBlocks(fields));
  }
  for (const g of p.quotes ?? []) {
    plain.push(`${escapeText(g.speaker)}: ${g.quotes.map((q, i) => `“${escapeText(q)}”${timesNote(g, i)}`).join(' ')}`);
    blocks.push(...quoteBlocks(g));
  }
  // One section an article (split only if one alone is over a section's size).
  for (const i of p.items ?? []) {
    plain.push(escapeText(i.title));
    blocks.push(...sections(packLines(itemLines(i), SLACK_LIMITS.sectionText)));
  }
  const context: string[] = [];
  // The header already shows the title: the link is named for what it does.
  const link = p.url ? linkTo(p.url, 'Read the article') : null;
  if (link) context.push(link);
  if (p.footer) {
    plain.push(escapeText(p.footer));
    context.push(...packLines([mrkdwnText(p.footer)], SLACK_LIMITS.contextText));
  }
  // At most 10 elements a context block, and no more text than a full text section.
  let row: string[] = [];
  for (const c of context) {
    if (
      row.length === SLACK_LIMITS.contextElements ||
      (row.length > 0 && jsonSize(row) + jsonSize(c) > SLACK_LIMITS.contextText)
    ) {
      blocks.push({ type: 'context', elements: row.map(mrkdwn) });
      row = [];
    }
    row.push(c);
  }
  if (row.length > 0) blocks.push({ type: 'context', elements: row.map(mrkdwn) });
  if (blocks.length === 0) return [];
  const fallback = fallbackText(plain);
  return packBlocks(blocks).map((b) => ({ text: fallback, blocks: b }));
}

/** Blocks in order, as messages of at most 50 blocks and SLACK_LIMITS.messageBlocksJson characters of JSON. */
function packBlocks(blocks: Block[]): Block[][] {
  // The brackets of the array, then each block and a comma.
  const limits = { maxItems: SLACK_LIMITS.blocksPerMessage, maxSize: SLACK_LIMITS.messageBlocksJson - 2 };
  return pack(blocks, { ...limits, size: (b) => jsonSize(b) + 1 });
}

const jsonSize = (v: unknown): number => JSON.stringify(v).length;

// Short fields side by side (10 a section, and no more text than a full text section, so any block
// fits in one message); a field too long for a column gets a section of its own.
function fieldBlocks(fields: Array<{ name: string; value: string }>): Block[] {
  const out: Block[] = [];
  let row: string[] = [];
  let rowSize = 0;
  const flush = (): void => {
    if (row.length > 0) out.push({ type: 'section', fields: row.map(mrkdwn) });
    row = [];
    rowSize = 0;
  };
  for (const f of fields) {
    const text = `*${f.name}*\n${f.value}`;
    if (text.length <= SLACK_LIMITS.sectionField) {
      if (rowSize + jsonSize(text) > SLACK_LIMITS.sectionText) flush();
      row.push(text);
      rowSize += jsonSize(text);
      if (row.length === SLACK_LIMITS.sectionFields) flush();
      continue;
    }
    flush();
    out.push(...sections(packLines([`*${f.name}*`, ...f.value.split('\n')], SLACK_LIMITS.sectionText)));
  }
  flush();
  return out;
}

// A speaker's quotations as block quotes under the name; the name is repeated on each section a long group needs.
function quoteBlocks(g: QuoteGroup): Block[] {
  const speaker = `*${mrkdwnText(g.speaker)}*`;
  const lines = g.quotes.flatMap((q, n) => {
    const paragraphs = q.split(/\n+/).filter((l) => l.trim() !== '');
    return paragraphs.map(
      (l, i) =>
        `${i === 0 ? '“' : ''}${mrkdwnText(l.trim())}${i === paragraphs.length - 1 ? `”${timesNote(g, n)}` : ''}`,
    );
  });
  const chunks = packLines(lines, SLACK_LIMITS.sectionText - speaker.length - 1, '>');
  return sections(chunks.map((c) => `${speaker}\n${c}`));
}

function itemLines(i: ReplyItem): string[] {
  // A roundup's headline is the entry itself: linked in full (not cut at a link label's usual length)
  // as long as the link fits in one section; a longer one shows in full, with the link on its own line.
  const link = i.url ? linkTo(i.url, i.title, Infinity) : null;
  const head =
    link && link.length + 2 <= SLACK_LIMITS.sectionText
      ? [`*${link}*`]
      : [`*${mrkdwnText(i.title)}*`, ...(link && i.url ? [`<${escapeText(i.url)}>`] : [])];
  const meta = [i.meta ? mrkdwnText(i.meta) : '', i.time ? liveTime(i.time, i.time.at.slice(0, 10)) : '']
    .filter(Boolean)
    .join(' · ');
  return [...head, ...(i.text ? [mrkdwnText(i.text)] : []), ...(meta ? [`_${meta}_`] : [])];
}

/** Slack shows `<!date^…>` in each reader's own time zone; `fallback` is for clients that cannot. */
function liveTime(t: TimeRef, fallback: string): string {
  const unix = Math.floor(Date.parse(t.at) / 1000);
  const format = t.style === 'day' ? '{date_long_pretty}' : '{date_short_pretty} {time}';
  return `<!date^${unix}^${format}|${escapeText(fallback).replace(/[|>]/g, ' ')}>`;
}

function sections(texts: string[]): Block[] {
  return texts.map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

// Verbatim: Slack's automatic parsing would otherwise turn a bare "@channel", "@here" or "#general"
// in article text into a mention or link; escaping alone does not stop that. Links we build
// explicitly (<url|title>) still work.
function mrkdwn(text: string): { type: 'mrkdwn'; text: string; verbatim: true } {
  return { type: 'mrkdwn', text, verbatim: true };
}

// Text here is escaped: an entity such as `&amp;`, or a mark's token, is never cut in two.
const ESCAPED: SplitOptions = { atomic: MRKDWN_ATOMIC };

/** Joins escaped lines (each given `prefix`) into texts of at most `max` characters, splitting only a line too long alone. */
export function packLines(lines: string[], max: number, prefix = ''): string[] {
  return packText(lines, max, prefix, ESCAPED);
}

// `<url|text>` for http(s) links only, built from escaped parts so neither can close the link early;
// a label longer than `maxLabel` is shortened.
function linkTo(url: string, text: string, maxLabel = 200): string | null {
  const href = linkableUrl(url, Infinity);
  if (href === undefined) return null;
  return `<${escapeText(href)}|${truncate(linkLabel(text), maxLabel, ESCAPED)}>`;
}

// The notification text: the message's words without markup, shortened at a space when long.
function fallbackText(plain: string[]): string {
  return truncate(plain.join('\n'), SLACK_LIMITS.fallbackText, ESCAPED);
}

/** A message as chat.postMessage takes it: blocks, the plain-text fallback, and links never unfurled. */
export function messageArgs(m: SlackMessage): Pick<SlackMessage, 'text' | 'blocks'> & {
  unfurl_links: false;
  unfurl_media: false;
} {
  return { text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false };
}
