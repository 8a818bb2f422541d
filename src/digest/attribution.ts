/** Who a quotation's own words credit it to: the name, pronoun or description written beside it. */
import { afterOffice, employerBeforeName, officeBeforeName, withoutOfficeTail } from './office-tail.js';
import { cleanName } from './clean-name.js';
import { stripDateline } from './clutter.js';
import { isEpithet } from './public-roles.js';
import {
  AFTER,
  APPOSITIVE,
  BEFORE,
  BEFORE_CUE_ONLY,
  BEFORE_DESCRIPTION,
  BEFORE_INDEFINITE,
  DESCRIBED_FROM,
  GESTURE_BEFORE,
  NAMED_SUBJECT,
  NEXT_SENTENCE,
  NOT_A_NAME,
  SUBJECT,
} from './speaker-patterns.js';
import { anyOf } from './regex-parts.js';
import { POSSESSIVE_BEFORE_COLON } from './possessive-cues.js';
import { introducesNext, lastSentenceStart } from './quote-joins.js';
import { MAX_PARTICLES, NAME_PARTICLES } from './name-tokens.js';
import { ANSWER_BEFORE } from './answer-tags.js';
import { RELATIVE_BEFORE } from './relative-speakers.js';
import { nationalBranch, organisationBefore } from './org-names.js';
import { joinedOrganisation } from './org-joined-names.js';
import { groupAfter, groupBefore } from './group-speakers.js';
import { IT_AFTER, IT_BEFORE } from './org-it.js';
import { INTRODUCED, lastWordAt, withoutAside } from './quote-frames.js';
import { CUES } from './speech-verbs.js';
import { accordingToDescription } from './according-to.js';

export interface Attribution {
  /** The name, pronoun or description as written. */
  who: string;
  kind: 'name' | 'pronoun' | 'description';
  /** Of an organisation's name read whole ("Lee of Acme"), its words before the first joining word. */
  head?: string;
  /** Where a pronoun written before the quotation stands: the person it means is named before that. */
  at?: number;
}

