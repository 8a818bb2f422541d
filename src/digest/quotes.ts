import { blankNicknames } from './nicknames.js';
import type { Quote } from './types.js';
import { contentOf, findRawQuotes, type RawQuote } from './quote-spans.js';
import { NameIndex } from './names.js';
import { CUES } from './speech-verbs.js';
import { attributedAfter, isChained, isInterruption } from './quote-joins.js';
import { attribute } from './attribution.js';
import { readerOfStatement } from './read-statements.js';
import { SpeakerResolver } from './speakers.js';
import { personHeading } from './org-joined-names.js';
import { answersQuestion, interviewee } from './interview-answers.js';
import { isInscription } from './inscriptions.js';
import { inLinkLine } from './link-lines.js';
import { reportedBefore } from './reported-before.js';
import { transcriptAnswers } from './transcript-answers.js';
import { afterAccordingTo } from './according-to.js';

// A quotation of fewer words, with no speech cue, is a scare quote or a title, not speech.
const MIN_WORDS_WITHOUT_CUE = 8;
// A quotation this long is speech even when it starts mid-sentence in lower case.
const MIN_WORDS_ANY_CASE = 12;
// Right after a quotation, a pronoun and a verb of answering: "…,” she replied".
const REPLY =
  /^[\s,]*(?:(?:he|she)\s+(?:replied|responded|retorted|countered|answered|shot\s+back|hit\s+back)|(?:replied|responded|retorted|countered|answered)\s+(?:he|she))\b/i;

/**
 * The most quotations a digest reads in one article, said or not. A story quotes a few dozen, a
 * transcript a few hundred; text made of thousands ("“No.” “No.” …", 110,000 characters: 1.2–6 s) is
 * read this far, as dates are (MAX_DATES), so its digest costs no more than news of its length.
 */
export const MAX_QUOTATIONS = 1_000;

/** Every direct quotation in the text, with its speaker's full name where the article gives one. */
export function extractQuotes(text: string): Quote[] {
  // "Lee 'Uncle Poodle' Thompson": a nickname inside a name is no quotation.
  const nicknames = new Set(blankNicknames(text).nicknames.map((n) => n.at));
  const raws = findRawQuotes(text).filter((q) => !nicknames.has(q.start));
  const titles = new Set(raws.filter((q) => isProgrammeTitle(text, q)));
  const merged = mergeInterrupted(
    maskTitles(text, [...titles]),
    raws.filter((q) => !titles.has(q)),
  ).slice(0, MAX_QUOTATIONS);
  const names = new NameIndex(text);
  const resolver = new SpeakerResolver(names, text);
  const out: Quote[] = [];
  let prevEnd = 0;
  let prevQuoteEnd = -Infinity;
  for (const q of merged) {
    const body = contentOf(text, q).replace(/[,\s]+$/u, '');
    const found = attribute(text, q.start, q.attrAt ?? q.end, prevEnd);
    const read = readerOfStatement(text, found, q.start, q.attrAt ?? q.end) ?? found;
    // "Lee of Acme said" where the article names Ann Lee: the person, not an organisation "Lee of Acme".
    const attribution = personHeading(read, (head) => names.person(head, q.start));
    if (body === '' || isTranscript(text, q) || inLinkLine(text, q.start)) continue;
    if (!isSpeech(text, q, body, attribution !== null)) continue;
    let speaker = resolver.resolve(attribution, q.start, prevEnd);
    const prev = out[out.length - 1];
    // "“A,” the union said, adding: “B.”": B is the union's too, named or not.
    const unnamed = attribution === null || attribution.kind === 'pronoun';
    const gap = prev ? text.slice(prev.end, q.start) : '';
    // "“A,” he said. She added: “B.”": the other pronoun is another person, whatever the chain says.
    const otherPerson = attribution?.kind === 'pronoun' && otherPronounIn(gap, attribution.who);
    if (prev && unnamed && !otherPerson && isChained(gap)) speaker = prev.speaker;
    // "“— which I opposed,”" with no attribution resumes the last quotation cut off with a dash,
    // whoever interrupted it.
    else if (attribution === null && /^(?:[—–]|--)/.test(body) && cutOff(out) !== undefined)
      speaker = cutOff(out) ?? null;
    // A quotation paragraph right after another, with no attribution of its own, continues the same speaker;
    // not the words on a sign or banner named before it ("A sign hangs above the door: “Fish for sale.”").
    // An unnamed voice just quoted, when the paragraph before ends on that quotation's attribution
    // ("“…,” said an IAAF spokesman.\n\n“…”"), whom the last named speaker is not.
    // Not after a sentence reporting someone else ("“…,” she said.\n\nThe opposition leader, Sian Morgan,
    // said the plan was overdue.\n\n“…”"): that person goes on in quotation marks (below).
    else if (
      attribution === null &&
      q.start - prevQuoteEnd < 400 &&
      !isInscription(text, q.start) &&
      reportedBefore(text, q.start) === null
    )
      speaker = prev && unnamedVoice(prev.speaker) && nextParagraph(gap) ? prev.speaker : resolver.lastSpeaker;
    // "Why so long?\n\n“Grief, mostly.”": an answer to an interviewer's question, with no one else to go to.
    if (speaker === null && attribution === null && answersQuestion(text, q.start))
      speaker = interviewee(names, q.start);
    // "Dr Osei said referrals had tripled. “We cannot keep up.”": the person the sentence before reports.
    const reported = speaker === null && attribution === null ? reportedBefore(text, q.start) : null;
    if (reported) speaker = resolver.resolve(reported, q.start, prevEnd);
    // "“…,” Tate said. “…,” she replied": a reply is someone else's, the last named the pronoun may be.
    if (
      prev &&
      attribution?.kind === 'pronoun' &&
      speaker === prev.speaker &&
      REPLY.test(text.slice(q.end, q.end + 40))
    )
      speaker = resolver.replier(attribution.who, q.start, prev.speaker) ?? speaker;
    out.push({ text: body, speaker, start: q.start, end: q.end });
    prevEnd = q.end;
    prevQuoteEnd = q.end;
  }
  return withAnswers(out, transcriptAnswers(text, names));
}

