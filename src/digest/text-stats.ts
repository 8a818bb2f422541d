/** Word-level helpers shared by the briefing scorer. */

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that ' +
    'these those he she they we i you his her their our my your him them us me not no so than then there here ' +
    'has have had do does did will would can could should may might must into over after before about also just ' +
    'more most said says say who which what when where why how all any some such only own same too very s t one ' +
    'two up out new'
  ).split(' '),
);

/** Lower-cased content words of a text (stop words dropped, crude plural folding). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Number of words, as a reader counts them. */
export function wordCount(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** Jaccard overlap of two word lists. */
export function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** `text` cut to at most `max` characters at a word's end, then "…" when cut (a "," or the like before it dropped). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  let space = cut.lastIndexOf(' ');
  // Not between a first name and a surname ("…Commerce Secretary Howard…"): before the whole name.
  if (space > 0 && /^\p{Lu}/u.test(text.slice(space + 1))) {
    const name = /(?:\s\p{Lu}[\p{L}.'’-]*)+$/u.exec(cut.slice(0, space));
    // …unless that leaves a dangling "the" or "before": then the name's own words are the lesser cut.
    const dangling = name && /\b(?:the|a|an|of|for|to|before|at|in|on|with|and|by)$/i.test(cut.slice(0, name.index));
    if (name && name.index > max / 2 && !dangling) space = name.index;
  }
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
