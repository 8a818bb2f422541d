import { afterOffice, type NameIndex, withoutOfficeTail } from './names.js';
import { cleanName } from './clean-name.js';
import {
  AFTER,
  APPOSITIVE,
  BEFORE,
  BEFORE_CUE_ONLY,
  BEFORE_DESCRIPTION,
  BEFORE_INDEFINITE,
  DESCRIBED_FROM,
  NAMED_SPEAKER_AFTER_COMMA,
  NAMED_SUBJECT,
  NOT_A_NAME,
  POSSESSIVE_BEFORE_COLON,
  ROLE_SUBJECT,
  SUBJECT,
} from './speaker-patterns.js';
import { anyOf } from './regex-parts.js';
import { introducesNext, lastSentenceStart } from './quote-joins.js';
import { isPublicRole, roleHolder, unquoted } from './public-roles.js';
import { MAX_PARTICLES, NAME_PARTICLES } from './name-tokens.js';
import type { Sex } from './namesakes.js';
import { noteHonorific, sexesOf } from './sexes.js';

export interface Attribution {
  /** The name, pronoun or description as written. */
  who: string;
  kind: 'name' | 'pronoun' | 'description';
}

/** Finds who is credited with a quotation from the text right after it, or else right before it. */
export function attribute(text: string, qStart: number, qEnd: number, prevEnd: number): Attribution | null {
  const after = text.slice(qEnd, Math.min(text.length, qEnd + 200)).split('\n')[0] ?? '';
  // "…had been the “adult in the room.” Clinton campaign chairman John Podesta told NPR…": a phrase quoted
  // at the end of a sentence; the next sentence's subject is not its speaker, the subject of its own is.
  const phraseEnds = endsPhrase(text, qStart, qEnd);
  let passedOver = false;
  for (const [i, re] of AFTER.entries()) {
    const m = introducesNext(text, qEnd, after, re.exec(after));
    const hit = m && placed(after, m, pick(m, i >= DESCRIBED_FROM));
    passedOver = hit !== null && phraseEnds;
    if (passedOver) break;
    if (hit) return hit;
  }
  const from = Math.max(prevEnd, qStart - 240);
  // A quotation that opens a paragraph may be introduced at the end of the previous one ("Ann Lee said:").
  const before = text.slice(from, qStart).trimEnd().split('\n').pop() ?? '';
  for (const re of BEFORE) {
    const m = re.exec(before);
    const hit = m && placed(before, m, pick(m, false));
    if (hit) return hit;
  }
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
    const sentence = newSentence ? last.trimStart() : last;
    // "Clinton spokesman Brian Fallon said the speech “…”": the name after its role, not the role's name.
    NAMED_SUBJECT.lastIndex = 0;
    const m = APPOSITIVE.exec(sentence) ?? NAMED_SUBJECT.exec(sentence) ?? SUBJECT.exec(sentence);
    const hit = m && pick(m, false);
    if (hit) return hit;
  }
  // "The former governor said: “…”" with no name to read on to: the office as written (resolved later).
  return described;
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

/**
 * A name read with the words the patterns leave before it: the particles written before it ("von der
 * Leyen"), or an office with "of" whose tail starts it ("Secretary of State Jon Doe" → "Jon Doe").
 */
