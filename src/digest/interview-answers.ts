/**
 * An interview set out as question and answer: a paragraph that is only the interviewer's question, then a
 * quotation paragraph with nothing beside it to say whose it is ("Why so long?\n\n“Grief, mostly.…”").
 * The answer is the interviewee's, the person the piece last named.
 */
import type { NameIndex } from './names.js';

// A question paragraph is short: a longer one is reporting that happens to end on a question.
const MAX_QUESTION = 200;

/** Whether the quotation starting at `at` opens a paragraph that follows a paragraph of one unquoted question. */
export function answersQuestion(text: string, at: number): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 8), at))) return false;
  let end = at - 1;
  while (end >= 0 && end > at - 20 && /\s/.test(text[end] ?? '')) end -= 1;
  if (text[end] !== '?') return false;
  const from = Math.max(0, end - MAX_QUESTION);
  const window = text.slice(from, end + 1);
  const lineStart = window.lastIndexOf('\n');
  // The whole paragraph must fit the window, and hold no quotation of its own.
  if (lineStart < 0 && from > 0) return false;
  const question = window.slice(lineStart + 1);
  return question.trim() !== '' && !/[“”"]/.test(question);
}

/** The person named last before `at`, by the fullest name the article gives them. */
export function interviewee(names: NameIndex, at: number): string | null {
  const last = names.lastBefore(at);
  return last === null ? null : names.resolve(last, at);
}
