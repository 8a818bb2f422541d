// Character-level helpers for comparing quote spans whatever marks each side includes.

const DOUBLE_MARKS = '"“”„‟«»＂';
const SINGLE_MARKS = "'‘’‚‛‹›";
const EDGE_PUNCT = '.,;:!?…—–-';

// `''.includes` and an index past either end must never count as a mark.
const inSet = (set: string, ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && set.includes(ch);

/** Quote marks and whitespace carry no content: they are left out of every character count. */
export function isCountable(ch: string): boolean {
  return !/\s/.test(ch) && !inSet(DOUBLE_MARKS, ch) && !inSet(SINGLE_MARKS, ch);
}

/** A span without surrounding whitespace, quote marks or punctuation, for the ±3-character test. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const strip = (ch: string | undefined) =>
    ch !== undefined && (/\s/.test(ch) || inSet(DOUBLE_MARKS, ch) || inSet(SINGLE_MARKS, ch) || inSet(EDGE_PUNCT, ch));
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && strip(text[s])) s++;
  while (e > s && strip(text[e - 1])) e--;
  return [s, e];
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// Whether the mark at `i` opens (true), closes (false) or is an apostrophe (null).
function direction(text: string, i: number, single: boolean): boolean | null {
  const ch = text[i];
  if (inSet('“„«‘‚‹', ch)) return single === inSet('‘‚‹', ch) ? true : null;
  if (inSet('”»’›', ch)) {
    if (single !== inSet('’›', ch)) return null;
    return ch === '’' && isLetter(text[i - 1]) && isLetter(text[i + 1]) ? null : false;
  }
  if (ch !== (single ? "'" : '"')) return null;
  if (single && isLetter(text[i - 1]) && isLetter(text[i + 1])) return null;
  // A straight mark after a space or at a line start opens; after text it closes.
  return i === 0 || /[\s([{—–-]/.test(text[i - 1] ?? ' ');
}

/**
 * The parts of a predicted span that are quotation: an interrupted quote's span
 * ("“A,” she said, “B.”") covers the attribution too, which no gold quotation contains.
 * A span with no quote mark at or just before its start is taken whole.
 */
export function quotedRegions(text: string, start: number, end: number): [number, number][] {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s++;
  const first = s < end ? text[s] : undefined;
  const before = text[start - 1];
  const single = !inSet(DOUBLE_MARKS, first) && !inSet(DOUBLE_MARKS, before);
  const marks = single ? SINGLE_MARKS : DOUBLE_MARKS;
  if (!inSet(marks, first) && !inSet(marks, before)) return [[start, end]];
  // Starting on the opening mark means outside until it is read; starting after it, inside.
  let open: number | null = inSet(marks, first) ? null : start;
  const regions: [number, number][] = [];
  for (let i = s; i < end; i++) {
    const dir = inSet(marks, text[i]) ? direction(text, i, single) : null;
    if (dir === true && open === null) open = i;
    else if (dir === false && open !== null) {
      regions.push([open, i + 1]);
      open = null;
    }
  }
  if (open !== null) regions.push([open, end]);
  return regions.length > 0 ? regions : [[start, end]];
}

/** Marks [start, end) in a per-character mask. */
export function paint(mask: Uint8Array, start: number, end: number): void {
  mask.fill(1, Math.max(0, start), Math.min(mask.length, end));
}

/** Number of countable characters of `text` in [start, end) that satisfy `keep`. */
export function countChars(
  text: string,
  start: number,
  end: number,
  keep: (i: number) => boolean = () => true,
): number {
  let n = 0;
  for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) if (isCountable(text[i] ?? ' ') && keep(i)) n++;
  return n;
}

// "O'Neill" and "G.K." compare as one word each, on both sides.
const words = (name: string): string[] =>
  name
    .split(/[\s/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter(Boolean);

/**
 * The gold speaker's surname, lower-cased: the last word of the name before any comma
 * ("Peter Morgan, a lawyer" → morgan). Null when that word is not capitalised: "the newspaper"
 * or "The New York businessman" describe a speaker rather than name one.
 */
export function surname(speaker: string): string | null {
  // "Rep. Gwen Moore (D-Wis.)": the party tag is not the name.
  let name = (speaker.split(',')[0] ?? '').replace(/\([^)]*\)/g, ' ').replace(/['’]s\b/g, '');
  // "Mr. Morgan of the Sierra Club" is a Morgan; "Secretary of State John Kerry" stays whole.
  const [before] = name.split(/\s+of\s+/);
  if (before !== undefined && before !== name && words(before).length >= 2) name = before;
  const ws = words(name);
  // "Donald Trump Jr." is a Trump.
  while (ws.length > 1 && /^(jr|sr|ii|iii|iv)$/i.test(ws.at(-1) ?? '')) ws.pop();
  const last = ws.at(-1);
  return last && /^\p{Lu}/u.test(last) ? last.toLowerCase() : null;
}

/** Whether a predicted speaker names the given surname as one of its words. */
export function namesSurname(predicted: string | null, surnameLower: string): boolean {
  return predicted !== null && words(predicted.toLowerCase()).includes(surnameLower);
}
