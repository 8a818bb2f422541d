/** A story that opens on a short quotation alone in its paragraph, before the sentence that says who. */
import type { Sentence } from './sentences.js';

// Longest teaser taken whole: a line or two of speech, not a paragraph of it.
const MAX_TEASER_CHARS = 90;

/**
 * The paragraph holding sentence `index`, when it is one short quotation of several sentences
 * ("“We were told it was safe. It wasn’t.”"): its first sentence's index and its text. Each sentence
 * alone is half a quotation, and the second opens on a pronoun whose antecedent is the first.
 */
export function quotedTeaser(sentences: Sentence[], index: number): { index: number; text: string } | null {
  const paragraph = sentences[index]?.paragraph;
  if (paragraph === undefined) return null;
  const parts = sentences.filter((s) => s.paragraph === paragraph);
  if (parts.length < 2) return null;
  const text = parts.map((s) => s.text).join(' ');
  if (text.length > MAX_TEASER_CHARS || !/^[“"‘]/.test(text) || !/[”"’]$/.test(text)) return null;
  // One quotation: it opens once, at the start, and closes once, at the end.
  if ((text.match(/[“”"]/g) ?? []).length !== 2) return null;
  return { index: sentences.indexOf(parts[0] as Sentence), text };
}
