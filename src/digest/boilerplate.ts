/** A press release's closing boilerplate: the "About Acme" section and whatever follows it. */
import type { Sentence } from './sentences.js';

// "About Acme Robotics", "About Northpine Mining Corp.", "## About Lumora", "**About Lumora**".
const ABOUT =
  /^(?:#{1,6}\s+|\*\*|__)?About ((?:the )?\p{Lu}[\p{L}\p{N}&.,'’-]*(?: (?:[\p{Lu}\p{N}&][\p{L}\p{N}&.,'’-]*|of|and|for|the)){0,6})(?:\*\*|__)?:?$/u;
// Words the section opens with besides the name: "The company…", "Founded in 2018, …", "Headquartered in…".
const OPENS =
  /^(?:The (?:company|firm|group|organi[sz]ation|bank|fund|agency|charity)|Founded|Established|Headquartered|Based in)\b/;

/**
 * The index of the first sentence of a press release's boilerplate: a paragraph "About <Name>" alone
 * whose next paragraph opens with that name ("About Acme Robotics" / "Acme Robotics, Inc. builds…")
 * or as such sections do ("The company…", "Founded in…"). From there to the end is the company's
 * description, contacts and disclaimers, never news. The length of `sentences` when there is none.
 */
export function boilerplateStart(sentences: Sentence[]): number {
  for (const [i, s] of sentences.entries()) {
    if (sentences[i - 1]?.paragraph === s.paragraph) continue;
    const name = ABOUT.exec(s.text)?.[1];
    const next = sentences[i + 1];
    // The heading is a paragraph of its own.
    if (!name || !next || next.paragraph === s.paragraph) continue;
    const first = name.replace(/^the /, '').split(' ')[0] as string;
    if (next.text.startsWith(first) || OPENS.test(next.text)) return i;
  }
  return sentences.length;
}
