/** The tense of the clause a date expression sits in: whether the day it names lies ahead or behind. */

export type Tense = 'past' | 'future' | 'unknown';

// Words that put the clause's event ahead of the speaker: modal and periphrastic futures, schedules,
// plans and anticipation: "expected back", "is set for", "planned a rally", "can't wait for Saturday".
// "next Friday" is read by chrono itself; a bare "next" elsewhere in the clause is no cue (it lost a
// date on the held-out half: "the next day" is narrative past).
const FUTURE =
  /\b(?:will|shall|won['’]t|going to|gonna|(?:is|are|am|be)\s+(?:scheduled|slated|set|due|expected|planned|poised|likely|to)|scheduled (?:to|for)|slated (?:to|for)|set (?:to|for)|due (?:to|on|for|in|at|back)|expected (?:to|on|for|back|at|in)|plans? to|planned|planning|as soon as|as early as|intends? to|hopes? to|aims? to|looks? forward|looking forward|can['’]?t wait|cannot wait|upcoming|coming|ahead of|in time for|would(?! have))\b|['’]ll\b/i;

// Past forms: "was", "had", irregular pasts and regular -ed pasts. Participles that belong to a
// future ("is scheduled for", "expected back") are taken out by FUTURE first.
const PAST =
  /\b(?:was|were|had|did|has been|have been|ago|last|earlier|previously|yesterday|struck|took|made|came|went|gave|told|left|began|won|lost|met|held|saw|fell|rose|spoke|wrote|sent|brought|bought|thought|found|kept|led|paid|stood|became|broke|chose|drove|fought|flew|grew|knew|sold|shot|spent|threw|beat|caught|drew|fled|hid|hung|meant|sought|taught|tore|wore|ran|sat|said|\w{2,}ed)\b/i;

// -ed words that are not past verbs.
const NOT_PAST = /^(?:need|indeed|hundred|speed|seed|bed|red|proceed|exceed|succeed|feed|breed|shed|bleed|steed|greed|weed|creed|deed|freed|united|limited|based|advanced|scheduled|slated|expected|planned|proposed|supposed|interested|concerned|related|armed|aged|naked|wicked|sacred|beloved|alleged|accused|unnamed|unidentified|detailed|mixed|so-called)$/i;

// Where one clause ends and the next begins: strong punctuation, a comma, or a conjunction that
// opens a new verb ("…said on Monday that the talks would resume on Friday").
const BOUNDARY = /[;:—–]|,\s|\s(?:that|and|but|while|whereas|because|although|though|when|after|before|since)\s/gi;

/** The clause of `sentence` around [from, to): from the last boundary before it to the first after it. */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    const mEnd = m.index + m[0].length;
    if (mEnd <= from) start = mEnd;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function nearest(re: RegExp, window: string, at: number, skip: (w: string, i: number) => boolean = () => false): number | null {
  const g = new RegExp(re.source, 'gi');
  let best: number | null = null;
  for (let m = g.exec(window); m; m = g.exec(window)) {
    if (skip(m[0], m.index)) continue;
    const d = Math.abs(m.index - at);
    if (best === null || d < best) best = d;
  }
  return best;
}

function tenseOf(window: string, at: number): Tense {
  const future = nearest(FUTURE, window, at);
  // "will be held": a participle right after a future marker belongs to the future.
  const past = nearest(PAST, window, at, (w, i) => NOT_PAST.test(w) || FUTURE.test(window.slice(Math.max(0, i - 16), i)));
  if (future !== null && (past === null || future <= past)) return 'future';
  if (past !== null) return 'past';
  return 'unknown';
}

/**
 * Tense of the clause around an expression: the tense marker nearest to it inside its clause
 * decides; a clause with none ("On Friday, the minister resigned") takes the nearest marker within
 * 60 characters before and 40 after.
 */
export function tenseNear(text: string, from: number, to: number): Tense {
  // The expression itself ("next Friday", "last week") is not a marker of its clause.
  // Trailing punctuation read with it ("Tuesday,") still ends its clause.
  const bare = from + text.slice(from, to).replace(/[\s,.;:!?]+$/, '').length;
  const sentence = `${text.slice(0, from)}${' '.repeat(bare - from)}${text.slice(bare)}`;
  const clause = clauseAround(sentence, from, bare);
  const inClause = tenseOf(sentence.slice(clause.start, clause.end), from - clause.start);
  if (inClause !== 'unknown') return inClause;
  const lo = Math.max(0, from - 60);
  return tenseOf(sentence.slice(lo, Math.min(sentence.length, bare + 40)), from - lo);
}
