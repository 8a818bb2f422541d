import { spelledOut } from './acronym-titles.js';
import type { Attribution } from './attribution.js';
import type { NameIndex } from './names.js';
import { afterOffice, withoutOfficeTail } from './office-tail.js';
import { NAMED_SPEAKER_AFTER_COMMA, NAMED_SUBJECT, NOT_A_NAME, ROLE_SUBJECT } from './speaker-patterns.js';
import { benchHolder, isEpithet, isHolderOnly, isPublicRole, unquoted } from './public-roles.js';
import type { Sex } from './namesakes.js';
import { noteHonorific, sexesOf, stylesOf } from './sexes.js';
import { introducedAs, inRunningText } from './unnamed-voices.js';
import { senior } from './seniority.js';
import { teamManager } from './team-roles.js';
import { RoleHolders } from './role-holders.js';
import { QUESTION_SUBJECT } from './question-openers.js';
import { previousParagraph } from './line-bounds.js';
import { lastNarratedBefore } from './narrated-names.js';
import { kinSubject } from './kin-subjects.js';
import { unnamedSubject } from './unnamed-subjects.js';
import { referredBack } from './described-speakers.js';
import { bodyCalledIt } from './org-it.js';
import { pronounFits } from './institutions.js';
import { namedObjectBefore } from './object-antecedents.js';

// An office written with capitals that a "name" may be: "District Attorney", "Chief Justice of India".
const OFFICE =
  /^(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Attorney|Justice|Secretary|Minister|Officer|Director|Commissioner|Prosecutor|Sheriff|Superintendent|Inspector|Coroner|Auditor|Registrar|Ombudsman)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+)?$/u;

/**
 * Resolves names to full names, and pronouns to the person most recently named as a sentence's subject
 * since the last quotation, else to a "Ms Diaz" the two sentences before it name, else to the last named speaker.
 */
export class SpeakerResolver {
  private last: string | null = null;
  /** Whether the quotation resolved last went to `last`, a named person, and not to a description or no one. */
  private lastWasNamed = false;
  /** Whoever the quotation resolved last went to, a body or a description included. */
  private previous: string | null = null;
  private unquoted: string | undefined;
  private starts: number[] | undefined;
  /** "he" or "she", for people the article gives a sex ("his wife, X") or a pronoun has been credited to. */
  private readonly pronounOf: Map<string, Sex>;
  constructor(
    private readonly names: NameIndex,
    private readonly text: string,
  ) {
    this.pronounOf = sexesOf(text, names);
    this.styles = stylesOf(text, names);
    this.roles = new RoleHolders(names.mentions, () => (this.unquoted ??= unquoted(this.text)));
  }
  private readonly styles: Map<string, string>; // "ms"/"mrs" of people sharing a surname (stylesOf)
  private readonly roles: RoleHolders;

  /** `at` is where the quotation starts, `since` where the one before it ended. */
  resolve(a: Attribution | null, at: number, since = 0): string | null {
    const who = this.resolveOne(a, at, since);
    this.lastWasNamed = who !== null && who === this.last;
    this.previous = who;
    return who === null ? null : inRunningText(who);
  }

