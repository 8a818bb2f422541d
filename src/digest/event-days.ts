/**
 * "the day after the election", "the night before his death": a day counted from an event the story
 * has told, as done, with its day ("re-elected on Tuesday", "died Friday"). With no such day, none is added.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { isRelativeSpan } from './date-words.js';

// The event may carry up to two names before its noun ("the day after the London summit"); either
// tells it ("met in London on Sunday").
const EVENT_DAY =
  /\b[Tt]he (?:day|morning|afternoon|evening|night) (after|before) (?:the|his|her|their|its) ((?:[A-Z][\w'’-]* ){0,2})([a-z]{3,})\b/g;

// Nouns whose verb is spelled otherwise: "his death" is told as "died".
const IRREGULAR: Record<string, string[]> = {
  // A death may be told as the act that caused it: "the Oct. 23 killing of the doctor", "was slain Friday".
  death: ['died', 'dies', 'dead', 'death', 'kill(?:ed|ing)', 'slain', 'slaying', 'murder(?:ed)?'],
  birth: ['born', 'birth'],
  sale: ['sold', 'sale'],
  meeting: ['met', 'meeting'],
  fall: ['fell', 'fall'],
  loss: ['lost', 'loss'],
  // A jury's verdict is told by what it found: "convicted him Wednesday", "was acquitted on Monday".
  verdict: ['convicted', 'convicts', 'acquitted', 'acquits', 'guilty', 'verdict'],
  // A vote or an election is told by its voters "going to the polls"; not by "votes", the ballots.
  vote: ['vote', 'voted', 'voting', 'voters?', String.raw`(?:go|goes|going|gone|went)\s+to\s+the\s+polls`],
  // A strike is told by the workers walking out: "walked off the job early Monday".
  strike: [String.raw`strik\w*`, String.raw`walk(?:ed|s)?\s+(?:off|out)`, 'walkouts?'],
  election: [String.raw`(?:re-)?elect(?!ions\b)\w*`, String.raw`(?:go|goes|going|gone|went)\s+to\s+the\s+polls`],
};
// "election" is told as "elected", "devaluation" as "devalued", "vote" as "voted".
const SUFFIX = /(?:ation|ion|ment|ure|al|ing|s)$/;

/**
 * The word starts the event's noun or verb takes ("elect" for "re-elected", "Tuesday's election");
 * when names come before the noun, one of them as written: "the Berlin talks" are not "the talks"
 * held in Paris on Monday.
 */
export function eventWords(noun: string, names: string): RegExp {
  const given = names
    .split(' ')
    .map((n) => n.replace(/[^\w'’-]/g, ''))
    .filter((n) => n.length >= 3);
  if (given.length > 0) return new RegExp(String.raw`\b(?:${given.join('|')})\b`);
  const lower = noun.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return new RegExp(String.raw`\b(?:${irregular.join('|')})\b`, 'i');
  let stem = lower.replace(SUFFIX, '');
  if (stem.length > 4) stem = stem.replace(/e$/, '');
  // Not the noun's plural when the noun is singular: "votes are still being counted" are ballots, and
  // tell no day of "the vote".
  const notPlural = lower.endsWith('s') ? '' : String.raw`(?!${lower}s\b)`;
  return new RegExp(String.raw`\b${notPlural}(?:re-)?${stem.length >= 3 ? stem : lower}`, 'i');
}

// The event and its day are told in one clause: no sentence's end, and no other day's "after" or
// "before" between them ("today, two days after Moscow devalued": today is not the devaluation's).
const BETWEEN = /[.;!?]\s|\b(?:after|before|since|until)\b/i;
const REACH = 60;

/** Whether the day `d` names is told as the event's, within one clause. */
export function tellsEvent(text: string, d: DateMention, words: RegExp): boolean {
  const before = text.slice(Math.max(0, d.start - REACH), d.start);
  const after = text.slice(d.end, d.end + REACH);
  const back = [...before.matchAll(new RegExp(words.source, 'gi'))].at(-1);
  if (back?.index !== undefined && !BETWEEN.test(before.slice(back.index))) return true;
  const on = words.exec(after);
  return on !== null && !BETWEEN.test(after.slice(0, on.index)) && !inClosedAside(text, d, after.slice(0, on.index));
}

// "The panel, which began hearing evidence on Monday, gave its ruling after four days": a day inside a
// relative aside dates the aside's verb; the event told after the aside closes is the main clause's.
const ASIDE_OPENS = /,\s+(?:which|who|whom|whose)\b[^,;.!?]*$/i;
const inClosedAside = (text: string, d: DateMention, gap: string): boolean =>
  (/,\s*$/.test(d.text) || gap.includes(',')) && ASIDE_OPENS.test(text.slice(Math.max(0, d.start - REACH), d.start));

const LOOK_BACK = 12;
const APPOSITION = /^\s*[,(–—-]?\s*$/;

/** Adds "the day after the election" when a day named before it is the election's. */
export function withEventDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  const added: DateMention[] = [];
  let before = 0; // byStart[0..before) start before the phrase
  for (let m = EVENT_DAY.exec(text); m; m = EVENT_DAY.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    while (before < byStart.length && (byStart[before] as DateMention).start < at) before++;
    const next = byStart[before];
    const last = byStart[before - 1];
    if ((next && next.start < end) || (last && last.end > at)) continue;
    // "on Tuesday, the day after the holiday": the phrase tells which day the one just named is.
    if (last && APPOSITION.test(text.slice(last.end, at))) continue;
    const words = eventWords(m[3] ?? '', m[2] ?? '');
    // The last few days named before it: the event is told near the phrase.
    let day: DateMention | undefined;
    for (let i = before - 1; i >= Math.max(0, before - LOOK_BACK) && !day; i--) {
      const d = byStart[i] as DateMention;
      // Only an event already told as done: one still ahead ("the vote is on 21 March. Counting starts
      // the day after the vote") is left to the schedule, which may move.
      const done = published === null || d.date <= published;
      if (done && !isRelativeSpan(d.text) && tellsEvent(text, d, words)) day = d;
    }
    if (!day) continue;
    const date = addDays(day.date, (m[1] ?? '').toLowerCase() === 'after' ? 1 : -1);
    added.push({ text: m[0], date, start: at, end, role: published === date ? 'published' : 'mention' });
  }
  return [...byStart, ...added].sort((a, b) => a.start - b.start);
}
