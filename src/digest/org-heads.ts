/**
 * "The Home Affairs Committee said the scheme had failed. “…,” the committee said.": "the committee" is
 * the body its paragraph just named with that word at the end of its capitalised name.
 */
import { lastBreakFrom } from './line-bounds.js';

// The kinds of body whose names end in the word a reference back uses: "Home Affairs Committee",
// "Kingsmere NHS Trust", "Rhondda Cynon Taf Council".
const HEAD_NOUNS = [
  'committee',
  'union',
  'council',
  'trust',
  'commission',
  'authority',
  'board',
  'agency',
  'association',
  'federation',
  'institute',
  'society',
  'tribunal',
  'partnership',
];
const BACK_REFERENCE = new RegExp(String.raw`^the\s+(${HEAD_NOUNS.join('|')})$`, 'iu');
const WORD = String.raw`\p{Lu}[\p{L}’'\-]*`;
// Capitalised words, joined by spaces, commas or "and"/"of"/"for": "Environment, Food and Rural Affairs".
const LEAD = String.raw`(?:${WORD}(?:,\s+|\s+(?:and|of|for|on|&)\s+|\s+)){1,7}?`;
// The name may run on past its head: "Kansas Association of School Boards", "Council for the Arts".
const TAIL = String.raw`(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+(?:and\s+)?${WORD}){0,4})?`;
// How far back the name is looked for: past a phrase quoted earlier in the paragraph, but bounded.
const WINDOW = 300;

/** The body "the committee" at `at` refers back to, named in full earlier in its paragraph, or null. */
export function organisationByHead(text: string, description: string, at: number): string | null {
  const noun = BACK_REFERENCE.exec(description.trim())?.[1]?.toLowerCase();
  if (noun === undefined) return null;
  const floor = Math.max(0, at - WINDOW);
  const line = lastBreakFrom(text, at - 1, floor);
  const para = text.slice(line < 0 ? floor : line + 1, at);
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  const re = new RegExp(String.raw`(?<![\p{L}’'])(?:${LEAD})${head}(?![\p{L}])${TAIL}`, 'gu');
  let found: string | null = null;
  for (let m = re.exec(para); m; m = re.exec(para)) found = m[0];
  // "The Home Affairs Committee" opening a sentence: the article is no part of the name.
  return found?.replace(/^The\s+/u, '') ?? null;
}