/**
 * The quotations with a transcript's answers among them in text order, but none inside a quotation.
 * A quotation inside an answer is the answerer's own report ("A: He said, “Leave it.”"): the answer holds it.
 */
function withAnswers(quotes: Quote[], answers: Quote[]): Quote[] {
  if (answers.length === 0) return quotes;
  const out: Quote[] = [];
  let i = 0;
  for (const a of answers) {
    for (; i < quotes.length && (quotes[i]?.start ?? 0) < a.start; i++) out.push(quotes[i] as Quote);
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.end > a.start) continue;
    let j = i;
    while (j < quotes.length && (quotes[j]?.end ?? 0) <= a.end) j++;
    if (j < quotes.length && (quotes[j]?.start ?? 0) < a.end) continue;
    out.push(a);
    i = j;
  }
  return out.concat(quotes.slice(i));
}

/** "an IAAF spokesman", "the artists": a speaker described, not named. */
function unnamedVoice(speaker: string | null): boolean {
  return speaker !== null && /^(?:an?|the|one|another)\s/.test(speaker);
}

/** Whether `gap`, after a quotation, is at most one clause of its own paragraph and a paragraph break. */
function nextParagraph(gap: string): boolean {
  return /^[^.!?\n“”"]*[.!?]?\s*\n\s*$/.test(gap);
}

/** The speaker of the last of the last three quotations that ended on a dash, cut off mid-sentence. */
function cutOff(out: Quote[]): string | null | undefined {
  return out
    .slice(-3)
    .reverse()
    .find((q) => /(?:[—–]|--)$/.test(q.text))?.speaker;
}

function otherPronounIn(gap: string, who: string): boolean {
  const other = { he: 'she', she: 'he' }[who.toLowerCase()];
  return other !== undefined && new RegExp(String.raw`\b${other}\b`, 'i').test(gap);
}

function isSpeech(text: string, q: RawQuote, body: string, hasCue: boolean): boolean {
  const words = body.split(/\s+/).length;
  if (isTitleInSentence(text, q, body)) return false;
  // A dash first resumes speech cut off by someone else: "“— which I opposed, I concluded it wasn't.”"
  if (words >= MIN_WORDS_WITHOUT_CUE && /^(?:[\p{Lu}\p{N}.…'‘"“([—–]|--)/u.test(body)) return true;
  if (words >= MIN_WORDS_ANY_CASE) return true;
  const before = text.slice(Math.max(0, q.start - 3), q.start);
  // Introduced by a colon ("…as its headline: “Finally. Someone who thinks like me.”"): an utterance.
  if (/:\s*$/.test(before) && /^\p{Lu}/u.test(body)) return true;
  if (!hasCue) return false;
  // "According to Grady, “the real question is…”": a source and a comma hand over what follows.
  if (words >= 2 && afterAccordingTo(text.slice(Math.max(0, q.start - 120), q.start))) return true;
  // With a cue, a short quotation is speech when it is a whole utterance, not a phrase inside a sentence.
  const wholeUtterance = /[.,!?…—–-]$/.test(body) || /(?:^|[:.!?]\s*|\n\s*)$/.test(before);
  if (words >= 2) return wholeUtterance || /^\p{Lu}/u.test(body);
  // One word is speech when it ends a sentence, or when it is capitalised, closes on its own comma
  // and a speech verb follows at once ("“No,” he said"): a scare quote has none of these.
  if (wholeUtterance && /[.!?]$/.test(body)) return true;
  return /^\p{Lu}/u.test(body) && /,$/.test(contentOf(text, q)) && attributedAfter(text, q.end);
}

function mergeInterrupted(text: string, raws: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of raws) {
    const prev = out[out.length - 1];
    if (prev && isOneQuotation(text, prev, q)) {
      const parts = [...prev.parts, ...q.parts];
      out[out.length - 1] = { ...prev, end: q.end, parts, attrAt: prev.attrAt ?? prev.end };
    } else {
      out.push(q);
    }
  }
  return out;
}

/**
 * “A,” he said, “b.”: one quotation interrupted by its attribution, when the first part starts as
 * speech does, the second ends as it does, and no speaker follows the second.
 */
function isOneQuotation(text: string, prev: RawQuote, q: RawQuote): boolean {
  if (prev.kind !== q.kind) return false;
  const continues = /^\p{Ll}/u.test(contentOf(text, q));
  const between = text.slice(prev.end, q.start);
  // “A.” Sen. Jo Bell agreed: “B.”: a new sentence whose colon introduces B, another quotation.
  if (/[.!?]$/.test(contentOf(text, prev)) && /:\s*$/.test(between)) return false;
  if (!isInterruption(between, continues)) return false;
  return !attributedAfter(text, q.end) && isUtterance(text, prev) && endsUtterance(text, q);
}

// A programme's title has at most this many words: "Face the Nation", "State of the Union".
const MAX_TITLE_WORDS = 6;
const MINOR_WORDS = new Set('a an the and of to in on at by for with'.split(' '));

/**
 * A programme or column named in marks after its outlet: CNN’s “State of the Union,” NBC’s “Meet the
 * Press.” Its marks are not speech, and an attribution that names it ("…,” she told CNN’s “State of the
 * Union.” “B.”) still joins the quotation around it.
 */
function isProgrammeTitle(text: string, q: RawQuote): boolean {
  if (!/\p{Lu}[\p{L}.&]*(?:[’']s|s[’'])\s+$/u.test(text.slice(Math.max(0, q.start - 30), q.start))) return false;
  const words = contentOf(text, q).replace(/[.,]$/, '').split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.every((w) => MINOR_WORDS.has(w) || /^\p{Lu}/u.test(w));
}

// Right after a lower-case word that is no speech verb: inside a sentence ("the bestselling “…”").
const AFTER_PLAIN_WORD = new RegExp(String.raw`(?<![\p{L}’'\-])(?!(?:${CUES})\s+$)\p{Ll}[\p{Ll}’'\-]*\s+$`, 'u');

/**
 * A short title in capitals inside a sentence, “The Art of the Deal” or “Hard Choices” after "the
 * bestselling" or "memoir": a name, not speech, even when a speech verb follows ("…,” told the crowd).
 */
function isTitleInSentence(text: string, q: RawQuote, body: string): boolean {
  const words = body.replace(/[.,]$/, '').split(/\s+/);
  // One word ("replied simply “No.”") or an exclamation is too likely speech to call a title.
  if (words.length < 2 || /[!?]$/.test(body)) return false;
  if (words.length > MAX_TITLE_WORDS || !words.every((w) => MINOR_WORDS.has(w) || /^\p{Lu}/u.test(w))) return false;
  return AFTER_PLAIN_WORD.test(text.slice(Math.max(0, q.start - 30), q.start));
}

/** The text with the marks around the given quotations blanked out, offsets unchanged. */
function maskTitles(text: string, titles: RawQuote[]): string {
  let out = text;
  for (const q of titles) out = `${out.slice(0, q.start)} ${out.slice(q.start + 1, q.end - 1)} ${out.slice(q.end)}`;
  return out;
}

/** A transcript quoted in marks ("WALLACE: …", "(CROSSTALK)"): labelled lines, not one person's quotation. */
function isTranscript(text: string, q: RawQuote): boolean {
  return q.parts.some(([a]) => /^\s*(?:[A-Z][A-Z.'’\- ]{1,30}:|\([A-Z]{4,})/.test(text.slice(a, a + 40)));
}

/** Starts as speech does: at a sentence or paragraph start, after a colon, or with a capital. */
function isUtterance(text: string, q: RawQuote): boolean {
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  return /(?:^|[.!?:…]["'”’)]?\s*|\n\s*)$/.test(before) || /^\p{Lu}/u.test(contentOf(text, q));
}

/** Ends a sentence: not a phrase quoted inside one ("…the breaking point” to drive up…). */
function endsUtterance(text: string, q: RawQuote): boolean {
  return /[.!?…,]$/.test(contentOf(text, q)) || /^\s*(?:$|\n|[.!?]|[―—])/.test(text.slice(q.end, q.end + 3));
}
