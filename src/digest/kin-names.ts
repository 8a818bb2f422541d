/**
 * Relatives named by first name alone next to a family member named in full: "Seamus Ryan, 71, and his
 * son Conor, 34", "Rachel and Sophie Barnes". Feature writing then calls them by first name ("Conor
 * said"), and the surname they share is theirs too: "Conor Ryan", "Rachel Barnes".
 */

import { NAME_PARTICLES } from './name-tokens.js';

const CAP = String.raw`\p{Lu}[\p{Ll}’'-]+`;
// A surname may join two with a hyphen, each capitalised: "Pryce-Jones", "Okafor-Hale".
const SURNAME = String.raw`${CAP}(?:-\p{Lu}[\p{Ll}’'-]+)?`;
const KIN = 'son|daughter|brother|sister|twin|wife|husband|father|mother|nephew|niece|cousin|grandson|granddaughter';
// "Seamus Ryan, 71, and his son Conor": the full name, an optional age, and a first name alone after the kin
// word, or set off by commas after it ("Tom Reyes and his wife, Ann, run the farm").
const KIN_OF = new RegExp(
  String.raw`(?<!\p{L})(${CAP})\s+(${SURNAME})(?:,\s+\d{1,3},)?\s+and\s+(his|her)\s+(?:${KIN})(?:\s+|,\s+(?=${CAP},))(${CAP})(?![\p{L}’'-]|\s+\p{Lu})`,
  'gu',
);
// Not after a capitalised word inside a sentence, as in a longer name ("Aston Villa and Ollie Watkins"); one
// that opens a sentence ("When Emeka and Ngozi Okafor opened") is no part of it.
const NOT_IN_RUN = String.raw`(?<!(?<![.!?]\s|^|\n)\p{Lu}[\p{L}’'-]*\s+)`;
// "Rachel and Sophie Barnes": two first names joined by "and" before one surname, and no capital after it
// ("Marks and Spencer Group").
const PAIR = new RegExp(
  String.raw`(?<![\p{L}’'-])${NOT_IN_RUN}(${CAP})\s+and\s+(${CAP})\s+(${CAP})(?![\p{L}’'-]|\s+\p{Lu})`,
  'gu',
);

