/**
 * "Does Margaret ever think about stopping?", "Will Niamh take over one day?": a question opened by an
 * auxiliary verb, which a run of capitals reads as part of the name after it ("Does Margaret"); and
 * "Said Ellis: “…”", a speech verb put first, which it reads the same way.
 */

const AUXILIARY = /^(?:Does|Did|Do|Will|Would|Can|Could|Should|Has|Had|Have|Is|Was|Are|Were)$/;

/**
 * True when `word`, at `at` in `text`, opens a sentence that is a question: the auxiliary, not a first
 * name. "Will Smith said" (no question mark before the sentence ends) keeps "Will" as a name.
 */
export function opensQuestion(text: string, at: number, word: string): boolean {
  if (!AUXILIARY.test(word)) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  if (at > 0 && !/(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(before)) return false;
  const rest = /^[^.!?\n]*[.!?]/.exec(text.slice(at))?.[0] ?? '';
  return rest.endsWith('?');
}

/**
 * "Did Quinlan ever think of selling? “Once, in 1987,” she says.": the name after a question's auxiliary
 * is the sentence's subject, whom the answer's pronoun stands for.
 */
export const QUESTION_SUBJECT = new RegExp(
  String.raw`(?<=^|[.!?]["”’']?\s+|\n)${AUXILIARY.source.slice(1, -1)}\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?=\s+\p{Ll}[^.!?\n]*\?)`,
  'gu',
);

/** "Said Ellis:", "Added Ann Lee,": a speech verb opening a sentence, the name, then a colon or comma. */
export function invertedCue(text: string, at: number, raw: string): boolean {
  return (
    /^(?:Said|Says|Added|Adds)\s/.test(raw) &&
    /(?:^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(Math.max(0, at - 3), at)) &&
    /^\s*[:,]/.test(text.slice(at + raw.length, at + raw.length + 3))
  );
}
