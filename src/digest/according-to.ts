/**
 * "According to a commission official, “…”" · "According to the council's own survey, “…”": a quotation
 * introduced by "according to" and a description, not a name. The description is its source, never the
 * person quoted before it; and the words that follow are a quotation however they start.
 */

// A determiner or a possessive, up to five words, and a head in lower case before the comma.
const DESCRIBED_SOURCE = String.raw`((?:the|a|an|one|another|its|his|her|their|\p{Lu}[\p{L}.]*[’']s)\s+(?:[\p{L}’'\-]+\s+){0,5}?\p{Ll}[\p{L}’'\-]*)`;
const ACCORDING_TO_DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}’'\-])[Aa]ccording\s+to\s+${DESCRIBED_SOURCE},\s*$`,
  'u',
);
// "according to Grady, " or "according to a senior official, ": any source, then the comma before the quote.
const ACCORDING_TO_ANY = /(?<![\p{L}’'-])[Aa]ccording\s+to\s+[^,.!?“”"\n]{1,80},\s*$/u;

/** The description "according to" names right before a quotation (`before` ends at its opening mark), or null. */
export function accordingToDescription(before: string): string | null {
  return ACCORDING_TO_DESCRIPTION.exec(before)?.[1] ?? null;
}

/** Whether `before` (ending at a quotation's opening mark) hands the quotation to a source with "according to". */
export function afterAccordingTo(before: string): boolean {
  return ACCORDING_TO_ANY.test(before);
}