  private resolveOne(a: Attribution | null, at: number, since: number): string | null {
    if (a === null) return null;
    if (a.kind === 'pronoun') {
      const said = a.who.toLowerCase();
      // "“We won!” they shouted": a group, which the people named before are not.
      if (said === 'they') return null;
      if (said === 'it') return this.itSpeaker(at, since);
      const pronoun = said === 'he' || said === 'she' ? said : null;
      // Not a person a pronoun of the other kind was credited to, nor a body ("…Presbyterian Hospital").
      const mayBe = pronounFits(pronoun, (n) => this.pronounOf.get(n));
      const kin =
        pronoun &&
        kinSubject(
          this.text,
          this.names,
          at,
          since,
          pronoun,
          (p) => this.subjectBefore(p, since),
          (n) => this.pronounOf.get(n),
        );
      // The relative's kin, "his" or "her", is the one a later pronoun of that kind falls back to.
      if (kin?.owner && (this.pronounOf.get(kin.owner.name) ?? kin.owner.sex) === kin.owner.sex) {
        this.last = kin.owner.name;
        this.pronounOf.set(kin.owner.name, kin.owner.sex);
      }
      const holder = (office: string): string => this.roles.of(office, at, [this.last]) ?? office;
      const unnamed = pronoun === null ? null : (kin?.name ?? unnamedSubject(this.text, this.names, at, since, holder));
      if (unnamed !== null) return unnamed;
      const subject =
        this.subjectBefore(at, since, pronoun) ??
        namedObjectBefore(this.text, this.names, a.at ?? at, since, pronoun, this.pronounOf);
      if (subject !== null && mayBe(subject)) {
        this.last = subject;
        if (pronoun !== null && !this.pronounOf.has(subject)) this.pronounOf.set(subject, pronoun);
        return subject;
      }
      const last = this.last ?? lastNarratedBefore(this.names, this.text, a.at ?? at);
      if (last === null || mayBe(last)) return last;
      // Then the last person the narration (not a quotation) names before it who may be the one meant.
      const mention = lastNarratedBefore(this.names, this.text, a.at ?? at, mayBe);
      const other = mention === null ? null : (this.names.resolve(mention, at) ?? mention);
      if (other === null || pronoun === null) return last;
      this.last = other;
      this.pronounOf.set(other, pronoun);
      return other;
    }
    // "the younger Mr Ryan", "the older sister": of a family, the one the ages the article gives rank so.
    const ranked = senior(this.text, this.names, a.who, at);
    if (ranked !== null) {
      this.last = ranked;
      return ranked;
    }
    if (a.kind === 'description') {
      // "A senior minister told the BBC… “…,” the minister said": the unnamed voice just introduced.
      const from = previousParagraph(this.text, at, since);
      // Once per article: mapping every mention for each described speaker was quadratic.
      this.starts ??= this.names.mentions.map((m) => m.start);
      const starts = this.starts;
      const intro =
        introducedAs(this.text, a.who, from, at, starts) ??
        referredBack(this.text, this.names, a.who, at, since, this.previous);
      if (intro !== null) return intro;
      // "“…,” the German told reporters": the person just named as a sentence's subject, else the last
      // named speaker; a description of no one named stays as written.
      if (isEpithet(a.who)) {
        const person = this.subjectBefore(at, since) ?? (this.lastWasNamed ? this.last : null);
        if (person !== null) this.last = person;
        return person ?? a.who;
      }
      this.unquoted ??= unquoted(this.text);
      const manager = teamManager(this.unquoted, a.who, (name, where) => this.names.person(name, where));
      if (manager !== null) {
        this.last = manager;
        return manager;
      }
      if (!isPublicRole(a.who)) {
        // "Fire chief Owen Patterson … “…,” the chief said": the person named last with that job.
        const holder = this.roles.post(a.who, at);
        if (holder !== null) this.last = holder;
        return holder ?? a.who;
      }
      // "“…,” the Republican nominee said": someone the article gives that role, the one just named as
      // subject or the last speaker first; else, as news refers back to the person it is talking about,
      // the subject just named or the last named speaker. Not the last speaker when the quotation before
      // went to an unnamed one ("the nominee" never named).
      const subject = this.subjectBefore(at, since);
      const last = this.lastWasNamed ? this.last : null;
      const holder = benchHolder(this.unquoted, a.who, at, this.roles.of(a.who, at, [subject, last]), this.names);
      const person = holder ?? (isHolderOnly(a.who) ? null : (subject ?? last));
      if (person !== null) this.last = person;
      return person ?? a.who;
    }
    // "the CJI said" after "Chief Justice of India Sanjiv Khanna": the office's holder.
    const office = spelledOut(this.text, a.who, at);
    const holder = office === null ? null : this.roles.office(`the ${office}`, at, this.last);
    if (holder !== null) return holder;
    // "younger Mr Ryan" with no ages to rank by: "Mr Ryan", as written.
    const who = a.who.replace(/^(?:young|old|eld)(?:er|est)\s+/i, '');
    let full = this.names.resolve(who, at, { of: this.pronounOf, styles: this.styles });
    // "the District Attorney said" after "District Attorney Alvin Bragg": an office, not a name.
    if ((full === null || full === who) && OFFICE.test(who))
      full = this.roles.office(`the ${who}`, at, this.last) ?? full;
    if (full !== null) this.last = full;
    noteHonorific(this.pronounOf, who, full);
    return full;
  }

  // "it" is a body: the one its paragraph last made a subject, else the unnamed or corporate voice
  // quoted just before ("“…,” the company said. … “…,” it said"); never a person.
  private itSpeaker(at: number, since: number): string | null {
    const plain = (this.unquoted ??= unquoted(this.text));
    const body = bodyCalledIt(plain, at, (word, where) => this.names.person(word, where + 1));
    if (body === null) return this.lastWasNamed ? null : this.previous;
    return 'name' in body ? body.name : this.resolveOne({ who: body.description, kind: 'description' }, at, since);
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
    const from = previousParagraph(text, at, since);
    const hint = { want, of: this.pronounOf, styles: this.styles };
    // A sentence's subject, or a speaker named after a comma ("…, his daughter Niamh Walsh said."): the last.
    for (const re of [NAMED_SUBJECT, NAMED_SPEAKER_AFTER_COMMA, QUESTION_SUBJECT]) {
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
      const person = this.roles.of(role, whoAt, [found, this.last]);
      if (person !== null) {
        found = person;
        foundAt = whoAt;
      }
    }
    return found;
  }

  /** "“…,” Tate said. “…,” she replied": the last person named before `at`, not `not`, the pronoun may be. */
  replier(pronoun: string, at: number, not: string | null): string | null {
    const want = pronoun.toLowerCase();
    const fits = (name: string): boolean => name !== not && (this.pronounOf.get(name) ?? want) === want;
    const mention = this.names.lastBefore(at, fits);
    const who = mention === null ? null : (this.names.resolve(mention, at) ?? mention);
    if (who === null || who === not) return null;
    this.last = who;
    return who;
  }

  /** The speaker of the previous quotation, for a quote paragraph that continues it without attribution. */
  get lastSpeaker(): string | null {
    return this.last;
  }
}
