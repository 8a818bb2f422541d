/**
 * An organisation whose name joins capitalised words with small lower-case ones: "Friends of the Earth",
 * "Save the Children", "Committee to Protect Journalists", "Index on Censorship". The speaker patterns read
 * a name as capitalised words only, so they kept one end of it ("Friends", "Children").
 */
import type { Attribution } from './attribution.js';
import { CUES } from './speech-verbs.js';
import { OPENERS } from './sentence-openers.js';

// The small words an organisation's name is joined by. "and" only after one of the others ("Association of
// School and College Leaders"), as "Lee and Ray said" is two people.
const JOINS = new Set(['of', 'for', 'to', 'on', 'the', 'and', 'against', 'without']);
// "in" and "at" after a name mostly place the person ("Lee in London said"), so they join a name ("Women in
// Business said") only as its one joining word, right before the speech verb; a head that names a person
// the article names is still that person (see `personHeading`).
const PLACE_JOINS = new Set(['in', 'at']);
const CAPITAL = /^\p{Lu}[\p{L}’'&-]*$/u;
// A day or a month is when, not a word of the name: "Lee on Monday said".
const WHEN = new RegExp(`^${OPENERS}$`);
const CUE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${CUES})$`, 'u');
const CUE_AFTER = new RegExp(String.raw`^\s+(?:${CUES})(?![\p{L}])`, 'u');
// How far either way the name may run: the longest names have about eight words.
const WINDOW = 90;

// The last word of a body's name before its "of" or "for": "Royal College of Nursing", "Joint Committee on
// Vaccination". A head ending so is no person, though it is two capitalised words as a name is.
const INSTITUTIONS = new Set(
  [
    'College Committee Association Institute Institution Campaign Council Union League Society',
    'Foundation Federation Trust Centre Center Board Office Department Ministry Agency Commission',
    'Authority Bank Fund Court Party Club Network Alliance Coalition Service Group Academy School',
  ]
    .join(' ')
    .split(' '),
);

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s/u;

/**
 * An organisation's name read whole whose words before its joining word name a person the article names
 * (`person` gives the full name, or null): that person, as a name ("said Jo Bell of the Sierra Club").
 */
export function personHeading(a: Attribution | null, person: (head: string) => string | null): Attribution | null {
  const head = a?.head;
  if (head === undefined || INSTITUTIONS.has(head.split(/\s+/).pop() ?? '')) return a;
  // "Mr. Morgan of the Sierra Club": an honorific makes the head a person, named or not.
  if (HONORIFIC.test(head)) return { who: head, kind: 'name' };
  const name = person(head);
  return name === null ? a : { who: name, kind: 'name' };
}

// How much of `rest` the words of `tail` take, with the spaces before them.
function restLength(rest: string, tail: readonly string[]): number {
  let i = 0;
  for (const w of tail) i = rest.indexOf(w, i) + w.length;
  return i;
}

/** A word that may stand in an organisation's name: capitalised and no day or month, or a joining word. */
const capital = (w: string): boolean => CAPITAL.test(w) && !WHEN.test(w);

/**
 * The organisation's whole name, when the name `who` found at `at` in `source` is one end of a run of
 * capitalised words joined by small lower-case words, which is all the subject of the speech verb: it
 * starts after a cue, a "the", punctuation or nothing. Null when `who` stands alone.
 * The words before the first joining word are returned too, for a person named so ("Lee of Acme said").
 */
export function joinedOrganisation(source: string, at: number, who: string): { name: string; head: string } | null {
  const left = source.slice(Math.max(0, at - WINDOW), at);
  if (left.length > 0 && !/\s$/.test(left)) return null;
  const before = left.split(/\s+/).slice(0, -1);
  // Drop a first word that the window cut through.
  if (at - WINDOW > 0) before.shift();
  const lead: string[] = [];
  const verbNext = CUE_AFTER.test(source.slice(at + who.length, at + who.length + 30));
  while (before.length > 0) {
    const w = before[before.length - 1] ?? '';
    if (!capital(w) && !JOINS.has(w) && !(verbNext && PLACE_JOINS.has(w))) break;
    lead.unshift(w);
    before.pop();
  }
  // "the Campaign for…", "The Institute for…": the article is no part of the name; nor is "According to"
  // before a name at a sentence start.
  if (lead[0] === 'According' && lead[1] === 'to') before.push(...lead.splice(0, 2));
  while (lead.length > 0 && (!capital(lead[0] ?? '') || lead[0] === 'The')) before.push(lead.shift() ?? '');
  const rest = source.slice(at + who.length, at + who.length + WINDOW);
  const tail: string[] = [];
  for (let m = /^\s+(\S+)/u.exec(rest), i = 0; m; m = /^\s+(\S+)/u.exec(rest.slice(i))) {
    i += m[0].length;
    const w = (m[1] ?? '').replace(/[.,;:!?]+$/, '');
    if (!capital(w) && !JOINS.has(w) && !PLACE_JOINS.has(w)) break;
    tail.push(w);
    if (w !== m[1]) break;
  }
  while (tail.length > 0 && !capital(tail[tail.length - 1] ?? '')) tail.pop();
  // "Nurses at Risk said", "Writers in the West said": "at" or "in" joins the name after it only when the
  // speech verb follows the whole name, as it does before it.
  const placeAt = tail.findIndex((w) => PLACE_JOINS.has(w));
  if (placeAt >= 0 && !(lead.length === 0 && CUE_AFTER.test(rest.slice(restLength(rest, tail))))) tail.splice(placeAt);
  const words = [...lead, ...who.split(/\s+/), ...tail];
  const firstJoin = words.findIndex((w) => JOINS.has(w) || PLACE_JOINS.has(w));
  if (firstJoin <= 0 || words[firstJoin] === 'and') return null;
  // One place word, with "the" after it ("in the West"), and no other joining word.
  const joining = words.filter((w, i) => !capital(w) && !(w === 'the' && PLACE_JOINS.has(words[i - 1] ?? '')));
  if (words.some((w) => PLACE_JOINS.has(w)) && joining.length > 1) return null;
  // What stands before the name: nothing, punctuation, "the", or the speech verb ("said Friends of…").
  const prior = before.join(' ');
  const clean =
    prior === '' || /[,.;:!?“”"—–-]$/.test(prior) || /(?:^|\s)[Tt]he$/.test(prior) || CUE_BEFORE.test(prior);
  if (!clean) return null;
  return { name: words.join(' '), head: words.slice(0, firstJoin).join(' ') };
}
