import { anyOf, anyWord } from './regex-parts.js';
import { cutAtWord } from './text-stats.js';

const LABEL_MAX = 80;
const MODALS = anyWord(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should']);

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

// Where a phrase that only places the action starts: "… set to dock | with the space station", "…
// will testify | before the Senate committee". ("to" is left out: "due | to meet" would cut the verb.)
const PLACING = new RegExp(
  String.raw`\s(?:(?:late|early)\s+)?${anyWord(['in', 'at', 'on', 'with', 'for', 'from', 'over', 'into', 'before', 'after', 'during', 'against', 'under', 'near', 'across', 'between'])}\s`,
  'gi',
);
// Nor inside an aside whose verb comes after it ("The Yankees, who won 114 games | in the season, open…"),
// nor after a verb the preposition belongs to ("was sworn | in", "unions called | for", "said | at").
const UNCLOSED_ASIDE = /,\s+(?:who|which|whose|where|when)\b[^,]*$/i;
const PARTICLE_VERB = /(?:\p{L}ed|\b(?:said|sworn|went|came|paid|put|set|sent|held|took|gave|told))$/iu;
// A cut that leaves fewer words than this says too little of what happens ("Lorry drivers").
const CUT_WORDS = 5;

// A relative clause on the subject, up to the modal of the main verb: "A former ferryman | who was
// convicted of stealing fares from the harbour | will be sentenced". (Not one that opens on the modal:
// "who will lead the team" has the clause's verb, not the sentence's.)
// So does a participle clause in its place: "A former treasurer | convicted of stealing from the fund |
// will be sentenced". (A comma in a number, "3,000", is inside it.)
const CHARGED = anyOf(['convicted', 'accused', 'charged', 'suspected', 'jailed', 'arrested', 'found guilty']);
// "The first rocket | built by a Scottish firm | will lift off": who made or runs the subject.
const MADE = anyOf(['built', 'made', 'designed', 'developed', 'owned', 'run', 'operated', 'backed', 'founded']);
const RELATIVE = new RegExp(
  String.raw`\s(?:who|which|${CHARGED}\s+(?:of|with|for|over|in)|${MADE}\s+by)\s(?!${MODALS})(?:[^,;:]|,(?=\d)){1,160}?(?=\s${MODALS}\s)`,
  'i',
);

// A name of capitalised words and the small words inside one: "the Transport and General Workers'
// Union", "the Port of Leith". (Not a clause: "Shares in Corvid Foods rose 6% after…".)
const NAMED = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’.-]*)){0,8}`;
// A place or body after a short subject, up to its modal: "Lorry drivers | in the Transport and General
// Workers' Union | will begin a strike". Who acts and what they do stay; where they belong goes.
const SUBJECT_PLACE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2})\s+${anyWord(['in', 'at', 'from', 'across', 'of'])}\s+${NAMED}(?=\s${MODALS}\s)`,
  'u',
);

// Too long a label ends before its last placing phrase, a whole clause, not mid-phrase with "…"; first
// it drops a relative clause on its subject, which keeps the subject and what it does.
/** The label cut to at most 80 characters at a whole clause or phrase; as it is when short enough. */
export function shorten(s: string): string {
  if (s.length <= LABEL_MAX) return s;
  const lean = s.replace(RELATIVE, '');
  if (lean !== s && lean.length <= LABEL_MAX && words(lean) >= CUT_WORDS) return lean;
  const placeless = s.replace(SUBJECT_PLACE, '$1');
  if (placeless !== s && placeless.length <= LABEL_MAX && words(placeless) >= CUT_WORDS) return placeless;
  let end = -1;
  for (const m of s.slice(0, LABEL_MAX + 1).matchAll(PLACING)) {
    const head = s.slice(0, m.index);
    if (words(head) >= CUT_WORDS && !UNCLOSED_ASIDE.test(head) && !PARTICLE_VERB.test(head)) end = m.index;
  }
  return end > 0 ? s.slice(0, end).replace(/[\s,;:]+$/, '') : cutAtWord(s, LABEL_MAX);
}
