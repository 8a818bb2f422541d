/**
 * A line that links to another article: "Related: ‘Nobody came’ – the flood victims left waiting",
 * "Read more: …". Its quotation is that article's headline, not speech in this one; the name
 * patterns took the label for a speaker ("Related", "Read").
 */

/** The label that opens such a line. */
export const LINK_LABEL = new RegExp(
  `^\\s*(?:${[
    'related(?: (?:stories|articles|coverage|story|article|reading))?',
    'read more',
    'read also',
    'also read',
    'read',
    'see also',
    'more',
    'more on this(?: story)?',
    'recommended',
    'most read',
    'further reading',
    'watch',
    'listen',
    // A label on a link to a piece of another kind: "Explainer: How many post offices are left?"
    'explainer',
    'analysis',
    'timeline',
    'factbox',
    'fact ?check',
    'profile',
    'in pictures',
    'in depth',
    'q ?& ?a',
    'quiz',
    'podcast',
    'live(?: updates)?',
  ].join('|')})\\s*[:|]`,
  'i',
);
// A label opens its line close to the quotation: a line is looked back over this far, no further.
const REACH = 200;

/** Whether the quotation at `start` sits in a line that links to another article. */
export function inLinkLine(text: string, start: number): boolean {
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart < 0 && from > 0) return false;
  return LINK_LABEL.test(before.slice(lineStart + 1));
}
