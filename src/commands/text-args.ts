import type { CommandSpec } from './types.js';
import { UserError } from '../errors.js';

// A time zone as people type one: an IANA name, an abbreviation (not a cron day or month such as
// MON or JAN), or an offset from UTC.
const ZONE_LIKE =
  /^(?:[A-Za-z_]+\/[A-Za-z_\-+/0-9]+|(?!(?:MON|TUE|WED|THU|FRI|SAT|SUN|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)$)[A-Z]{3,5}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)$/;

/** Whether a word reads as a time zone (an IANA name, "EST", "UTC+2"), not as part of a schedule. */
export function looksLikeZone(word: string | undefined): boolean {
  return word !== undefined && ZONE_LIKE.test(word);
}

/**
 * Parses command text typed in a terminal or after a Slack slash command: `name:value` pairs
 * (values may be "quoted"; a greedy one's unquoted value runs up to the next option name), the rest in
 * the command's option order, the last option taking what is left.
 * A greedy option takes the remaining words; for /subscribe a time zone ("Europe/Kyiv", "UTC") written last or first is the time zone.
 */
export function parseTextArgs(spec: CommandSpec, text: string, prefix = '/'): Record<string, string> {
  const out: Record<string, string> = {};
  const known = new Set(spec.options.map((o) => o.name));
  const rest: string[] = [];
  // Phones type curly quotes (iOS Smart Punctuation): “…” quotes a value as "…" does.
  const tokenRe = /(\w+):(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+))|"([^"]*)"|“([^”]*)”|(\S+)/g;
  // An option whose value ends with a comma goes on with the next words ("topics:kursk, "peace talks"").
  let listing: string | null = null;
  // A name typed without quotes (speaker:Priya Raman) goes on over the words after it; a word with a
  // digit ends it, as an article id after it (speaker:zelenskyy 2024-11-24) has one.
  const wordy = new Set(spec.options.filter((o) => o.words).map((o) => o.name));
  let naming: string | null = null;
  // A greedy option written name:value (schedule:daily 08:00, as Discord shows it) runs on up to the
  // next known option, as it takes the remaining words when written without its name.
  const greedy = new Set(spec.options.filter((o) => o.greedy).map((o) => o.name));
  let running: string | null = null;
  const isOption = (k: string | undefined): boolean => k !== undefined && known.has(k.toLowerCase());
  // Plain words right after a name:value ("article:My Story"): its value's own words when no option is
  // left to take them (see the end).
  let trailingKey: string | null = null;
  // For each word in `rest`, the option it came right after, if any.
  const trails: Array<string | null> = [];
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    const [, key, dq, cq, sq, bare, quoted, curly, word] = m;
    if (naming !== null && word !== undefined && !/[\d:]/.test(word)) {
      out[naming] = `${out[naming]} ${word}`;
      continue;
    }
    naming = null;
    if (running !== null && !isOption(key) && !isOption(word?.endsWith(':') ? word.slice(0, -1) : undefined)) {
      out[running] = `${out[running]} ${m[0]}`;
      continue;
    }
    running = null;
    if (listing !== null && (key === undefined || !known.has(key.toLowerCase()))) {
      const piece = quoted !== undefined || curly !== undefined ? `"${quoted ?? curly}"` : m[0];
      out[listing] = `${out[listing]}${piece.startsWith(',') ? '' : ' '}${piece}`;
      if (!piece.endsWith(',') && !text.slice(tokenRe.lastIndex).trimStart().startsWith(',')) listing = null;
      continue;
    }
    listing = null;
    // "speaker:" with nothing after it: said plainly, rather than read as a value for another option.
    const named = word?.endsWith(':') ? word.slice(0, -1).toLowerCase() : undefined;
    if (named !== undefined && known.has(named)) {
      throw new UserError('bad-option', `${named}: give a value after the colon. Usage: ${prefix}${spec.usage}`);
    }
    trailingKey = word !== undefined || quoted !== undefined || curly !== undefined ? trailingKey : null;
    if (key !== undefined && known.has(key.toLowerCase())) {
      const value = dq ?? cq ?? sq ?? bare ?? '';
      out[key.toLowerCase()] = value;
      trailingKey = bare !== undefined ? key.toLowerCase() : null;
      if (bare?.endsWith(',')) listing = key.toLowerCase();
      else if (bare !== undefined && wordy.has(key.toLowerCase())) naming = key.toLowerCase();
      else if (bare !== undefined && greedy.has(key.toLowerCase())) running = key.toLowerCase();
      else if (bare === undefined && text.slice(tokenRe.lastIndex).trimStart().startsWith(',')) {
        // A list that opens with a "phrase" (topics:"peace talks", kursk): the phrase keeps its quotes.
        out[key.toLowerCase()] = `"${value}"`;
        listing = key.toLowerCase();
      }
    } else if (
      key !== undefined &&
      !/^\d+$/.test(key) &&
      !/^(?:https?|mailto)$/i.test(key) &&
      // Any other address ("ftp://…") is a value too, for the command to judge, not an option name.
      !bare?.startsWith('//') &&
      spec.options.length > 0 &&
      !/^\d/.test(bare ?? '')
    ) {
      throw new UserError(
        'bad-option',
        `unknown option "${key}" (options: ${spec.options.map((o) => o.name).join(', ') || 'none'}). Usage: ${prefix}${spec.usage}`,
      );
    } else {
      rest.push(quoted ?? curly ?? word ?? m[0]);
      if (word === undefined) trailingKey = null;
      trails.push(trailingKey);
    }
  }
  const free = spec.options.filter((o) => !(o.name in out) && o.type === 'string');
  if (spec.name === 'subscribe' && rest.length > 0 && free.some((o) => o.name === 'timezone')) {
    // Written last, as the usage shows, or first; "EST" and "UTC+2" count, so that a zone the command
    // then refuses is called a zone, not taken into the schedule.
    const zone = looksLikeZone;
    if (zone(rest[rest.length - 1])) out.timezone = rest.pop() as string;
    else if (rest.length > 1 && zone(rest[0])) out.timezone = rest.shift() as string;
  }
  const slots = free.filter((o) => !(o.name in out));
  if (rest.length > 0 && slots.length === 0 && trails.every((k) => k !== null)) {
    for (const [i, k] of trails.entries()) if (k !== null) out[k] = `${out[k]} ${rest[i]}`;
    rest.length = 0;
  }
  if (rest.length > 0 && slots.length === 0) {
    throw new UserError('bad-option', `${prefix}${spec.name} takes no more arguments. Usage: ${prefix}${spec.usage}`);
  }
  for (const [i, o] of slots.entries()) {
    if (i >= rest.length) break;
    if (o.greedy || i === slots.length - 1) {
      out[o.name] = rest.slice(i).join(' ');
      break;
    }
    out[o.name] = rest[i] as string;
  }
  return out;
}