// "The couple's daughter, Anjali," · "their son Ravi": a child of the family the article has named, by first
// name alone (a comma or a lower-case word after it, so not "their son Ravi Patel").
const CHILD_OF_FAMILY = new RegExp(
  String.raw`\b(?:[Tt]he\s+(?:couple|family|pair)[’']s|[Tt]heir)\s+(?:${KIN}),?\s+(${CAP})(?=,|\s+\p{Ll})`,
  'gu',
);
// "Her husband, João, agreed": a relative by first name alone, opening a sentence, of the person just named
// in the same paragraph (further back, "her" may be someone else). Not a first name a particle follows, which
// starts a full name ("His son, Khalid bin Mahmoud,").
const RELATIVE_OF_LAST = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s)|(?<=\n))(?:His|Her)\s+(?:${KIN}),?\s+(${CAP})(?=,|\s+(?!(?:${NAME_PARTICLES.join('|')})\s)\p{Ll})`,
  'gu',
);
// The family's surname: of the last first name and surname before the child, two capitalised words and no
// more ("Raj Patel", not the "Motor Inn" of "Starlite Motor Inn"), within this many characters.
const FULL_NAME = new RegExp(
  String.raw`(?<![\p{L}’'-])${NOT_IN_RUN}${CAP}\s+(${SURNAME})(?![\p{L}’'-]|\s+\p{Lu})`,
  'gu',
);
const FAMILY_WINDOW = 600;

export interface KinName {
  name: string;
  /** Where the first name is written. */
  start: number;
  end: number;
  /** "Seamus Ryan" of "Seamus Ryan, 71, and his son Conor", with the sex "his" gives him. */
  owner?: { name: string; at: number; sex: 'he' | 'she' };
}

/**
 * The relatives `text` names by first name beside a full name, with the shared surname: a pair's first
 * name ("Rachel" of "Rachel and Sophie Barnes") only when the article calls that person by it elsewhere
 * ("Rachel says"), as it does a person and not a team or firm ("Celtic and Brendan Rodgers").
 */
export function kinNames(text: string): KinName[] {
  const found: KinName[] = [];
  for (const m of text.matchAll(KIN_OF)) {
    const [whole, given, surname, pronoun, first] = m;
    if (!given || !surname || !first || first === surname) continue;
    const end = m.index + whole.length;
    const owner = { name: `${given} ${surname}`, at: m.index + 1, sex: pronoun === 'her' ? 'she' : 'he' } as const;
    found.push({ name: `${first} ${surname}`, start: end - first.length, end, owner });
  }
  const aloneAt = new Map<string, number[]>();
  for (const m of text.matchAll(PAIR)) {
    const [, first, , surname] = m;
    if (!first || !surname || first === surname) continue;
    const alone = new RegExp(String.raw`(?<![\p{L}’'-])${NOT_IN_RUN}${first}(?![\p{L}’'-]|\s+\p{Lu})`, 'gu');
    // Where the first name stands alone in the text, found once per name: blanking the pair out of
    // a copy of the whole text and searching it, for every pair, was quadratic in a text that
    // repeats "Bob Day and Carl Fox". A use whose surroundings the pair does not touch counts as
    // it is; only when every use is next to the pair is the blanked copy searched.
    let uses = aloneAt.get(first);
    if (uses === undefined) aloneAt.set(first, (uses = [...text.matchAll(alone)].map((u) => u.index)));
    const [from, to] = [m.index, m.index + m[0].length];
    if (!uses.some((at) => apart(text, at, at + first.length, from, to))) {
      alone.lastIndex = 0;
      const elsewhere = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
      if (!alone.test(elsewhere)) continue;
    }
    found.push({ name: `${first} ${surname}`, start: m.index, end: m.index + first.length });
  }
  const relatives = [...text.matchAll(CHILD_OF_FAMILY), ...text.matchAll(RELATIVE_OF_LAST)];
  for (const m of relatives) {
    const first = m[1] ?? '';
    const window = text.slice(Math.max(0, m.index - FAMILY_WINDOW), m.index);
    const own = /^(?:His|Her)\s/.test(m[0]) ? window.slice(window.lastIndexOf('\n') + 1) : window;
    const names = [...own.matchAll(FULL_NAME)];
    const surname = own === window || names.length > 0 ? names.pop()?.[1] : familyBefore(window);
    if (surname === undefined || surname === first) continue;
    const start = m.index + m[0].length - first.length;
    found.push({ name: `${first} ${surname}`, start, end: start + first.length });
  }
  return found;
}

/**
 * The one family the paragraph before a relative's names, when the relative opens a paragraph: "Ann
 * Lee-Hart runs the shop… \n\nHer daughter, Cara, …". Not when it names people of two families, either
 * of whom "her" may mean. `window` ends at the relative.
 */
function familyBefore(window: string): string | undefined {
  const previous = window.trimEnd().split(/\n\s*/).pop() ?? '';
  const surnames = new Set([...previous.matchAll(FULL_NAME)].map((n) => n[1]));
  return surnames.size === 1 ? [...surnames][0] : undefined;
}

/**
 * Whether a use of a first name at [start, end) reads the same with [from, to) blanked out: what the
 * lookarounds of a use read (the character after it, or the spaces and the character after them; the
 * spaces, word and two characters before it) lies outside [from, to).
 */
function apart(text: string, start: number, end: number, from: number, to: number): boolean {
  if (end <= from) {
    let i = end;
    while (i < text.length && /\s/.test(text[i] as string)) i += 1;
    return i < from;
  }
  if (start < to) return false;
  let i = start;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i -= 1;
  if (i === start) return start - 1 >= to;
  while (i > 0 && /[\p{L}’'-]/u.test(text[i - 1] as string)) i -= 1;
  return i - 2 >= to;
}
