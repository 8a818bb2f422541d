import { NameIndex } from './names.js';
import { CUES } from './speech-verbs.js';


// A full stop ends a name token only after an initial or a title ("J.", "G.K.", "Dr."), so a name never runs into the next sentence.
const ABBR = 'Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Rev|Prof|Del|Amb|Adm|Capt|Maj|Cpl|Supt|Insp|Det|Hon|Atty|Sec';
const TOKEN = String.raw`(?:(?:\p{Lu}\.){1,3}|(?:${ABBR})\.|\p{Lu}[\p{L}’'\-]*)`;
const NAME = String.raw`${TOKEN}(?:\s+(?:(?:de|da|van|von|der|bin|al|la|le|del|di|du)\s+)?${TOKEN}){0,5}`;
const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
// "(D-N.C.)", "of the Sierra Club", ", a spokesman for the council," after a name.
const AFTER_NAME = String.raw`(?:\s*\([^()\n]{1,25}\))?(?:\s+(?:of|from|at)\s+(?:the\s+)?${TOKEN}(?:\s+${TOKEN}){0,4})?(?:,\s[^,“”"\n]{2,90}?,)?`;
const ADVERB = String.raw`(?:(?:also|later|then|once|often|previously|again|\p{Ll}+ly)\s+)?`;
const MODIFIERS = String.raw`(?:[\p{Ll}’'\-]+\s+){0,3}`;
// Words before the name: "White House press secretary Josh Earnest", "panel Chairman Rep. Jason Chaffetz".
const PREFIX = String.raw`(?:(?:the\s+)?(?:(?:${TOKEN}|[\p{Ll}’'\-]+)\s+){0,5}?)`;
const WHO = String.raw`(?:${PREFIX}(${NAME})|(${PRONOUN}))${AFTER_NAME}`;
const DESCRIPTION = String.raw`((?:the|a|an|his|her|their|my|our|one|\p{Lu}\p{L}*[’']s)\s+[^,.;:“”"\n]{1,60}?)`;

