/**
 * A hearing reported as a transcript: question lines ("Q:", "Counsel:", "Strachan: …?") each followed by
 * the witness's answer ("A:", "Witness:", "Mackintosh:"). The answers are the witness's words though no
 * quote marks hold them, so they are quotations of the witness: the one a "Witness"/"A" label stands for
 * is the person the article says gave evidence, and a name label is the person it names.
 */
import type { Quote } from './types.js';
import type { NameIndex } from './names.js';

// A paragraph opening on a label and a colon: "Q: …", "Counsel: …", "Ann Marsh: …".
const LABEL = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})[ \t]*:[ \t]+(?=\S)/u;
const QUESTION_LABELS = new Set(['Q', 'Question', 'Counsel']);
const ANSWER_LABELS = new Set(['A', 'Answer', 'Witness']);
// One question and answer could be a quoted exchange; two or more make a transcript.
const MIN_PAIRS = 2;

// The sentence that introduces the witness, opening on their name: "Ann Marsh, 40, gave evidence…",
// "…was questioned by…", "…was the first witness", "…told the inquest…".
const WITNESS_CUE =
  /\b(?:gave evidence|giving evidence|(?:was|were|being) (?:questioned|cross-examined|examined)|witness|testif(?:ied|ying)|told (?:the |an |a )?(?:\w+ )?(?:inquiry|inquest|court|jury|jurors|tribunal|hearing|committee))\b/i;
// A title or role before the name still opens the sentence on it: "Captain Ann Marsh gave evidence".
const OPENER = /^(?:[\p{Lu}][\p{Ll}]+\.?[ \t]+)?$/u;
// How far the introducing sentence is read for its cue.
const SENTENCE_WINDOW = 300;

interface Line {
  label: string;
  /** Where the text after the label starts and the line ends. */
  start: number;
  end: number;
  body: string;
}

/** The answers of a transcript in the text, as quotations of the witness; none unless it has two question-answer pairs. */
export function transcriptAnswers(text: string, names: NameIndex): Quote[] {
  const lines = labelledParagraphs(text);
  const asking = questioners(lines);
  const isQuestion = (line: Line): boolean => asksUnder(line) || asking.has(line.label);
  const answers: Array<{ line: Line; speaker: string | null; asked: Line }> = [];
  for (let i = 1; i < lines.length; i++) {
    const q = lines[i - 1];
    const a = lines[i];
    if (!q || !a || !isQuestion(q) || a.label === q.label || asking.has(a.label)) continue;
    if (ANSWER_LABELS.has(a.label)) answers.push({ line: a, speaker: null, asked: q });
    else if (!QUESTION_LABELS.has(a.label)) {
      // A name label is the person it names in full, or it is no answer.
      const person = names.person(a.label, a.start);
      if (person !== null) answers.push({ line: a, speaker: person, asked: q });
    }
  }
  if (answers.length < MIN_PAIRS) return [];
  const firstAt = answers[0]?.line.start ?? 0;
  const unnamed = answers.filter((a) => a.speaker === null).map((a) => a.line.label);
  let witness = unnamed.length > 0 ? witnessBefore(text, names, firstAt) : null;
  // No one gave evidence: a magazine interview's plain "A:" answers are the person its introduction is about,
  // named first ("Ines Taramoto has run… She talked to us…"). "Witness:" stays a hearing's label.
  // A news story that ends on an interview's questions is introduced by the paragraph before them
  // ("In an interview with the FT, Sandra Moyo was asked…"): the person it names, not the story's first.
  if (witness === null && unnamed.length > 0 && unnamed.every((l) => l === 'A' || l === 'Answer'))
    witness = introducedBefore(text, names, answers[0]?.asked.start ?? firstAt) ?? firstPersonBefore(names, firstAt);
  const out: Quote[] = [];
  for (const { line, speaker } of answers) {
    const who = speaker ?? witness;
    if (who !== null) out.push({ text: withoutMarks(line.body), speaker: who, start: line.start, end: line.end });
  }
  return out;
}

