/**
 * "It reports" taken from "…said the company expected … and would give its outlook when it reports on
 * May 27": an "it" inside the sentence, not opening it, is the thing the sentence reported on before it.
 */
import { CUES } from './speech-verbs.js';

// A definite thing reported with its verb: "said the company expected", "says the council will".
const REPORTED_THING = new RegExp(
  String.raw`\b(?:${CUES})\s+(?:that\s+)?((?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:expected|expects|would|will|had|has|planned|plans|intended|intends|was|is)\b`,
  'u',
);
const IT = /^It\s+(?!(?:is|was)\s)/u;

/** The label with its opening "It" named from its own sentence, when the sentence reports on a thing before the "it"; else the label. */
export function itWithinSentence(label: string, sentence: string): string {
  if (!IT.test(label) || /^\s*It\s/.test(sentence)) return label;
  const at = sentence.search(/\bit\s/);
  const thing = at > 0 ? REPORTED_THING.exec(sentence.slice(0, at))?.[1] : undefined;
  if (!thing) return label;
  return `${thing.charAt(0).toUpperCase()}${thing.slice(1)}${label.slice(2)}`;
}
