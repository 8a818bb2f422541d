/**
 * "Ford said it would close the plant on 20 August": the countdown label "It would close the plant"
 * does not say who. When the sentence's subject reports its own plan ("X said (Tuesday) (that) it/they/
 * he/she…"), the label names X: "Ford would close the plant". ("The company said it…" is handled
 * where the label is cut, key-label.ts.)
 */
import { anyWord } from './regex-parts.js';

const NAME_WORD = String.raw`\p{Lu}[\p{L}.&’'-]*`;
// "Ford", "Ford Motor Co.", "Air France-KLM", "Bank of America", "Mr O'Leary".
const NAME = String.raw`${NAME_WORD}(?:\s+(?:of\s+|&\s+|and\s+)?${NAME_WORD}){0,4}`;
// "Shareholders", "Union leaders in Genk", "Analysts at Citigroup": a plural head, and where it is from.
// ("French farmers' unions": a plural owner may come between.)
const GROUP = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Ll}+(?:s['’])?){0,2}s(?:\s+(?:in|at|of|from|for)\s+(?:the\s+)?${NAME})?`;
const SAID = anyWord(['said', 'says', 'announced', 'added', 'stated', 'warned', 'confirmed']);
const WHEN = String.raw`(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+week)`;
// The subject at the sentence's start (after an opening "On Monday," or "Earlier,"), then the report.
const REPORT = new RegExp(
  String.raw`^(?:[^,]{1,30},\s+)?(${NAME}|${GROUP})\s+${SAID}\s+(?:${WHEN}\s+)?(?:that\s+)?(it|they|he|she)\s`,
  'u',
);

// The last word of a company's name: "Ford Motor Co.", "Lehman Brothers", "British Airways".
const BODY_END =
  /\b(?:Co|Corp|Inc|Ltd|plc|PLC|AG|SA|NV|LLC|Group|Holdings|Company|Corporation|Airlines|Airways|Motors|Bank|Brothers|Partners|International|Industries)\.?$/;
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s/;
const SHE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?\s/;
// Words that open a sentence or a name before another capitalised word without making it a surname.
const NOT_GIVEN = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'But', 'And', 'When', 'As', 'If']);

/** True when `word` is a person's surname in `text`: written after a given name or a title. */
function isSurname(word: string, text: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}’'-]*)\.?\s+${esc}(?![\p{L}’'-])`, 'gu')))
    if (!NOT_GIVEN.has(m[1] ?? '')) return true;
  return false;
}

/** Whether the subject `who` is what the pronoun stands for. */
function standsFor(who: string, pronoun: string, text: string): boolean {
  const single = !/\s/.test(who);
  const plural = new RegExp(`^${GROUP}$`, 'u').test(who) && !BODY_END.test(who);
  if (pronoun === 'they') return plural || /\s(?:and|&)\s/.test(who);
  // ("The Department of Education": a body named with "The" is no person.)
  if (pronoun === 'it')
    return (
      !plural && !TITLE.test(who) && (BODY_END.test(who) || /^The\s/.test(who) || (single && !isSurname(who, text)))
    );
  // "he"/"she": a person by title, or by given name and surname, of that sex where the title says it.
  if (plural || BODY_END.test(who)) return false;
  if (TITLE.test(who)) return SHE_TITLE.test(who) === (pronoun === 'she');
  return !single && who.split(/\s+/).length <= 3;
}

/** The label with an opening "It", "They", "He" or "She" named by the subject that reported it, when it is one. */
export function labelWithReporter(label: string, sentence: string, text: string): string {
  const opening = /^(It|They|He|She)\s/.exec(label)?.[1];
  const m = opening ? REPORT.exec(sentence.trim()) : null;
  const who = m?.[1];
  if (!opening || !who || m[2] !== opening.toLowerCase() || !standsFor(who, m[2], text)) return label;
  return `${who}${label.slice(opening.length)}`;
}