// An answer printed whole in quote marks ("A: “No. We were elected on this.”"), none inside it.
const WHOLLY_QUOTED = /^(?:“([^“”]+)”|"([^"“”]+)"|‘([^‘’]+)’)$/u;

/** The answer without the quote marks around it, as every quotation's text is given. */
function withoutMarks(body: string): string {
  const m = WHOLLY_QUOTED.exec(body);
  return m ? (m[1] ?? m[2] ?? m[3] ?? body) : body;
}

/** Each paragraph in text order, with its label if it opens on one, or null: a break between turns. */
function labelledParagraphs(text: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(from, end);
    if (raw.trim() !== '') {
      const m = LABEL.exec(raw);
      const body = m ? raw.slice(m[0].length).trimEnd() : '';
      out.push(
        m?.[1] && body ? { label: m[1], start: from + m[0].length, end: from + m[0].length + body.length, body } : null,
      );
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

/**
 * The name labels most of whose lines ask: the interviewer's, so that "WHITLEY: Passengers say the buses
 * are still late." is a question too, and the answer after it the subject's.
 */
function questioners(lines: ReadonlyArray<Line | null>): Set<string> {
  const count = new Map<string, { asks: number; all: number }>();
  for (const line of lines) {
    if (line === null || QUESTION_LABELS.has(line.label) || ANSWER_LABELS.has(line.label)) continue;
    const c = count.get(line.label) ?? { asks: 0, all: 0 };
    c.all++;
    if (asksUnder(line)) c.asks++;
    count.set(line.label, c);
  }
  return new Set([...count].filter(([, c]) => c.asks * 2 > c.all).map(([label]) => label));
}

/** A questioner's line: under a question label, or under a name and ending in a question mark. */
function asksUnder(line: Line): boolean {
  if (QUESTION_LABELS.has(line.label)) return true;
  return !ANSWER_LABELS.has(line.label) && /\?["”’]?$/.test(line.body);
}

/** The person named first before `at` at the opening of a sentence that says they gave evidence. */
function witnessBefore(text: string, names: NameIndex, at: number): string | null {
  for (const m of names.mentions) {
    if (m.start >= at) break;
    const lineStart = names.paragraphStart(m.start);
    const lead = text.slice(lineStart, m.start);
    // Opening the paragraph, or a sentence in it.
    if (!OPENER.test(lead) && !/[.!?]\s+(?:[\p{Lu}][\p{Ll}]+\.?\s+)?$/u.test(lead.slice(-40))) continue;
    const rest = text.slice(m.end, m.end + SENTENCE_WINDOW);
    const stop = rest.search(/[.!?](?:\s|$)/);
    if (WITNESS_CUE.test(stop < 0 ? rest : rest.slice(0, stop))) return names.resolve(m.name, m.start);
  }
  return null;
}

// What a paragraph introducing an interview says of the person asked: "in an interview", "was asked".
const INTERVIEW_CUE = /\b(?:interview|(?:was|were)\s+asked)\b/i;
// A name the interviewer's: "an interview with Jo Bell", "asked by Jo Bell", "to the Post’s Jo Bell".
const ASKER_BEFORE = /\b(?:with|by|to)\s+(?:(?:the|an?)\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu;

/**
 * The last person named in the paragraph before the one holding `at`, when it introduces an interview;
 * not one after "with", "by" or "to", who asks.
 */
function introducedBefore(text: string, names: NameIndex, at: number): string | null {
  const start = names.paragraphStart(at);
  const from = names.paragraphStart(text.slice(0, start).trimEnd().length);
  if (start === 0 || !INTERVIEW_CUE.test(text.slice(from, start))) return null;
  let found: string | null = null;
  for (const m of names.mentions) {
    if (m.start >= start) break;
    if (m.start >= from && !ASKER_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start)))
      found = names.person(m.name, m.start) ?? found;
  }
  return found;
}

/** The first person the text names in full before `at`: the subject of an interview's introduction. */
function firstPersonBefore(names: NameIndex, at: number): string | null {
  for (const m of names.mentions) {
    if (m.start >= at) break;
    const person = names.person(m.name, m.start);
    if (person !== null) return person;
  }
  return null;
}
