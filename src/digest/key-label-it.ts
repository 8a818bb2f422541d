import { anyWord } from './regex-parts.js';

// A headline that shows a new thing: "Kestrel unveils folding phone", "Council reveals new library".
// What "it" does on the day ("It goes on sale", "It opens") is that thing's.
const SHOWS = anyWord(['unveils', 'launches', 'announces', 'reveals', 'introduces', 'debuts', 'shows off', 'shows']);
const SHOWN = new RegExp(
  String.raw`^\p{Lu}[^,;:]{0,60}?\s${SHOWS}\s+(?:(?:a|an|its|their|his|her|the)\s+)?([^,;:]+?)(?=\s+${anyWord(['in', 'at', 'on', 'for', 'with', 'after', 'as', 'to', 'amid', 'ahead'])}|[,;:]|$)`,
  'u',
);
// "It" and a verb in the present, not a modal of reported speech ("It would ask the court…" is the
// speaker's own plan, and "it" the speaker).
const IT_DOES = /^It\s+(?!(?:would|will|could|may|might|must|should|can|said|says|is|was|has|had)\b)(\p{Ll}+s\b.*)$/u;

/**
 * "It goes on sale" under "Kestrel unveils Pixa 5 phone" → "The Pixa 5 phone goes on sale": "it" is
 * the thing the headline shows. Null when the label is no such "it" or the headline shows nothing.
 */
export function itAsShown(label: string, title: string): string | null {
  const does = IT_DOES.exec(label)?.[1];
  if (!does) return null;
  const thing = SHOWN.exec(title.slice(0, 160))?.[1]?.trim();
  // (No mention nor markup in a label: "@kestrel", "<b>".)
  if (!thing || thing.split(/\s+/).length > 5 || /[@<>"“”]/.test(thing)) return null;
  return `The ${thing} ${does}`;
}
