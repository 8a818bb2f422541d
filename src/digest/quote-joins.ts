/**
 * Where one quotation ends and the next begins across the words between them: an attribution that
 * interrupts one quotation (“A,” he said, “b.”), one that chains on a second (“A,” he said, adding, “B.”),
 * and one that introduces the next (“A.” He added: “B.”).
 */
import { COMMON_TITLES } from './name-tokens.js';
import { anyOf, anyWord } from './regex-parts.js';
import { groupAfter } from './group-speakers.js';
import { AFTER } from './speaker-patterns.js';

/**
 * True when the text between two quotations is only their speaker's attribution, so the two are one
 * quotation interrupted: “A,” he said, “B.” or “A.” said Jane Doe, speaking in Kyiv. “B.”
 * A second speech verb ("adding", "and later said") starts a new quotation.
 */
export function isInterruption(between: string, continues = false): boolean {
  if (between.includes('\n') || between.length > 220 || /["“”‘]/.test(between)) return false;
  const m = AFTER.map((re) => re.exec(between)).find((x) => x !== null);
  if (!m) return false;
  const rest = between.slice(m.index + m[0].length).trim();
  // A second speech verb ("…, the paper wrote, adding, “…”", "…, he said, and added: “…”") chains on a
  // new quotation, even one that goes on in lower case.
  if (CHAIN.test(rest)) return false;
  // The second part continues the same sentence in lower case (“A,” she said on Monday, “but B.”); not
  // after a new sentence between ("“A,” Anwar said. According to Amir Hamzah, “fuel…”" is Amir's own).
  if (rest === '' || /^[,.:—–-]$/.test(rest) || (continues && /,$/.test(rest) && !NEW_SENTENCE.test(rest))) return true;
  // A clause after the attribution ("…, speaking of her health.") may end the sentence, but one that
  // starts a new sentence makes it a new quotation.
  if (rest.length > 150 || !/\.$/.test(rest)) return false;
  if (SECOND_VERB.test(rest)) return false;
  return !NEW_SENTENCE.test(rest);
}

// A stop, not after a title or an initial ("Mr.", "J."), then a capital: a new sentence.
const NOT_AFTER_A_TITLE = String.raw`(?<!\b${anyOf([...COMMON_TITLES, String.raw`\p{Lu}`])})`;
const NEW_SENTENCE = new RegExp(String.raw`${NOT_AFTER_A_TITLE}[.!?]["')]?\s+\p{Lu}`, 'u');
const SENTENCE_BREAK = new RegExp(String.raw`${NOT_AFTER_A_TITLE}[.!?]["”’')]?\s+(?=["“‘]?\p{Lu})`, 'gu');

/** Where the last sentence of `text` starts: after its last full stop (not a title's or an initial's) before a capital. */
export function lastSentenceStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
  return start;
}

const SECOND_VERBS = [
  'adding',
  'added',
  'saying',
  'suggesting',
  'including',
  'continuing',
  'continued',
  'going on',
  'went on',
  'and then',
  'later',
];
const SECOND_VERB = new RegExp(anyWord(SECOND_VERBS));
const CHAIN = /\b(?:adding|added|continuing|continued|went on|going on)\b/;

/**
 * True when the text between two quotations credits the first and chains the second on to the same
 * speaker: "“A,” the paper wrote, adding, “B.”" · "“A,” he said, and added: “B.”".
 */
export function isChained(between: string): boolean {
  if (between.includes('\n') || between.length > 220 || /["“”]/.test(between)) return false;
  if (!AFTER.some((re) => re.test(between))) return false;
  const at = CHAIN.exec(between);
  return at !== null && !/[.!?]/.test(between.slice(at.index)) && between.length - at.index <= 50;
}

/** True when a speaker is named right after the quotation (it does not continue an earlier one). */
export function attributedAfter(text: string, qEnd: number): boolean {
  const after = text.slice(qEnd, Math.min(text.length, qEnd + 200)).split('\n')[0] ?? '';
  // A group as written ("“B,” the heads of Acme, Borland or Corvex said") credits it as a name does.
  if (groupAfter(after) !== null) return true;
  return AFTER.some((re) => introducesNext(text, qEnd, after, re.exec(after)) !== null);
}

/**
 * The match, or null when it is a new sentence that introduces the next quotation with a colon
 * (“A.” Sen. Jo Bell agreed: “B.” · “A.” He added: “B.”): that speaker is the next quotation's.
 */
export function introducesNext(
  text: string,
  qEnd: number,
  after: string,
  m: RegExpExecArray | null,
): RegExpExecArray | null {
  if (m === null || !/[.!?]/.test(text[qEnd - 2] ?? '')) return m;
  return /^[^“”"‘.!?]{0,60}:\s*[“"‘]/.test(after.slice(m.index + m[0].length)) ? null : m;
}