/** Finds who is credited with a quotation from the text right after it, or else right before it. */
export function attribute(text: string, qStart: number, qEnd: number, prevEnd: number): Attribution | null {
  const after = withoutAside(text.slice(qEnd, Math.min(text.length, qEnd + 200)).split('\n')[0] ?? '');
  // "…had been the “adult in the room.” Clinton campaign chairman John Podesta told NPR…": a phrase quoted
  // at the end of a sentence; the next sentence's subject is not its speaker, the subject of its own is.
  const phraseEnds = endsPhrase(text, qStart, qEnd);
  // "“…,” ministers from Spain and Greece said": the group, not the last country in its phrase.
  const groupNext = groupAfter(after);
  if (groupNext) return groupNext;
  // "“…,” it said": a body, which the resolver finds; never the person named before.
  if (IT_AFTER.test(after)) return { who: 'it', kind: 'pronoun' };
  const from = Math.max(prevEnd, qStart - 240);
  // A quotation that opens a paragraph may be introduced at the end of the previous one ("Ann Lee said:").
  const before = text.slice(from, qStart).trimEnd().split('\n').pop() ?? '';
  // "Ann Lee said: “We go again on Saturday.” Captain Tom Reyes agreed.": a cue and a colon give the
  // quotation its speaker before it; once it ends its sentence, the next sentence's subject is another.
  const introduced = INTRODUCED.test(before) && /[.!?…]/.test(text[qEnd - 2] ?? '');
  let passedOver = false;
  for (const [i, re] of introduced ? [] : AFTER.entries()) {
    const m = introducesNext(text, qEnd, after, re.exec(after));
    const hit = m && placed(after, m, pick(m, i >= DESCRIBED_FROM));
    passedOver = hit !== null && phraseEnds;
    if (passedOver) break;
    if (hit) return hit;
  }
  // "“…Never.” That was how Rodgers summed up…": a quotation that ends a sentence, credited by the next.
  if (!introduced && /[.!?…]/.test(text[qEnd - 2] ?? '')) {
    for (const re of NEXT_SENTENCE) {
      const m = re.exec(after);
      const named = m && placed(after, m, pick(m, false));
      if (named) return named;
    }
  }
  // "Environmental group Mobilisation for the Environment said…": the body's whole name, not its kind.
  if (IT_BEFORE.test(before)) return { who: 'it', kind: 'pronoun' };
  const organisation = organisationBefore(before);
  if (organisation) return organisation;
  const group = groupBefore(before);
  if (group) return group;
  for (const re of BEFORE) {
    const m = re.exec(before);
    const hit = m && placed(before, m, pick(m, false));
    if (hit) return hit;
  }
  // "According to a commission official, “…”": that official, not the person quoted before.
  const source = accordingToDescription(before);
  if (source !== null) return { who: source.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'description' };
  // "…, according to the council, which said: “…”": the antecedent, not the subject or the last speaker.
  const rel = RELATIVE_BEFORE.exec(before);
  if (rel?.[1]) return { who: rel[1], kind: 'description' };
  const relName = rel?.[2] && !NOT_A_NAME.test(rel[2]) ? placed(before, rel, { who: rel[2], kind: 'name' }) : null;
  if (relName) return relName;
  // "Rodgers shrugged. “What's the point?”": the quotation is the gesture's, no speech verb needed.
  const gesture = GESTURE_BEFORE.exec(before);
  const gestured = gesture && placed(before, gesture, pick(gesture, false));
  if (gestured) return gestured;
  // "The routine, he says. “Every four hours…”": an answer paraphrased and tagged, then quoted.
  const answer = ANSWER_BEFORE.exec(before);
  const answered = answer && placed(before, answer, pick(answer, false));
  if (answered) return answered;
  // "Her answer: “…”": the person that pronoun refers to, as with "she said".
  const possessive = POSSESSIVE_BEFORE_COLON.exec(before)?.[1];
  if (possessive) return { who: possessive === 'His' ? 'he' : 'she', kind: 'pronoun' };
  // "One senior minister said: “…”": a description as the subject, not a name from an earlier sentence.
  // Not an office alone ("The senator said:"), which is someone the article names: read on as before.
  const match = BEFORE_DESCRIPTION.exec(before)?.[1] ?? BEFORE_INDEFINITE.exec(before)?.[1];
  const described = match
    ? { who: match.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'description' as const }
    : null;
  if (match && !isOffice(match)) return described;
  if (passedOver || BEFORE_CUE_ONLY.test(before) || /:\s*$/.test(before)) {
    // "…attacked Clinton's record, saying, “…”": the speaker is the subject of the sentence with the cue.
    // After a quotation that ends a sentence ("“…here.” Clinton spokesman Brian Fallon had a different
    // take: “…”"), a new sentence starts; after one that does not, the words go on with its attribution.
    const newSentence = from === prevEnd && /[.!?…]["”’']?$/.test(text.slice(Math.max(0, prevEnd - 2), prevEnd));
    const last = before.slice(lastSentenceStart(before));
    // A dateline or a live blog's time stamp ("LAGOS — ", "12:04 — ") opens the first sentence of a
    // paragraph in capitals, but it is a place or a time, never the subject.
    const sentence = stripDateline(newSentence ? last.trimStart() : last);
    // "Clinton spokesman Brian Fallon said the speech “…”": the name after its role, not the role's name.
    NAMED_SUBJECT.lastIndex = 0;
    const m = APPOSITIVE.exec(sentence) ?? NAMED_SUBJECT.exec(sentence) ?? SUBJECT.exec(sentence);
    const hit = m && pick(m, false);
    // "Ministers from Spain, Italy and Greece said…, warning…": a name in a list is one of several, and the
    // sentence's subject a group, as "they" is.
    if (hit && m && inList(sentence, m.index + m[0].lastIndexOf(hit.who), hit.who.length))
      return { who: 'they', kind: 'pronoun' };
    // "He accused Ann Lee and Tom Park of …, adding: “…”": he is someone named before "He", not Tom Park.
    if (hit?.kind === 'pronoun') return { ...hit, at: lastWordAt(text, hit.who, qStart) };
    if (hit) return hit;
  }
  // "The former governor said: “…”" with no name to read on to: the office as written (resolved later).
  return described;
}

// A list's next item after a name: "Italy and Greece", "Italy, Greece and Malta".
const LIST_NEXT = /^(?:,\s+\p{Lu}[\p{L}’'-]*)*,?\s+and\s+\p{Lu}/u;

/** Whether the name at `at` (of `length`) in `sentence` is an item of a list of capitalised names. */
function inList(sentence: string, at: number, length: number): boolean {
  return LIST_NEXT.test(sentence.slice(at + length, at + length + 120));
}

/**
 * A phrase quoted inside a sentence that ends with it: a lower-case word before it, a lower-case start,
 * a full stop inside the closing mark and a new sentence after ("…had been the “adult in the room.” Clinton…").
 */
function endsPhrase(text: string, qStart: number, qEnd: number): boolean {
  return (
    /(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*\s+$/u.test(text.slice(Math.max(0, qStart - 30), qStart)) &&
    /^\p{Ll}/u.test(text.slice(qStart + 1, qStart + 2)) &&
    text[qEnd - 2] === '.' &&
    /^\s+\p{Lu}/u.test(text.slice(qEnd, qEnd + 3))
  );
}

/** "The senator", "his deputy", "the prime minister": a definite office, which someone the article names holds. */
function isOffice(description: string): boolean {
  const [det, ...words] = description.toLowerCase().split(/\s+/);
  return /^(?:the|his|her|their|its|our)$/.test(det ?? '') && words.every((w) => cleanName(w).length === 0);
}

// Lower-case particles right before a name: "…, said Commission chief von der Leyen".
const PARTICLES_BEFORE = new RegExp(String.raw`(?:^|\s)((?:${anyOf(NAME_PARTICLES)}\s+){1,${MAX_PARTICLES}})$`);

// An indefinite person and one or two phrases with a preposition, right before a name: "a spokeswoman for ",
// "One senior nurse at a hospital in the ". Lower-case words only, so a name inside is the phrase's end.
// Not a thing said or written, whose author is the name: "according to a statement from Thomas Modell".
const LOWER = String.raw`\p{Ll}[\p{Ll}’'\-]*\s+`;
const WRITING = String.raw`(?:statement|letter|e-?mail|post|message|note|report|interview|tweet|video|speech)\s`;
const UNNAMED_OF = new RegExp(
  String.raw`(?<![\p{L}’'\-])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:${LOWER}){0,3}?(?!${WRITING})${LOWER}(?:(?:for|at|in|of|from|with)\s+(?:${LOWER}){0,3}?){1,2})$`,
  'u',
);

const NOUN_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:${CUES})\b)[\p{Ll}\d][\p{L}\d’'-]*){1,3}(?=\s*(?:[.,;:!?]|$))`,
  'u',
);
const ORG_TAIL = /^(?:\s+(?:of|and|for|&)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)+/u;

/**
 * A name read with the words the patterns leave before it: the particles written before it ("von der
 * Leyen"), or an office with "of" whose tail starts it ("Secretary of State Jon Doe" → "Jon Doe").
 */
function placed(source: string, m: RegExpExecArray, a: Attribution | null): Attribution | null {
  if (a === null || a.kind !== 'name') return a;
  const at = m.index + m[0].indexOf(a.who);
  // "said the head of Acme, Ana Holt": she speaks, read by the pattern for a role set off before a name.
  if (employerBeforeName(source, at, a.who.length) || officeBeforeName(source, at, a.who)) return null;
  if (afterOffice(source, at)) {
    const toks = withoutOfficeTail(a.who.split(/\s+/));
    return toks.length > 0 ? { who: toks.join(' '), kind: 'name' } : null;
  }
  // "A spokeswoman for Acme said", "One nurse at a hospital in the West Midlands said": a name inside the
  // phrase after an unnamed person is an employer or a place, not the speaker; the whole description is.
  const unnamed = UNNAMED_OF.exec(source.slice(0, at))?.[1];
  if (unnamed !== undefined) {
    // With the rest of the organisation's name: "the Royal College" + " of Emergency Medicine".
    const tail = ORG_TAIL.exec(source.slice(at + a.who.length))?.[0] ?? '';
    return { who: `${unnamed}${a.who}${tail}`, kind: 'description' };
  }
  const branch = nationalBranch(a.who);
  if (branch) return branch;
  // "Friends of the Earth said", "said Save the Children": the organisation's whole name, not one end.
  const joined = joinedOrganisation(source, at, a.who);
  if (joined) return { who: joined.name, kind: 'description', head: joined.head };
  // "said a Treasury spokesperson": a capitalised word between an indefinite article and a lower-case
  // noun is the organisation in a description, not a name. With a name after it ("said a Treasury
  // spokesperson, Jo Bell,") the pattern that reads the name takes it.
  const noun = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}’'-])(\s*,\s+\p{Lu})?/u.exec(source.slice(at + a.who.length));
  const article = /(?:^|\s)((?:an?|another|one)\s+)$/iu.exec(source.slice(0, at))?.[1];
  if (
    article !== undefined &&
    noun?.[1] !== undefined &&
    !/^(?:says|told|yesterday|today|tonight|later|\p{Ll}+(?:ly|ed))$/u.test(noun[1])
  )
    return noun[2] ? null : { who: `${article}${a.who} ${noun[1]}`, kind: 'description' };
  // "“…,” the Prime Minister said": an office capitalised after "the" is no name but a description, which
  // the resolver gives to the person holding it; so is a nationality ("the Dutchman said"), with the
  // lower-case words that end it, no speech verb ("the European cross-country champion").
  const described = cleanName(a.who).length === 0 || isEpithet(`the ${a.who}`);
  const head = NOUN_AFTER.exec(source.slice(at + a.who.length))?.[0] ?? '';
  if (described && /\bthe\s+$/i.test(source.slice(0, at))) return { who: `the ${a.who}${head}`, kind: 'description' };
  // "the younger Mr Ryan said": the rank by age stays with the name, which the resolver reads by it.
  const rank = /\bthe\s+((?:young|old|eld)(?:er|est)\s+)$/i.exec(source.slice(0, at))?.[1];
  if (rank !== undefined) return { who: `${rank}${a.who}`, kind: 'name' };
  const p = PARTICLES_BEFORE.exec(source.slice(0, at));
  return p?.[1] ? { who: p[1] + a.who, kind: 'name' } : a;
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
