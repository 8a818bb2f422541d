/**
 * "Chief Justice of India Sanjiv Khanna … “…,” the CJI said": news writes an office out in full
 * once, then by its initials. The initials stand for the office the article spelled out, whose
 * holder the speaker is.
 */

// An office's words: capitalised, joined by a lower-case "of", "for", "and" or "of the".
const WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const JOIN = String.raw`\s+(?:(?:of|for|and)\s+(?:the\s+)?)?`;
const RUNS = new RegExp(String.raw`(?<![\p{L}])${WORD}(?:${JOIN}${WORD}){1,5}`, 'gu');

/** The office spelled out in `text` before `at` whose capitalised words' initials are `initials` ("CJI"), or null. */
export function spelledOut(text: string, initials: string, at: number): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(initials)) return null;
  let found: string | null = null;
  for (const m of text.slice(0, at).matchAll(RUNS)) {
    // The run may go on into the holder's name ("Chief Justice of India Sanjiv Khanna"): its start only.
    const words = [...m[0].matchAll(new RegExp(WORD, 'gu'))];
    const last = words[initials.length - 1];
    if (last === undefined || words.slice(0, initials.length).some((w, i) => w[0][0] !== initials[i])) continue;
    found = m[0].slice(0, (last.index ?? 0) + last[0].length);
  }
  return found;
}