// After the quote: `, said Zelenskyy` · `, Zelenskyy said` · `, he said` · `Peter Morgan, a lawyer for X, said` · `― Name`.
const AFTER = [
  // "said MSNBC host Chris Matthews": an outlet before a role word is not the speaker ("wrote Ann Lee for
  // Morning Consult" has a preposition, not a role, after the name).
  new RegExp(String.raw`^\s*[,—–-]?\s*(?:${CUES})\s+(?:the\s+)?(?:(?:${TOKEN}\s+){1,3}(?=(?!(?:for|of|at|from|in|on|with|to|and|by|the)\s)\p{Ll}[\p{Ll}’'\-]*\s+\p{Lu}))?${MODIFIERS}(${NAME})`, 'u'),
  new RegExp(String.raw`^\s*[,—–-]?\s*according\s+to\s+(?:the\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`^\s*[,—–-]?\s*${WHO}\s+${ADVERB}(?:${CUES})\b`, 'u'),
  new RegExp(String.raw`^\s*[―—]\s*(${NAME})`, 'u'),
  // The last two credit a description: `, the goalkeeper said` · `, said the goalkeeper`.
  new RegExp(String.raw`^\s*[,—–-]?\s*${DESCRIPTION}\s+${ADVERB}(?:${CUES})\b`, 'u'),
  new RegExp(String.raw`^\s*[,—–-]?\s*(?:${CUES})\s+${DESCRIPTION}\s*(?:[.,;:!?]|$)`, 'u'),
];
const DESCRIBED_FROM = AFTER.length - 2;
// Before the quote: `Zelenskyy said: ` · `He told reporters on Monday: ` · `…, saying, `.
const BEFORE = [
  // After the cue: nothing, "that", or a few words ending in a colon or comma ("told reporters on Monday:");
  // not a title such as "told MSNBC's “Morning Joe”".
  new RegExp(String.raw`(?:^|[^\p{L}])${WHO}\s+${ADVERB}(?:${CUES})\b(?:\s*|\s+that\s*|[^“”"‘.!?]{0,70}?[:,]\s*)$`, 'u'),
  new RegExp(String.raw`(?:${CUES}|According to)\s+(?:the\s+)?(${NAME})\s*[:,]\s*$`, 'u'),
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME}):\s*$`, 'u'),
];
const BEFORE_CUE_ONLY = new RegExp(String.raw`\b(?:${CUES})(?:\s+\p{Ll}+){0,3}\s*[:,]?\s*$`, 'u');
// The subject after an opening phrase: "Later, he…" · "During a speech on Monday, Trump…".
const SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+)(?:[\p{Lu}][^,.!?“”"\n]{0,80},\s+)?(?:the\s+)?${MODIFIERS}(${NAME}|${PRONOUN})`, 'u');
// "Dean, a former party chairman, poked at Trump…, tweeting, “…”": a name with its description.
const APPOSITIVE = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME}),\s+(?:a|an|the|who|whose)\s[^,“”"\n]{2,90},\s`, 'u');

export interface Attribution {
  /** The name, pronoun or description as written. */
  who: string;
  kind: 'name' | 'pronoun' | 'description';
}

// Capitalised words that open a sentence, and days and months: never a speaker.
const NOT_A_NAME =
  /^(?:It|I|We|You|This|That|There|The|In|On|At|But|And|A|An|During|After|Before|When|While|As|If|For|With|From|Since|Although|Though|Because|Despite|Under|Asked|Speaking|Meanwhile|However|Still|Yet|So|Then|Now|Today|Yesterday|Later|Earlier|Also|Instead|Even|Last|Next|These|Those|Such|Some|Many|Most|Other|Another|Every|Each|All|Both|No|Not|Only|Just|Here|Where|What|Who|Why|How|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Finds who is credited with a quotation from the text right after it, or else right before it. */
export function attribute(text: string, qStart: number, qEnd: number, prevEnd: number): Attribution | null {
  const after = text.slice(qEnd, Math.min(text.length, qEnd + 200)).split('\n')[0] ?? '';
  for (const [i, re] of AFTER.entries()) {
    const m = re.exec(after);
    const hit = m && pick(m, i >= DESCRIBED_FROM);
    if (hit) return hit;
  }
  const from = Math.max(prevEnd, qStart - 240);
  // A quotation that opens a paragraph may be introduced at the end of the previous one ("Ann Lee said:").
  const before = text.slice(from, qStart).trimEnd().split('\n').pop() ?? '';
  for (const re of BEFORE) {
    const m = re.exec(before);
    const hit = m && pick(m, false);
    if (hit) return hit;
  }
  if (BEFORE_CUE_ONLY.test(before) || /:\s*$/.test(before)) {
    // "…attacked Clinton's record, saying, “…”": the speaker is the sentence's subject.
    const m = APPOSITIVE.exec(before) ?? SUBJECT.exec(before);
    const hit = m && pick(m, false);
    if (hit) return hit;
  }
  return null;
}

function pick(m: RegExpExecArray, description: boolean): Attribution | null {
  const [, first, second] = m;
  if (description && first) return { who: first.trim(), kind: 'description' };
  if (second) return { who: second, kind: 'pronoun' };
  if (!first) return null;
  if (/^(?:He|She|They|he|she|they)$/.test(first)) return { who: first, kind: 'pronoun' };
  if (NOT_A_NAME.test(first)) return null;
  return { who: first, kind: 'name' };
}

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
  // The second part continues the same sentence in lower case (“A,” she said on Monday, “but B.”).
  if (rest === '' || /^[,.:—–-]$/.test(rest) || (continues && /,$/.test(rest))) return true;
  // A clause after the attribution ("…, speaking of her health.") may end the sentence, but one that
  // starts a new sentence makes it a new quotation.
  if (rest.length > 150 || !/\.$/.test(rest)) return false;
  if (SECOND_VERB.test(rest)) return false;
  return !/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Rev|Prof|\p{Lu}))[.!?]["')]?\s+\p{Lu}/u.test(rest);
}

const SECOND_VERB = /\b(?:adding|added|saying|suggesting|including|continuing|continued|going on|went on|and then|later)\b/;
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
  return AFTER.some((re) => re.test(after));
}

/** Resolves names to full names and pronouns to the last named speaker. */
export class SpeakerResolver {
  private last: string | null = null;
  constructor(private readonly names: NameIndex) {}

  resolve(a: Attribution | null, at: number): string | null {
    if (a === null) return null;
    if (a.kind === 'pronoun') return this.last ?? this.names.lastBefore(at);
    if (a.kind === 'description') return a.who;
    const full = this.names.resolve(a.who);
    if (full !== null) this.last = full;
    return full;
  }

  /** The speaker of the previous quotation, for a quote paragraph that continues it without attribution. */
  get lastSpeaker(): string | null {
    return this.last;
  }
}
