/**
 * "on Boar Lane", "in Downing Street": a run of capitals ending in a street's kind, after a preposition
 * of place, is where something happened, not a person ("said Nathan Lane" is one).
 */
const STREET = /\s(?:Lane|Road|Street|Avenue|Drive|Crescent|Boulevard|Square|Terrace|Gardens|Parade|Row|Mews)$/;
const PLACED = /\b(?:on|in|at|along|off|near|down|up|from|into|onto|to|outside|opposite)\s+(?:the\s+)?$/i;

/** True when `raw`, the run at `at` in `text`, is a street or square named after a preposition of place. */
export function isStreet(text: string, at: number, raw: string): boolean {
  return STREET.test(raw) && PLACED.test(text.slice(Math.max(0, at - 12), at));
}