function placed(source: string, m: RegExpExecArray, a: Attribution | null): Attribution | null {
  if (a === null || a.kind !== 'name') return a;
  const at = m.index + m[0].indexOf(a.who);
  if (afterOffice(source, at)) {
    const toks = withoutOfficeTail(a.who.split(/\s+/));
    return toks.length > 0 ? { who: toks.join(' '), kind: 'name' } : null;
  }
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

/**
 * Resolves names to full names, and pronouns to the person most recently named as a sentence's subject
 * since the last quotation, or else to the last named speaker.
 */
export class SpeakerResolver {
  private last: string | null = null;
  /** Whether the quotation resolved last went to `last`, a named person, and not to a description or no one. */
  private lastWasNamed = false;
  private unquoted: string | undefined;
  /** "he" or "she", for people the article gives a sex ("his wife, X") or a pronoun has been credited to. */
  private readonly pronounOf: Map<string, Sex>;
  constructor(
    private readonly names: NameIndex,
    private readonly text: string,
  ) {
    this.pronounOf = sexesOf(text, names);
  }

  /** `at` is where the quotation starts, `since` where the one before it ended. */
  resolve(a: Attribution | null, at: number, since = 0): string | null {
    const who = this.resolveOne(a, at, since);
    this.lastWasNamed = who !== null && who === this.last;
    return who;
  }

  private resolveOne(a: Attribution | null, at: number, since: number): string | null {
    if (a === null) return null;
    if (a.kind === 'pronoun') {
      const said = a.who.toLowerCase();
      // "“We won!” they shouted": a group, which the people named before are not.
      if (said === 'they') return null;
      const pronoun = said === 'he' || said === 'she' ? said : null;
      // A person a pronoun of the other kind was credited to is not this one's: "“…,” he said. … “…,” she said."
      const mayBe = (name: string): boolean => pronoun === null || (this.pronounOf.get(name) ?? pronoun) === pronoun;
      const subject = this.subjectBefore(at, since, pronoun);
      if (subject !== null && mayBe(subject)) {
        this.last = subject;
        if (pronoun !== null && !this.pronounOf.has(subject)) this.pronounOf.set(subject, pronoun);
        return subject;
      }
      const last = this.last ?? this.names.lastBefore(at);
      if (last === null || mayBe(last)) return last;
      // Then the last person named before the quotation who may be the one meant.
      const mention = this.names.lastBefore(at, mayBe);
      const other = mention === null ? null : (this.names.resolve(mention, at) ?? mention);
      if (other === null || pronoun === null) return last;
      this.last = other;
      this.pronounOf.set(other, pronoun);
      return other;
    }
    if (a.kind === 'description') {
      if (!isPublicRole(a.who)) return a.who;
      // "“…,” the Republican nominee said": someone the article gives that role, the one just named as
      // subject or the last speaker first; else, as news refers back to the person it is talking about,
      // the subject just named or the last named speaker. Not the last speaker when the quotation before
      // went to an unnamed one ("the nominee" never named).
      const subject = this.subjectBefore(at, since);
      const last = this.lastWasNamed ? this.last : null;
      const person = this.holderOf(a.who, at, [subject, last]) ?? subject ?? last;
      if (person !== null) this.last = person;
      return person ?? a.who;
    }
    const full = this.names.resolve(a.who, at, { of: this.pronounOf });
    if (full !== null) this.last = full;
    noteHonorific(this.pronounOf, a.who, full);
    return full;
  }

  /**
   * The person last named as a sentence's subject between `since` and `at`, in the quotation's
   * paragraph or the one before: "“…,” Orbán said. Meyer added that… “…,” she said." is Meyer's.
   */
  private subjectBefore(at: number, since: number, want: Sex | null = null): string | null {
    // Up to the quotation only, so that the search stops there.
    const text = this.text.slice(0, at);
    let found: string | null = null;
    let foundAt = -1;
    const from = Math.max(since, previousParagraph(text, at));
    const hint = { want, of: this.pronounOf };
    // A sentence's subject, or a speaker named after a comma ("…, his daughter Niamh Walsh said."): the last.
    for (const re of [NAMED_SUBJECT, NAMED_SPEAKER_AFTER_COMMA]) {
      re.lastIndex = from;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let who = m[1] ?? '';
        const whoAt = m.index + m[0].indexOf(who);
        if (afterOffice(text, whoAt)) who = withoutOfficeTail(who.split(' ')).join(' ');
        // Not after a sentence opener: "While Obama had…" is a clause's subject, not the sentence's.
        const person = NOT_A_NAME.test(who.split(' ')[0] ?? '') ? null : this.names.person(who, whoAt + 1, hint);
        if (person !== null && whoAt > foundAt) {
          found = person;
          foundAt = whoAt;
        }
      }
    }
    // "The billionaire insisted…": a public role, when the article gives it to someone by name.
    ROLE_SUBJECT.lastIndex = from;
    for (let m = ROLE_SUBJECT.exec(text); m; m = ROLE_SUBJECT.exec(text)) {
      const role = m[1] ?? '';
      const whoAt = m.index + m[0].indexOf(role);
      if (whoAt <= foundAt) continue;
      const person = this.holderOf(role, whoAt, [found, this.last]);
      if (person !== null) {
        found = person;
        foundAt = whoAt;
      }
    }
    return found;
  }

  // The person the article gives a public role, trying `first` before the others named before `at`.
  private holderOf(role: string, at: number, first: Array<string | null>): string | null {
    this.unquoted ??= unquoted(this.text);
    const named = this.names.mentions.filter((m) => m.start < at).map((m) => m.name);
    return roleHolder(this.unquoted, role, [...first, ...named.reverse()]);
  }

  /** The speaker of the previous quotation, for a quote paragraph that continues it without attribution. */
  get lastSpeaker(): string | null {
    return this.last;
  }
}

/** Where the paragraph before the one holding `at` starts, blank lines skipped. */
function previousParagraph(text: string, at: number): number {
  let i = text.lastIndexOf('\n', at - 1);
  while (i > 0 && /\s/.test(text[i] ?? '')) i -= 1;
  return i <= 0 ? 0 : text.lastIndexOf('\n', i) + 1;
}
