import type { DateMention } from './types.js';
import { anyOf, anyWord } from './regex-parts.js';
import { shorten } from './key-label-shorten.js';
import { relativeBefore, stagedMainClause, whenClauseBefore, withAsClause } from './key-label-clause.js';
import { dayNamedEvent, namedByDay } from './key-label-named.js';
import { withoutAsides } from './key-label-asides.js';
import { predicateLabel } from './key-label-conjoined.js';
import { AFTER_SAID, LEADING, REPORTING, TRAILING } from './key-label-words.js';

// A clause that only says the day is the noun's: "which falls on Tuesday".
const FALLS = /^(?:falls|fall|is|are|was|will be|will fall|is (?:expected|likely|due|set) to fall)$/i;
// Fewer words than this say too little on their own ("They", "Vote").
const MIN_WORDS = 2;

// "The inauguration of the new US president is scheduled for 20 January 2025" → its subject.
const BE = anyOf(['is', 'are', 'was', 'will be', 'has been', 'have been']);
const SCHEDULED = anyOf(['scheduled', 'set', 'due', 'planned', 'expected', 'slated', 'listed', 'fixed', 'to be held']);
// A plain plural, not an event's name: "Crowds", "Fans"; not "Talks" or "Elections".
const PLURAL =
  /^(?!(?:Talks|Elections|Celebrations|Festivities|Finals|Games|Hearings|Negotiations|Strikes)$)\p{L}+[^s]s$/u;
const SCHEDULED_SUBJECT = new RegExp(String.raw`^(.{3,90}?)\s+${BE}\s+(${SCHEDULED})\b`, 'i');

// "Saturday's derby", "Tuesday's presidential election": up to four words after the possessive,
// ending before a clause break or a preposition.
const POSSESSED = new RegExp(
  // ("Monday's a holiday" is "Monday is"; "in a fortnight's time" names no event.)
  String.raw`^['’]s\s+(?!${anyWord(['a', 'an', 'the', 'not', 'been', 'going', 'when', 'time'])})((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:[,.;:!?—–(]|$)|\s+${anyWord(['in', 'at', 'on', 'and', 'against', 'with', 'for', 'between', 'to', 'of', 'after', 'when', 'where', 'which', 'that'])})`,
);
// "ahead of the Budget on", "in the run-up to next month's election on": the event, up to "on"/"at".
const AHEAD_OF =
  /\b(?:ahead of|in the (?:run|build)-up to)\s+((?:(?:the|this|next|last)\s+)?(?:[\p{L}-]+['’]s\s+)?[\p{L}\d' -]{2,50}?)(?:\s+(?:on|at))?\s*$/u;
// What was stopped until the day: the subject of "was adjourned", or the object of "adjourned the…".
const STOPPED = anyWord(['adjourned', 'suspended', 'halted', 'paused']);
const HALTED = new RegExp(
  String.raw`^(?:(.+?)\s+${anyOf(['was', 'were', 'has been', 'have been', 'is', 'are', 'will be'])}\s+${STOPPED}|.+?\s+${STOPPED}\s+((?:the|a|an|its|their|his|her)\s+.+))$`,
  'i',
);
// "has given Apple" before "until 30 April to change…", "a bill that would give regulators" before
// "until Sept. 30 to close…": the one given the time.
// (Lower case: "actor Hugh Grant and writer Joanne Harris will meet up on…" gives no one time.)
const GIVEN = /\b(?:gave|given|give|gives|giving|granted|grant|grants|allowed|allow|allows)\s+(.+)$/;

// Where the last clause with a subject of its own starts: after ", and the", "but its"…
function lastJoin(text: string): number {
  let start = 0;
  // ("said that its creditors had backed the plan, and that a judge is scheduled to…".)
  for (const m of text.matchAll(/,?\s+(?:and|but|while|whereas)\s+(?:that\s+)?(?=(?:the|a|an|its|their|his|her)\s)/gi))
    start = m.index + m[0].length;
  return start;
}

// "today and" or "on Tuesday and" before "Wednesday", "from Monday to" before "Thursday": the first
// of two days and the join.
// ("on Friday 3 November and" before "Saturday 4 November": a weekday may carry its date.)
const JOINED_DAY =
  /\s+(?:(?:(?:on|from)\s+)?(?:today|tonight|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?))?)\s+(?:and|or|to|through|until)|and|or)\s*$/i;
