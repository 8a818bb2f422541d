/**
 * Modal verbs as tense cues (tense.ts): the futures ("will", "must", "would") and the modals of
 * possibility ("could", "might", "may") that look ahead from when they were said.
 */

// "must arrive by Friday": an obligation lies ahead; "must have arrived" looks back.
// "need to file by Friday", "has to pay by Monday": the same obligation in other words.
export const MODAL_FUTURES = [
  'will',
  'shall',
  "won['’]t",
  'going to',
  'gonna',
  String.raw`must(?!\s+(?:not\s+)?have)`,
  '(?:needs?|ha(?:s|ve)) to',
];

// "would" looks ahead from a past moment; "would have" looks back.
export const CONDITIONAL = 'would(?! have)';

// "said the government could fall on Friday", "warned the storm might reach the coast on Friday",
// "said talks may resume Tuesday": a possibility looks ahead of the reporting verb, which stands
// farther from the day. Not "could not vote on Monday because…" nor "could only watch on Monday"
// (past ability), nor "might have" (a possibility looked back on).
const NOT_AHEAD = ['not', "n['’]t", 'have', 'never', 'only', 'barely', 'hardly', 'no longer', 'still', 'finally'];
export const POSSIBILITY = String.raw`(?:could|might|may)(?!\s+(?:${NOT_AHEAD.join('|')})\b)`;

// "Ferries could not sail on Friday because of gales", "Deputies could only watch on Monday": a
// denied or bare ability is told of a day gone by; inability to come is "will not be able to", and
// "said the ferries could not sail" keeps its reporting verb, farther back. Not "could still", "could
// finally" ("could still reach a deal on Friday" looks ahead).
export const PAST_ABILITY = String.raw`(?:could(?:\s+(?:not|never|only|barely|hardly|no\s+longer))|couldn['’]t)`;

/**
 * `window` with "May" the month or the name ("in May the union…", "Theresa May told…") masked, same
 * length: FUTURE is read case-blind, and only the modal "may" is written small.
 */
export const maskCapitalMay = (window: string): string => window.replace(/\bMay\b/g, 'M_y');

// "would keep the jury sequestered if deliberations went past Friday": after "would", the past verb
// of an "if" clause is a supposition about what is to come, not a time gone by.
const SUPPOSED_AFTER_WOULD = new RegExp(String.raw`\b${CONDITIONAL}\b[^.;]*\bif\s+(?:[\w'’-]+\s+){0,3}$`, 'i');

/** Whether the past word at `i` in `window` is the verb of such an "if" clause. */
export const isSupposed = (window: string, i: number): boolean => SUPPOSED_AFTER_WOULD.test(window.slice(0, i));
