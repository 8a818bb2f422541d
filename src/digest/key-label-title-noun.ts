// Words that end a noun phrase read backwards from its noun: a preposition, a join, an article, or a
// verb headlines often put before an event ("Government wins vote", "Clubs face deadline").
const PHRASE_ENDS = new Set(
  `
  to in on at for of and or as with the a an by over after before from into amid ahead
  face faces win wins lose loses miss misses meet meets hold holds set sets call calls delay delays
  await awaits near nears reach reaches beat beats is are was were be will
  `
    .trim()
    .split(/\s+/),
);
// At most this many words before the noun: "Champions Cup final", "tax return deadline".
const MODIFIERS = 3;
const PRONOUN = /^(?:it|he|she|they)$/i;

/**
 * The headline's own name for the event a thin label's noun stands for, with the label's article:
 * "The deadline" under "Tax return deadline looms for millions" → "The tax return deadline". Null when
 * the headline has the noun with nothing before it that names it ("MPs to vote on …").
 */
export function titledNoun(label: string, title: string): string | null {
  const m = /^(?:(the|a|an)\s+)?([\p{L}-]+)/iu.exec(label);
  const noun = m?.[2]?.toLowerCase();
  if (!m || !noun || PRONOUN.test(noun)) return null;
  const words = title.split(/\s+/).slice(0, 24);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[,.;:!?]+$/, '') === noun);
  if (at <= 0) return null;
  let start = at;
  for (let j = at - 1; j >= Math.max(0, at - MODIFIERS); j--) {
    const w = words[j] as string;
    if (/[,;:]$/.test(w) || PHRASE_ENDS.has(w.toLowerCase())) break;
    start = j;
  }
  if (start === at) return null;
  const phrase = words.slice(start, at + 1);
  phrase[phrase.length - 1] = (phrase[phrase.length - 1] as string).replace(/[,.;:!?]+$/, '');
  // The headline's capital on its first word is the headline's, not a name's: "Tax return deadline"
  // (not "NHS pay vote", nor "Super Bowl kickoff", a name of capitalised words).
  const first = phrase[0] as string;
  if (start === 0 && !/^\p{Lu}{2,}/u.test(first) && /^\p{Ll}/u.test(phrase[1] ?? ''))
    phrase[0] = first.charAt(0).toLowerCase() + first.slice(1);
  const text = phrase.join(' ');
  return m[1]
    ? `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()} ${text}`
    : text.charAt(0).toUpperCase() + text.slice(1);
}
