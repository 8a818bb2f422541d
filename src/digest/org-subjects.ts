/**
 * "Severn Vale Water said it was cooperating. “We have invested…,” the company said.": "the company" is the
 * organisation the paragraph just reported, which "said it" marks as no person (people do not say "it").
 */
import { lastBreakFrom } from './line-bounds.js';

// What news calls an organisation when it refers back to it.
const ORG_NOUNS = [
  'company',
  'firm',
  'group',
  'operator',
  'retailer',
  'airline',
  'bank',
  'charity',
  'council',
  'supplier',
  'insurer',
  'business',
  'developer',
  'manufacturer',
  'carmaker',
  'chain',
  'provider',
  'utility',
  'broadcaster',
  'publisher',
];
const BACK_REFERENCE = new RegExp(String.raw`^the\s+(?:${ORG_NOUNS.join('|')})$`, 'iu');
const WORD = String.raw`\p{Lu}[\p{L}&’'.\-]*`;
// A capitalised name opening a sentence or clause, its speech verb, and "it" or "its" for itself.
const SAID_IT = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|,\s+)(${WORD}(?:\s+(?:${WORD}|of|and|&|for))*?)\s+(?:said|says|confirmed|added|insisted|argued|stated)(?:\s+(?:on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement|that))?\s+its?\b`,
  'gu',
);

/** Whether `description` is how news refers back to a company or other organisation: "the firm". */
export function isOrgBackReference(description: string): boolean {
  return BACK_REFERENCE.test(description.trim());
}

/** The organisation "the company" at `at` refers back to in its paragraph, or null. */
export function organisationReferred(text: string, description: string, at: number, since: number): string | null {
  if (!BACK_REFERENCE.test(description.trim())) return null;
  const line = lastBreakFrom(text, at - 1, since);
  const para = text.slice(line < 0 ? since : line + 1, at);
  let found: string | null = null;
  for (let m = SAID_IT.exec(para); m; m = SAID_IT.exec(para)) found = m[1] ?? null;
  SAID_IT.lastIndex = 0;
  // "The firm said it…" is itself a reference back, no name.
  return found === null || /^(?:The|It|He|She|They|This|That)$/u.test(found.split(/\s+/)[0] ?? '') ? null : found;
}
