import { anyWord } from './regex-parts.js';

// Bounded look-back, so that a long sentence costs no more than a short one.
const WINDOW = 200;
const MODAL = anyWord(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should']);

// "…named an unchanged side on Tuesday for the match, when England play Wales at Lord's on Sunday":
// the day belongs to the "when" clause it ends, which says what happens on it. (Not one that opens
// the sentence, whose main clause follows its comma; nor one whose own clause has ended without a
// comma: "Fans who queued when tickets went on sale will see…".)
const WHEN_BEFORE = new RegExp(String.raw`(?:^|[\s,])when\s+((?:(?!${MODAL})[^,;:.!?—–()])+)$`, 'i');

/** The words of a "when" clause that runs up to the date, or null. */
export function whenClauseBefore(sentence: string, at: number): string | null {
  const lead = sentence.slice(Math.max(0, at - WINDOW), at);
  const m = WHEN_BEFORE.exec(lead);
  return m?.[1] ?? null;
}
