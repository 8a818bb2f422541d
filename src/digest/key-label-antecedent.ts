/**
 * "It will be withdrawn" as a countdown label names nothing: "it" is what the sentence before was
 * about. When that sentence opens on a definite thing ("The festival had been due…"), or reports one
 * ("The council says the route, which…, costs…"), the label names it: "The route will be withdrawn".
 */
import { anyWord } from './regex-parts.js';
import { CUES } from './speech-verbs.js';
import { IRREGULAR_PASTS } from './past-forms.js';
import { itWithinSentence } from './key-label-it-within.js';

// A definite noun phrase of up to four words, lower case after its determiner ("the new stadium",
// "the number 34 route"), not a possessive ("the council's plan" is the plan's sentence, read whole).
// Its words are no auxiliary nor speech verb, so "The two brothers were charged" is "the two brothers", not
// "the two" doing "brothers".
const AUX = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could'];
const WORD = String.raw`(?!(?:${anyWord(AUX)}|${CUES})(?![\p{L}-]))`;
const THING = String.raw`((?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:${WORD}[\p{Ll}\d][\p{L}\d-]*\s+){0,3}${WORD}\p{Ll}[\p{Ll}-]+)(?![\p{L}’'-])`;
// Its verb, after an aside between commas or none: "the route, which carries 40 a day, costs".
const VERB = String.raw`(?:,\s[^,.;:!?]{1,90},)?\s+(?:${anyWord([...AUX, 'cost', 'costs'])}|(?:${CUES})\b|${anyWord(IRREGULAR_PASTS)}|\p{Ll}+(?:s|ed)\b)`;
const OPENS_ON_THING = new RegExp(`^${THING}${VERB}`, 'u');
// "The council says the route …": the thing reported, after a subject and a speech verb.
const REPORTS_THING = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:${CUES})\s+(?:that\s+)?${THING}${VERB}`,
  'u',
);
// "It" and what it does; not "It is understood that…", "It said…": no thing's own deed.
const IT =
  /^It\s+(?!(?:is|was)\s+(?:\p{Ll}+ly\s+)?(?:understood|thought|believed|expected|likely|hoped|feared)\b|said\b|says\b)/u;

// A new thing the sentence brings in ("announced a new wing", "plans a second runway") may be what "it"
// is: too close to call.
const NEW_THING = /\b(?:a|an)\s+(?:new|second|third|further|fresh)\b/i;

// A person the sentence before opens on, whose sex its words give: "Mr Docherty", "A 52-year-old man".
const HE_WORDS = 'man|boy|father|husband|son';
const SHE_WORDS = 'woman|girl|mother|wife|daughter';
const PERSON = new RegExp(
  String.raw`^((Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}’'-]+|(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}?(${HE_WORDS}|${SHE_WORDS}))${VERB}`,
  'u',
);
const HE_OR_SHE = /^(He|She)\s/;
// A person the sentence before names as its speaker, whose sex its words do not give: "“…,” Prabowo
// told the assembly." · "Rosa Quint said the plan was sound.". Not a determiner or an opening word.
const NAMED = String.raw`(?!(?:The|A|An|This|That|These|Those|It|He|She|They|His|Her|Its|Their|But|And|In|On|At|After|When)\s)\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}`;
const SPEAKER = new RegExp(String.raw`(?:^|[”"],?\s+)(${NAMED})\s+(?:${CUES})\b`, 'u');

// "He is due to appear before magistrates" after "A 52-year-old man has been interviewed.": that man.
function personFrom(label: string, before: string): string | null {
  const pronoun = HE_OR_SHE.exec(label)?.[1];
  const m = pronoun ? PERSON.exec(before) : null;
  const named = pronoun && !m ? SPEAKER.exec(before)?.[1] : undefined;
  if (named) return `${named}${label.slice(pronoun?.length ?? 0)}`;
  if (!m?.[1]) return null;
  const he = m[2] ? m[2] === 'Mr' : new RegExp(`^(?:${HE_WORDS})$`).test(m[3] ?? '');
  return he === (pronoun === 'He') ? `${m[1]}${label.slice(pronoun?.length ?? 0)}` : null;
}

/**
 * The label with its opening "It" (or "He", "She", "They") named from `before`, the sentence before `sentence`,
 * the label's own, when that sentence opens on the pronoun too (one inside a sentence, "…, but it is…",
 * is its own clause's).
 */
export function labelWithAntecedent(label: string, sentence: string, before: string | undefined): string {
  // "…said the company expected … when it reports on May 27": an "it" inside the sentence is its own.
  const within = itWithinSentence(label, sentence);
  if (within !== label || before === undefined) return within;
  const opening = sentence.trim();
  if (HE_OR_SHE.test(label) && label.slice(0, 3) === opening.slice(0, 3))
    return personFrom(label, before.trim()) ?? label;
  const s = before.trim();
  // "They will mark it with a party" after "The couple have three children.": the subject that sentence opens on.
  const they = /^They\s/.test(label) && /^They\s/.test(opening) ? OPENS_ON_THING.exec(s)?.[1] : undefined;
  if (they) return `${they.charAt(0).toUpperCase()}${they.slice(1)}${label.slice(4)}`;
  if (!IT.test(label) || !IT.test(opening) || NEW_THING.test(before)) return label;
  const thing = REPORTS_THING.exec(s)?.[1] ?? OPENS_ON_THING.exec(s)?.[1];
  if (!thing) return label;
  return `${thing.charAt(0).toUpperCase()}${thing.slice(1)}${label.slice(2)}`;
}
