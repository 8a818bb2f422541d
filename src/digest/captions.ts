/** Photo captions a page prints between the paragraphs of a story: they describe a picture, not the news. */
import type { Sentence } from './sentences.js';

// A photo's credit: "Photograph: Ann Lee/Reuters", "Photo: Pacemaker Press", "(Picture: PA)", and the
// agency's own form after a wire caption, "REUTERS/Ann Lee/File Photo", "AFP via Getty Images".
const CREDIT =
  /^\(?(?:(?:photograph|photo|picture|image|pic|credit|illustration)s?(?: by)?\s*[:|]?\s*[^.:]{2,60}\)?\.?|(?:REUTERS|Reuters|AFP|EPA|AP|ANP|ABACA)\/[^.:]{2,80})$/i;

// CNN's gallery prints "Hide Caption" (and "1 of 8") under each caption.
const HIDE_CAPTION = /^hide caption$/i;

/**
 * Whether the paragraph opening at `first` is a photo caption: one sentence and its photo's credit
 * ("Workers watch the last unit shut down. Photograph: Ann Lee/Reuters"), or a sentence a gallery
 * marks "Hide Caption" under it.
 */
export function isCaption(sentences: Sentence[], first: number): boolean {
  const [caption, next, after] = sentences.slice(first, first + 3);
  const paragraph = caption?.paragraph;
  if (next && next.paragraph !== paragraph && HIDE_CAPTION.test(next.text.trim())) return true;
  return next?.paragraph === paragraph && after?.paragraph !== paragraph && CREDIT.test(next?.text ?? '');
}
