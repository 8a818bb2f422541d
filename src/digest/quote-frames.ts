/** How the words around a quotation frame it: a cue and a colon before it, an aside inside its attribution. */
import { CUES } from './speech-verbs.js';

// "“…,” one parent, who did not want to be named, told the BBC": an aside between the speaker and the
// cue. Blanked (same length, so places in the text hold), the speaker and the cue meet as usual.
const ASIDE_BEFORE_CUE = new RegExp(
  String.raw`^(,?\s+[^,.;:!?“”"]{1,60}?)(,\s+(?:who|which|whose)\b[^,.;:!?“”"]{1,100},)(?=\s+(?:${CUES})\b)`,
  'iu',
);
/** The text after a quotation with an aside between its speaker and the cue blanked (same length). */
export const withoutAside = (after: string): string =>
  after.replace(ASIDE_BEFORE_CUE, (_m, head: string, aside: string) => head + ' '.repeat(aside.length));

/** A cue and a colon at the end of the text before a quotation: its speaker is named before it. */
export const INTRODUCED = new RegExp(String.raw`\b(?:${CUES})\b[^.!?“”"]{0,80}:\s*$`, 'iu');

/** Where `word` last stands as a whole word before `end` (within 300 characters), or `end`. */
export function lastWordAt(text: string, word: string, end: number): number {
  const from = Math.max(0, end - 300);
  let at = end;
  for (const m of text.slice(from, end).matchAll(new RegExp(String.raw`\b${word}\b`, 'g'))) at = from + m.index;
  return at;
}
