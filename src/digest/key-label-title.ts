import { anyWord } from './regex-parts.js';
import { shorten } from './key-label-shorten.js';
import { titledNoun } from './key-label-title-noun.js';
import { itAsShown } from './key-label-it.js';

// Subjects that name no event of their own: a stage of one ("Kickoff", "The vote", "Doors open") or a
// pronoun ("It opens", "She leaves"). A label made of one of them and a verb says what, not of what.
const THIN_SUBJECTS = [
  'kickoff',
  'kick-off',
  'vote',
  'voting',
  'deadline',
  'hearing',
  'final',
  'match',
  'game',
  'ceremony',
  'launch',
  'doors',
  'gates',
  'results',
  'it',
  'he',
  'she',
  'they',
];
// Month names, whole or cut short: "Aug", "Sept.", "August".
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const THIN_SUBJECT = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?${anyWord(THIN_SUBJECTS)}\s*`, 'i');
// Words that only place the subject in time: "is at 4.45pm on Saturday", "are due on 14 August".
const TIMING = new RegExp(
  String.raw`^(?:${anyWord([
    'is',
    'are',
    'will',
    'be',
    'due',
    'set',
    'at',
    'on',
    'from',
    'for',
    'of',
    'in',
    'the',
    'am',
    'pm',
    'noon',
    'midnight',
    'today',
    'tonight',
    'tomorrow',
    String.raw`\w+day`,
    MONTH,
  ])}|\S*\d\S*)$`,
  'i',
);
// At most this many words after the subject that say more than when: "It opens", "She leaves".
const THIN_WORDS = 1;

// A day or period the headline ends on is the countdown's own: "… published next week", "… on Friday".
const TITLE_TIME = new RegExp(
  String.raw`\s+(?:(?:on|this|next|by|in|from)\s+)?(?:${anyWord([
    'today',
    'tonight',
    'tomorrow',
    'week',
    'weekend',
    'month',
    String.raw`\w+day`,
    String.raw`${MONTH}(?:\s+\d{1,2})?`,
  ])})$`,
  'i',
);
// A headline a reader could not write as a label: a kicker ("Live: …"), a question, a quotation or
// a mention; or one too long to be a short clause.
// (Nor one with the site's name after a dash, "… - City Herald", nor a site's name alone: "Home".)
const NOT_A_CLAUSE = /[:;?|"“”@<]|['‘’](?:\s|$)|^['‘]|\s[-–—]\s/;
const TITLE_WORDS = 12;
const TITLE_MIN_WORDS = 3;
const TITLE_CHARS = 160;
// A pronoun stands for the headline's subject only when the headline tells what is ahead of them ("Bank
// chief to step down" above "She leaves on Friday"); "Mayor wins second term" above "She will be sworn
// in" tells a deed that is done.
const PRONOUN = /^(?:it|he|she|they)\b/i;
const AHEAD = /\b(?:to\s+\p{Ll}+|will|due|set|plans?)\b/u;
// Unless "it" is the event itself starting: "It kicks off at 3pm" under "Leeds host Hull" is that game.
const IT_STARTS = /^it\s+(?:kicks\s+off|starts|begins|opens)$/i;
// A headline that neither looks ahead, nor names a fixture, nor shares the label's word may tell a deed
// that is done: "Judge jails fraudster" above "The hearing is on 14 March" names another day's event.
const FIXTURE = new RegExp(anyWord(['face', 'faces', 'play', 'plays', 'host', 'hosts', 'meet', 'v', 'vs']), 'i');

// Words of four letters or more without their endings: "voting" meets "vote".
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) out.add(m[0].replace(/(?:ing|ed|es|s|e)$/, ''));
  return out;
}

// The event a headline times its deed by is not the deed: "Unions reject offer ahead of deadline".
const TIMED_BY = /\b(?:before|ahead\s+of|after|amid|until|as)\s+(?:the\s+|a\s+)?[\p{L}-]+/giu;

function sharesWord(label: string, title: string): boolean {
  const own = stems(label);
  for (const w of stems(title.replace(TIMED_BY, ' '))) if (own.has(w)) return true;
  return false;
}

/** True when the label names no event of its own: "Kickoff is at 4.45pm on Saturday", "The vote", "It opens". */
export function thinLabel(label: string): boolean {
  const subject = THIN_SUBJECT.exec(label);
  if (!subject) return false;
  const rest = label
    .slice(subject[0].length)
    .split(/\s+/)
    // ("off" is the verb's own: "It kicks off" says no more than "It starts".)
    .filter((w) => w && !/^off$/i.test(w) && !TIMING.test(w.replace(/[.,;:!?]+$/, '')));
  return rest.length <= THIN_WORDS;
}

// Headlines in Title Case ("Budget Vote Splits Coalition") read as a heading, not as a clause: every
// longer word capitalised, where a clause leaves its verbs and nouns in lower case ("Wales face France").
function titleCase(title: string): boolean {
  const long = title
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 1 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The label, or the headline in its place when the label names no event of its own and the headline
 * reads as a short clause: "The vote" under "MPs to vote on assisted dying bill" is that vote.
 */
export function labelWithTitle(label: string, title: string | null | undefined): string {
  // (A headline of more than a line is no headline: its words are not read.)
  if (!title || title.length > TITLE_CHARS) return label;
  const shown = itAsShown(label, title);
  if (shown) return shorten(shown);
  if (!thinLabel(label)) return label;
  const t = title.trim().replace(TITLE_TIME, '');
  const n = t.split(/\s+/).length;
  if (NOT_A_CLAUSE.test(t) || titleCase(t) || n > TITLE_WORDS || n < TITLE_MIN_WORDS) return label;
  const tied = FIXTURE.test(t) || sharesWord(label, t);
  if (!AHEAD.test(t) && !(tied && (!PRONOUN.test(label) || IT_STARTS.test(label)))) return label;
  // The headline's name for the event, when it has one, is shorter than the whole headline.
  return shorten(titledNoun(label, t) ?? t);
}
