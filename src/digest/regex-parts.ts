/**
 * Regular expressions built from named parts, so that a word list is read a line at a time and a
 * rule's pattern fits on the screen. Parts are regular-expression source, not escaped text.
 */

/** `(?:a|b|c)`: one of the alternatives. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** `\b(?:a|b|c)\b`: one of the words, whole. */
export function anyWord(words: readonly string[]): string {
  return String.raw`\b${anyOf(words)}\b`;
}

/** Text as regular-expression source that matches it literally: `Jr.` → `Jr\.`. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
