/** Social posts embedded in an article's text, as pages print them: the post, then its signature line. */
import type { Sentence } from './sentences.js';

// The signature under an embedded post: "— Dan Hill (@danhill_sw) March 14, 2025", "A post shared by Ann (@ann)".
const SIGNATURE =
  /(?:^|\s)(?:[—–-]{1,2}\s*[^\n()]{1,60}\(@\w{1,30}\)\s*(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})?|A post shared by [^\n]{1,80})$/u;
// A picture link only a post carries.
const POST_LINK = /\bpic\.twitter\.com\/\w+|(?:^|\s)https?:\/\/t\.co\/\w+/;

/**
 * For each sentence, whether it belongs to an embedded post: a paragraph that holds a post's picture
 * link ("pic.twitter.com/…") or ends with its signature, and the paragraph before a signature set
 * alone. A post quoted this way is someone's reaction, printed with no quote marks: never the story.
 */
export function inEmbeds(sentences: Sentence[]): boolean[] {
  const paragraphs = new Map<number, string>();
  for (const s of sentences) paragraphs.set(s.paragraph, `${paragraphs.get(s.paragraph) ?? ''} ${s.text}`.trim());
  const embedded = new Set<number>();
  const numbers = [...paragraphs.keys()];
  for (const [k, n] of numbers.entries()) {
    const text = paragraphs.get(n) ?? '';
    const signed = SIGNATURE.test(text);
    if (signed || POST_LINK.test(text)) embedded.add(n);
    // A signature alone on its line signs the paragraph above it.
    if (signed && /^(?:[—–-]|A post shared by)/.test(text) && k > 0) embedded.add(numbers[k - 1] as number);
  }
  return sentences.map((s) => embedded.has(s.paragraph));
}
