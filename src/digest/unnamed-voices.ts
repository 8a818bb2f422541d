/**
 * News introduces an unnamed voice once ("a senior minister told the BBC…", "a source familiar with the
 * talks said…") and then refers back to it by its head noun alone: "“…,” the minister said". That
 * description is the unnamed person, not a named politician who happens to hold the same title.
 */
import { countWhile } from './partition-point.js';
import { anyOf, literal } from './regex-parts.js';

// Words that end a noun phrase's modifiers rather than modify: an indefinite speaker's description runs
// from its article to its head without them ("a lot of time with an official" is no official's name).
const NOT_MODIFIER = anyOf('a an the another one of to with in on at for from by and or but who that which'.split(' '));
const MODIFIER = String.raw`(?!${NOT_MODIFIER}\s)[\p{L}’'&\-]+\s+`;
// What may follow the head and belong to the description: "familiar with the talks", "in the department",
// "for the Home Office"; one lower-case word after the article, or a capitalised name.
const POST = String.raw`(?:\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|in|at|for|from)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}[\p{L}’'&\-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'&\-]*){0,4}))?`;

// Who speaks without a name, as a story's sources do: not a donor, a neighbour or a statement, which a
// story often calls "the donor" from the start and means no one it introduced.
const VOICES = [
  'minister',
  'official',
  'source',
  'aide',
  'advis[eo]r',
  'insider',
  'spokes(?:wo)?man',
  'spokesperson',
  'diplomat',
  'staffer',
  'executive',
];
const HEAD = new RegExp(String.raw`^the\s+(?:\p{Ll}[\p{Ll}\-]*\s+)?(${anyOf(VOICES)})$`, 'u');

/** "the minister" → "minister"; null for a description that is not "the", a word or two, and a voice. */
function headOf(description: string): string | null {
  return HEAD.exec(description.trim())?.[1] ?? null;
}

/**
 * The indefinite description, as written, that `description` ("the official") refers back to: the last
 * one with the same head between `from` and `at`, with no one named after it (whom "the official" would
 * more likely be). `namedAt` are where names are mentioned.
 */
export function introducedAs(
  text: string,
  description: string,
  from: number,
  at: number,
  namedAt: readonly number[],
): string | null {
  const head = headOf(description);
  if (head === null) return null;
  const re = new RegExp(
    String.raw`(?<![\p{L}’'\-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:${MODIFIER}){0,5}?${literal(head)}(?![\p{L}’'\-])${POST}`,
    'gu',
  );
  let found: RegExpExecArray | null = null;
  const span = text.slice(0, at);
  re.lastIndex = from;
  for (let m = re.exec(span); m; m = re.exec(span)) found = m;
  if (found === null) return null;
  const end = found.index + found[0].length;
  // Anyone named between the description and the quotation: `namedAt` is in text order.
  const lo = countWhile(namedAt.length, (i) => (namedAt[i] as number) < end);
  if (lo < namedAt.length && (namedAt[lo] as number) < at) return null;
  return found[0].replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

// A description's determiner, capitalised when the description opened its sentence.
const DETERMINER = /^(?:A|An|The|One|Another|Two|His|Her|Their|Its|Our|My)\s/u;

/**
 * A description as it reads inside a sentence, wherever the article put it: "A Home Office spokesperson
 * said:" and "…,” said a Home Office spokesperson" are both "a Home Office spokesperson", as /quotes lists
 * speakers in a sentence ("Speakers in this article: Ann Lee, a Home Office spokesperson").
 */
export function inRunningText(who: string): string {
  return DETERMINER.test(who) ? who.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : who;
}
