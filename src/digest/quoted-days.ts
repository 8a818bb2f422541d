/**
 * "‘We signed it today,’ she said on Friday.": a speaker's "today", "yesterday" or "tomorrow" counts
 * from the day the speaker said it, not from publication, when the attribution next to the quotation
 * names that earlier day.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { countWhile } from './partition-point.js';
import { isRelativeSpan } from './date-words.js';

// The speaker's own day words, and how far each is from the day of speaking.
const CASUAL = /^(?:(yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|last\s+night)$/i;
const SHIFT: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

// Verbs of saying, in the past: the attribution that names the day of speaking.
const SAID = new RegExp(
  String.raw`\b(?:${[
    'said',
    'told',
    'spoke',
    'added',
    'wrote',
    'declared',
    'insisted',
    'explained',
    'warned',
    'recalled',
    'replied',
    'announced',
  ].join('|')})\b`,
  'i',
);
// A sentence's end between the verb and the day ("she said. On Friday, …"): a word's full stop,
// not an abbreviation's ("Gov.", "Ohio,").
const SENTENCE_END = /[a-z]{4}[.!?]\s|[!?]\s/;
// How far the rule looks around a quotation: one paragraph's worth of a sentence.
const REACH = 300;
const ATTRIBUTION_REACH = 160;

/** Where the quotation around `at` opens and closes, in its paragraph; null when `at` is not quoted. */
function quoteAround(text: string, at: number, end: number): [number, number] | null {
  const from = Math.max(0, at - REACH);
  let open = -1;
  for (let i = at - 1; i >= from && text[i] !== '\n'; i--) {
    if (text[i] === '“' || text[i] === '"' || text[i] === '”') {
      open = i;
      break;
    }
  }
  // A straight mark opens only when the ones before it in the paragraph pair up.
  if (open < 0 || text[open] === '”') return null;
  if (text[open] === '"') {
    let marks = 0;
    let i = open - 1;
    for (; i >= from && text[i] !== '\n'; i--) if (text[i] === '"') marks++;
    if (marks % 2 === 1 || (i < from && from > 0)) return null;
  }
  const to = Math.min(text.length, end + REACH);
  for (let i = end; i < to && text[i] !== '\n'; i++) if (text[i] === '”' || text[i] === '"') return [open, i];
  return null;
}

/** The spoken day: a day the story named, before publication, in an attribution after or before the quotation. */
function dayOfSpeaking(text: string, byStart: DateMention[], open: number, close: number, published: string) {
  const usable = (d: DateMention | undefined): d is DateMention =>
    d !== undefined && !CASUAL.test(d.text) && !isRelativeSpan(d.text) && d.date < published;
  // ‘…today,’ she said on Friday.
  if (/[,?!—-]$/.test(text.slice(close - 1, close))) {
    const after = byStart[countWhile(byStart.length, (i) => (byStart[i] as DateMention).start <= close)];
    if (usable(after) && after.start - close <= ATTRIBUTION_REACH) {
      const between = text.slice(close + 1, after.start);
      const verb = SAID.exec(between);
      if (verb && !/[\n“"”]/.test(between) && !SENTENCE_END.test(between.slice(verb.index))) return after.date;
    }
  }
  // She said on Friday. ‘We signed it today.’
  const before = byStart[countWhile(byStart.length, (i) => (byStart[i] as DateMention).end <= open) - 1];
  if (!usable(before) || !/^[.:,]?\s+$/.test(text.slice(before.end, open))) return null;
  const lead = text.slice(Math.max(0, before.start - ATTRIBUTION_REACH), before.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('”'), lead.lastIndexOf('"')) + 1);
  const verb = SAID.exec(clause);
  return verb && !SENTENCE_END.test(clause.slice(verb.index)) ? before.date : null;
}

/** The dates, with a quoted "today", "yesterday" or "tomorrow" counted from the day its speaker spoke. */
export function withQuotedDays(text: string, dates: DateMention[], published: string | null): DateMention[] {
  if (published === null) return dates;
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  return byStart.map((d) => {
    const word = CASUAL.exec(d.text);
    if (!word) return d;
    const quote = quoteAround(text, d.start, d.end);
    if (!quote) return d;
    const spoken = dayOfSpeaking(text, byStart, quote[0], quote[1], published);
    if (spoken === null) return d;
    const date = addDays(spoken, word[1] ? (SHIFT[word[1].toLowerCase()] ?? 0) : -1);
    return { ...d, date, role: date === published ? 'published' : d.role === 'published' ? 'mention' : d.role };
  });
}