// "on 18, 19 and" before "20 March": the first days of a list that ends on the date, and the join.
// (After "on" or "from": "between junctions 10 and" is a place.)
const LISTED_DAYS =
  /\s+(?:on|from)\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*(?:,|,?\s*(?:and|or|to|through|until|-|–))\s*$/i;
// A day's number, with its month or alone in a list: "20 March", "19".
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?\p{Lu}|$)/u;
// "Kick-off is" before "at 3pm on 8 March": one word may name the event ("Sentencing", "Polling"); not
// a pronoun ("It is") nor a plain plural ("Crowds are").
const ONE_WORD_SUBJECT = /^(\p{Lu}[\p{L}-]{2,})\s+(?:is|are|will\s+be)$/u;
const NOT_AN_EVENT = /^(?:This|That|These|Those|There|Which|What|Everything|Nothing|Everyone|Today|Tomorrow)$/;

// The day named again after a comma: ", the first day of the new tax year", ", a bank holiday".
const APPOSITION = /^,?\s*(?:the|a|an)\s+[^,;:]*?(?:day|date|eve|anniversary|holiday|deadline)\b/i;
// A clause that only says who said it: "the White House said", "officials told reporters".
const ATTRIBUTION = new RegExp(
  String.raw`^(?:[\w.'’-]+\s+){0,5}${anyOf(['said', 'says', 'told [\\w ]+', 'added', 'announced', 'reported', 'stated'])}$`,
  'i',
);
// A body as the subject of a reporting verb: "The company said", "The unions announced".
const REPORTER =
  /^((?:The|the)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{L}’'-]*)\s+(?:said|says|announced|added|stated|warned)\s+(?:that\s+)?(?:it|they)\s/u;
// Where a clause ends; a comma only when the words up to it make a clause of their own.
const CLAUSE_BREAK = /[;:—–(]\s*|,\s+/g;

/**
 * A short name for what happens on the key date, from the sentence it is explained in: the subject of
 * "X is scheduled for …", else the words of its clause before the date ("The parties must agree" by
 * …), else those after it ("On Tuesday, the league plans to hold a conference"), else the sentence.
 */
export function keyDateLabel(sentence: string, d: DateMention): string {
  const at = sentence.indexOf(d.text);
  // "ahead of Saturday's derby": the day's own event names it.
  const owned = at >= 0 ? POSSESSED.exec(sentence.slice(at + d.text.length)) : null;
  if (owned?.[1]) return shorten(`The ${owned[1]}`);
  // "It comes ahead of next month's Budget on 26 March": the event the day is named for.
  const ahead = at >= 0 ? AHEAD_OF.exec(sentence.slice(0, at)) : null;
  if (ahead?.[1] && words(ahead[1]) >= 1) return shorten(capitalise(ahead[1]));
  // "…named the side on Tuesday, when England play Wales on Sunday": the clause the day ends.
  const whenClause = at >= 0 ? whenClauseBefore(sentence, at) : null;
  if (whenClause && usable(tidy(whenClause))) return shorten(tidy(whenClause));
  // "…for the city marathon, which starts on Sunday": the noun and what it does; "ahead of Carnival,
  // which falls on Tuesday": the noun alone.
  const relative = at >= 0 ? relativeBefore(sentence, at) : null;
  const does = relative ? tidy(relative.clause, false) : '';
  // (A day's name is label enough alone: "Diwali".)
  const noun = relative && FALLS.test(does) ? capitalise(relative.noun) : '';
  if (noun && (/^\p{Lu}/u.test(relative?.noun ?? '') || usable(noun))) return shorten(noun);
  const onDay = relative ? capitalise(`${relative.noun} ${does}`.trim()) : '';
  if (usable(onDay)) return shorten(onDay);
  // "We had to act before 1 April, when the law takes effect": past deeds lead up to the day; what
  // happens on it is the "when" clause after it.
  const when = at >= 0 ? /^,\s+when\s+([^,.;:!?]+)/.exec(sentence.slice(at + d.text.length)) : null;
  const pastBefore = /\b(?:had|was|were|did)\b/i.test(sentence.slice(Math.max(0, at - 80), Math.max(0, at)));
  if (when?.[1] && pastBefore && usable(tidy(when[1]))) return shorten(tidy(when[1]));
  // "ahead of the Feb. 9 primary": the clause up to the event, which ends the label.
  const named = at >= 0 ? namedByDay(sentence, at, d.text) : null;
  const clause = named ? tidy(lastClause(named), false) : '';
  if (usable(clause)) return shorten(capitalise(clause));
  // "…with two weeks to go before the January 31 deadline": the event as the text names it.
  const event = named && at >= 0 ? dayNamedEvent(sentence, at, d.text) : null;
  if (event) return shorten(event);
  // "Construction is expected to begin in May and the bridge is scheduled to open on 1 May 2027": the
  // clause the date is in, after the last "and" that starts a new subject.
  const from = at > 0 ? lastJoin(sentence.slice(0, at)) : 0;
  const found = SCHEDULED_SUBJECT.exec(sentence.slice(from));
  // A subject that runs past the date is another clause's: "Members will vote on 14 August, and the
  // sale is expected to close in the autumn" labels the vote, not "Members will vote … and the sale".
  // Nor is the verb of an aside ("The consultation, which was due to close…") the subject's own.
  const inAside = found?.[1] !== undefined && /,\s+(?:which|who|that)$/i.test(found[1]);
  const scheduled = found && !inAside && !(at >= 0 && from + found.index + (found[1]?.length ?? 0) > at) ? found : null;
  if (scheduled?.[1] && scheduled[2]) {
    // The subject alone names the event: "Referendum on independence"; not "The company’s results".
    // ("The storm, which formed on 3 July, is expected…": the storm, without its aside.)
    const what = tidy(withoutAsides(scheduled[1]).replace(/^(?:the|a|an)\s+(?!\S+['’]s\s)/i, ''));
    // "The striker is expected back for the game on Saturday": what is expected goes with its subject.
    const end = from + scheduled.index + scheduled[0].length;
    const rest = at > end ? tidy(sentence.slice(end, at), false) : '';
    // "The launch was due on Friday but has been delayed until…": what happened to it, after the turn.
    const turned = /\bbut\s+(.+)$/i.exec(rest)?.[1];
    if (turned) return shorten(`${what} ${turned}`);
    if (rest) return shorten(`${what} ${scheduled[2].toLowerCase()} ${rest}`);
    // An event names itself in a word ("Sentencing", "Talks"); people or things do not ("Crowds",
    // "Temperatures" are expected): their clause says what is expected of them.
    if (words(what) >= MIN_WORDS || !PLURAL.test(what)) return shorten(what);
  }
  if (at >= 0) {
    const staged = stagedMainClause(sentence, at);
    if (staged && usable(tidy(staged))) return shorten(tidy(staged));
    const lead = DAY_NUMBER.test(d.text) ? sentence.slice(0, at).replace(LISTED_DAYS, '') : sentence.slice(0, at);
    const last = lastClause(lead).replace(JOINED_DAY, '');
    const before = tidy(withAsClause(last) ?? last, false);
    const after = tidy(firstClause(sentence.slice(at + d.text.length).replace(/^['’]s\b|^[\s,.;:]+/, '')), false);
    // "The Commission has given Apple until 30 April to change…": who has until the day, and what to do.
    const given = GIVEN.exec(before)?.[1];
    if (given && /^to\s+\S/i.test(after)) return shorten(capitalise(`${given} ${after}`));
    // "Objectors have until 30 May to file": the subject and what it has to do, not "Objectors have".
    const until = /^(.+?)\s+(?:have|has|had)$/i.exec(before)?.[1];
    if (until)
      return /^to\s+\S/i.test(after)
        ? shorten(capitalise(`${until} ${after}`))
        : shorten(sentence.replace(/[.!?]+$/, ''));
    // "The case was adjourned until 23 June", "Magistrates adjourned the hearing until…": on the day, it resumes.
    const halted = /\b(?:until|till)\s+$/i.test(sentence.slice(0, at)) ? HALTED.exec(before) : null;
    if (halted) return shorten(capitalise(`${(halted[1] ?? halted[2] ?? '').trim()} resumes`));
    // "…will be mailed next week and must be returned" by the day: what is due on the day.
    const paid = predicateLabel(before, lead, after);
    if (paid) return shorten(capitalise(paid));
    if (usable(before)) return shorten(capitalise(before));
    const one = ONE_WORD_SUBJECT.exec(last.trim())?.[1];
    if (one && !NOT_AN_EVENT.test(one) && !PLURAL.test(one)) return one;
    // "President Lee, who toured the site last week, will return on Sunday": the clause is the
    // subject without its aside and what it does.
    const whole = tidy(withoutAsides(lead).replace(JOINED_DAY, ''), false);
    if (whole !== tidy(lead, false) && usable(whole) && words(whole) <= 14) return shorten(capitalise(whole));
    // "Council tax, water and energy bills will rise on Tuesday, the first day of…": the last clause
    // broke at a list's comma; the words after the date are the day's own apposition, not what happens.
    if (APPOSITION.test(sentence.slice(at + d.text.length)) && usable(whole) && words(whole) <= 14)
      return shorten(capitalise(whole));
    // "…on Sunday, the White House said": who says it names nothing that happens.
    if (usable(after) && !ATTRIBUTION.test(after)) return shorten(capitalise(after));
  }
  // A sentence that is all one quotation ("'And that is the plan for 1 May.'") reads as the words
  // said, without the marks and the "And" that joined it to the last one.
  if (bareQuote(sentence.trim())) return shorten(tidy(sentence.trim().replace(/[.!?]*["”’']$/, '')));
  return shorten(sentence.replace(/[.!?]+$/, ''));
}

// Or its last sentence: one that ends on a closing mark and opens none.
function bareQuote(s: string): boolean {
  const closes = /[.!?]["”’']$/.test(s) || /^["“‘'].*["”’']$/.test(s);
  return closes && !/["“”‘]/.test(s.slice(1, -1)) && (/^["“‘']/.test(s) || !/(?:^|\s)'/.test(s.slice(0, -1)));
}

// The part after the last break that still leaves a clause of a few words.
function lastClause(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const rest = text.slice(m.index + m[0].length);
    if (words(tidy(rest)) >= MIN_WORDS) start = m.index + m[0].length;
  }
  return text.slice(start);
}

// (Not at a decimal point: "rise by 6.4%".)
function firstClause(text: string): string {
  const m = /[;:—–(!?]|\.(?!\d)|,\s/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

function tidy(text: string, capital = true): string {
  let t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^["“‘'`]+|["”’'`]+$/g, '');
  // 'expected to win "by Wednesday': a quotation opened before the date is no part of the label.
  t = t.replace(/(\s)["“‘]+(?=\w*$)/u, '$1');
  t = t.replace(LEADING, '');
  // What follows "said (Tuesday) (that)" is a clause of its own: "markets could fall again". Not
  // what follows "the ministry said" at the end of a quotation: "in a statement".
  const reported = REPORTING.test(t) && !AFTER_SAID.test(t.replace(REPORTING, ''));
  // "The company said it would respond": the body that "it" (or "they") stands for does it.
  const body = reported ? REPORTER.exec(t)?.[1] : undefined;
  t = t.replace(REPORTING, '').replace(TRAILING, '');
  if (body) t = t.replace(/^(?:it|they)(?=\s)/i, body);
  t = t.replace(/[\s,;:—–-]+$/, '');
  return capital || reported ? capitalise(t) : t;
}

function capitalise(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// A label reads on its own when it opens like a clause: a name, an article, a pronoun. One that
// opens on "of", "which" or a bare verb is a fragment; the whole sentence says more.
// So does a bare noun before a modal ("and loading will restart"): a subject and its verb. Not a
// relative word, an adverb or a bare quantity ("which will", "also could", "more will follow").
// (Up to three words, "energy bills will rise", each no joining or relative word.)
const NOT_SUBJECT_WORD = anyWord([
  ...'which that who what where when also still then not only so more less fewer others none'.split(' '),
  ...'much any and but or if as because while it they'.split(' '),
]);
const MODAL_SUBJECT = String.raw`(?:(?!${NOT_SUBJECT_WORD})\p{Ll}+\s+){1,3}${anyWord(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should'])}`;
const OPENS_CLAUSE = new RegExp(
  String.raw`^(?:\p{Lu}|${anyWord(['the', 'a', 'an', 'this', 'these', 'its', 'his', 'her', 'their', 'our', 'my'])}|${anyWord(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'most', 'some', 'all', 'many', 'both', 'several', 'each', 'every'])}|${MODAL_SUBJECT})`,
  'u',
);

function usable(label: string): boolean {
  return words(label) >= MIN_WORDS && OPENS_CLAUSE.test(label);
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
