/** People's names in an article: runs of capitalised words, cleaned of titles, for surname → full name. */
import { NOT_A_NAME } from './speaker-patterns.js';
import { ATTACHED_PARTICLE, LATER_NAME_TOKEN, NAME_TOKEN, nameGap } from './name-tokens.js';
import { afterOffice, withoutOfficeTail } from './office-tail.js';
import { titleCaseLines } from './headline-lines.js';
import { cleanName, PARTICLES } from './clean-name.js';
import { honorificOf, honorificSex, pickNamesake, type SexHint } from './namesakes.js';
import { kinNames } from './kin-names.js';
import { invertedCue, opensQuestion } from './question-openers.js';
import { countWhile } from './partition-point.js';
import { isStreet } from './place-runs.js';
import { OPENERS } from './sentence-openers.js';
import { insideQuotation, NameForms, quotationRanges } from './quoted-runs.js';
import { surnameKey, within } from './name-keys.js';
import { blankNicknames } from './nicknames.js';

const OPENS_SENTENCE = new RegExp(String.raw`^${OPENERS}\b`);
const TOKEN = /^(?:\p{Lu}[\p{L}’'-]*\.?|(?:\p{Lu}\.){1,3})$/u;
// A name token with a particle written on to it: "al-Assad", "d’Estaing".
const ATTACHED = new RegExp(`^${ATTACHED_PARTICLE}`, 'u');
// A run of name tokens on one line, with up to two particles between two: "Charles de Gaulle", "Ursula von der Leyen".
const NAME_RUN = `${NAME_TOKEN}(?:${nameGap('[ \\t]+')}${LATER_NAME_TOKEN})*`;

// Peers are named by title and one name, with no first name: "Lord Carlile", "Baroness Grey-Thompson".
// The title stays, as a bare surname is not how Westminster reporting names them.
const PEERAGES = '(?:Lord|Baroness|Lady|Viscount|Viscountess)';
const PEER = new RegExp(`${PEERAGES} \\p{Lu}[\\p{L}’'-]+$`, 'u');
const PEER_NAME = new RegExp(`^${PEERAGES} \\S+$`, 'u');

/** A word of a name as the article writes it: capitalised, an initial, or a particle. */
function isNameWord(t: string): boolean {
  return TOKEN.test(t.replace(ATTACHED, '')) || PARTICLES.has(t);
}

/** The article's person names: for every surname, the fullest name used anywhere in the text. */
export class NameIndex {
  /** For every surname, the people it names, each by the fullest name the article gives them, in order of first use. */
  private readonly people = new Map<string, string[]>();
  /** Names (two or more tokens) with their positions, in text order. */
  readonly mentions: Array<{ name: string; start: number; end: number }> = [];
  /** Relatives the article names by first name only ("his son Conor"): "Mrs. Patel" is never the daughter. */
  private readonly byFirstNameOnly = new Set<string>();

  /** Nicknames the article gives in quotation marks inside a name: "Gazza" → "Paul Gascoigne". */
  private readonly nicknames = new Map<string, string>();

  constructor(private readonly text: string) {
    const run = new RegExp(NAME_RUN, 'gu');
    const blanked = blankNicknames(text);
    const quotes = quotationRanges(text);
    const forms = new NameForms();
    const headline = titleCaseLines(text);
    for (let m = run.exec(blanked.text); m; m = run.exec(blanked.text)) {
      const raw = m[0].replace(/[.,]$/, '');
      // “Hard Choices”, “Stronger Together”: a title that fills its marks, no person.
      if (
        /[“"]/.test(text[m.index - 1] ?? '') &&
        /^[.,]?[”"]/.test(text.slice(m.index + raw.length, m.index + raw.length + 2))
      )
        continue;
      // "Lord Carlile", "The Paralympian Baroness Grey-Thompson": a peer known by title and one name.
      // Not an office: "the Lord Chancellor", "the Lord Mayor".
      const peer = PEER.exec(raw)?.[0]?.split(' ');
      const isPeer = peer !== undefined && cleanName(peer[1] ?? '').length > 0;
      let toks = isPeer ? peer : cleanName(raw).filter(isNameWord);
      // "Later al-Masri", "Then Lee": a word that opens a sentence is no first name.
      if (NOT_A_NAME.test(toks[0] ?? '')) toks = toks.slice(1);
      // "Does Margaret ever think…?": the auxiliary that opens a question is no first name.
      else if (toks[0] === raw.split(/\s+/)[0] && opensQuestion(text, m.index, toks[0] ?? '')) toks = toks.slice(1);
      // "Said Ellis: “…”": a cue put first at a sentence start is no first name ("Said Jalili said" keeps it).
      else if (toks[0] === raw.split(/\s+/)[0] && invertedCue(text, m.index, raw)) toks = toks.slice(1);
      // "Secretary of State Jon Doe": the run starts with the office's tail, unless a title already cut it.
      if (toks[0] === raw.split(/\s+/)[0] && afterOffice(text, m.index)) toks = withoutOfficeTail(toks);
      if (toks.length < 2 || isStreet(text, m.index, raw)) continue;
      // In a headline, a run longer than a first name and a surname may join two names with a verb.
      if (toks.length > 2 && headline(m.index)) continue;
      const name = toks.join(' ');
      this.mentions.push({ name, start: m.index, end: m.index + raw.length });
      const key = surnameKey(name);
      const known = this.people.get(key) ?? [];
      // "Ursula Gertrud von der Leyen" after "Ursula von der Leyen" is the same person, named more fully.
      const same = known.findIndex((k) => within(name, k) || within(k, name));
      // "Baroness Chakrabarti" is the "Shami Chakrabarti" the article names in full, before or after.
      const peerOf = known.findIndex((k) => PEER_NAME.test(k) !== PEER_NAME.test(name));
      if (peerOf >= 0) {
        if (PEER_NAME.test(known[peerOf] ?? '')) known[peerOf] = name;
      } else if (same < 0) {
        known.push(name);
        forms.add(name, insideQuotation(quotes, m.index));
      } else if (forms.replaces(name, known[same] ?? '', insideQuotation(quotes, m.index))) known[same] = name;
      this.people.set(key, known);
    }
    // "his son Conor", "Rachel and Sophie Barnes": a relative called by first name shares the surname
    // of a person named in full, whom "Conor said" would otherwise never reach.
    for (const kin of kinNames(text)) {
      const known = this.people.get(surnameKey(kin.name));
      if (known === undefined || known.some((k) => within(kin.name, k))) continue;
      known.push(kin.name);
      this.byFirstNameOnly.add(kin.name);
      this.mentions.push(kin);
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const { nickname, at } of blanked.nicknames) {
      const named = this.mentions.find((m) => m.start < at && at < m.end);
      if (named) this.nicknames.set(nickname, named.name);
    }
  }

  /**
   * "Zelenskyy" or "Mr Zelenskyy" → "Volodymyr Zelenskyy" when the article names him in full anywhere.
   * Where two people share a surname ("Mark Keller", "Dale Keller"), a full name stays that person's, and a
   * surname alone is the one `pickNamesake` finds at `at`, of the sex `hint` or an honorific asks for.
   */
  resolve(raw: string, at = Number.POSITIVE_INFINITY, hint: SexHint = {}): string | null {
    const toks = cleanName(raw);
    if (toks.length === 0) return this.surnameLikeTitle(raw);
    const name = toks.join(' ');
    const nicknamed = this.nicknames.get(name);
    if (nicknamed !== undefined) return nicknamed;
    // "Amir Hamzah said" after "Amir Hamzah Azizan": a given name of two words, the surname left off.
    const given = toks.length > 1 ? this.byFirstName(name) : null;
    if (given) return given;
    const known = this.people.get(surnameKey(name)) ?? [];
    // Case aside, so "Von der Leyen" at a sentence start is "Ursula von der Leyen" too.
    const last = (toks[toks.length - 1] ?? '').toLowerCase();
    const fits = known.filter(
      (k) =>
        k.split(' ').length >= toks.length &&
        k.toLowerCase().endsWith(last) &&
        (toks.length > 1 || !this.byFirstNameOnly.has(k)),
    );
    if (fits.length === 0) return toks.length === 1 ? (this.byFirstName(name) ?? name) : name;
    const titled = honorificSex(raw);
    if (fits.length === 1 && toks.length === 1) {
      // "Mrs. Patel" where only Raj Patel, a man, is named in full: his wife, unnamed; keep the title.
      const sex = fits[0] === undefined ? undefined : hint.of?.get(fits[0]);
      if (titled && sex && titled !== sex) return raw.trim().replace(/[,;:]+$/, '');
      return fits[0] ?? name;
    }
    // A name of two words or more is the person it names, when the article names that person.
    const own = fits.filter((k) => within(name, k));
    if (toks.length > 1) return own.length > 0 ? (own[0] ?? name) : fits.length === 1 ? (fits[0] ?? name) : name;
    // A surname shared by several people: "Mr. Cruz" is a man, "Cruz said" the one just named or the main one.
    const want = titled ?? hint.want ?? null;
    const honorific = honorificOf(raw);
    return pickNamesake(fits, at, this, { ...hint, want, titled: titled !== null, honorific }, within) ?? name;
  }

  // "Conor said", "Sir Keir told MPs", "Amir Hamzah said": first name(s) of one person named in full
  // (not a name run on into the next sentence: "Harley Levanic Some of the guards…", a caption's end).
  private byFirstName(words: string): string | null {
    const all = [...this.people.values()].flat();
    const owners = all.filter((k) => k.startsWith(`${words} `) && !OPENS_SENTENCE.test(k.slice(words.length + 1)));
    return owners.length === 1 ? (owners[0] ?? null) : null;
  }

  /** The last mention before `at` that names one of `people` (see `within`), or null. */
  lastNaming(people: readonly string[], at: number): { name: string; start: number } | null {
    let best = -1;
    for (const person of people) {
      const hits = this.mentionsOf(person);
      // The last of them that starts before `at`: mentions are in text order.
      const lo = countWhile(hits.length, (i) => (this.mentions[hits[i] as number]?.start ?? 0) < at);
      if (lo > 0) best = Math.max(best, hits[lo - 1] as number);
    }
    return this.mentions[best] ?? null;
  }

  // The indexes of the mentions that name a person, found once per person asked about.
  private readonly naming = new Map<string, number[]>();
  private mentionsOf(person: string): number[] {
    let found = this.naming.get(person);
    if (found === undefined) {
      found = [];
      for (const [i, m] of this.mentions.entries()) if (within(m.name, person)) found.push(i);
      this.naming.set(person, found);
    }
    return found;
  }

  // Where each line ends, for finding a paragraph's start without reading back over a long one.
  private lineEnds: number[] | null = null;
  /** Where the paragraph (line) holding `at` starts: after the last line break before `at`. */
  paragraphStart(at: number): number {
    if (this.lineEnds === null) {
      this.lineEnds = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineEnds.push(i);
    }
    const ends = this.lineEnds;
    const lo = countWhile(ends.length, (i) => (ends[i] as number) <= at - 1);
    return lo > 0 ? (ends[lo - 1] as number) + 1 : 0;
  }

  /** The people the article names in full with this surname, in order of first use. */
  namesakes(surname: string): readonly string[] {
    return this.people.get(surnameKey(surname)) ?? [];
  }

  /**
   * "“…,” King said" where the article names Rep. Steve King: a title word alone ("King", "Judge") is that
   * person's surname, not an office, when the article names exactly one person by it in full.
   */
  private surnameLikeTitle(raw: string): string | null {
    const word = raw.trim().replace(/[.,;:]+$/, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
    const known = this.people.get(surnameKey(word)) ?? [];
    return known.length === 1 ? (known[0] ?? null) : null;
  }

  /** The full name of a person the article names in two words or more, or null: "Meyer" → "Ursula Gertrud Meyer". */
  person(raw: string, at?: number, hint?: SexHint): string | null {
    const name = this.resolve(raw, at, hint);
    return name !== null && name.split(' ').length >= 2 && (this.people.get(surnameKey(name)) ?? []).includes(name)
      ? name
      : null;
  }

  /** The last two-word name mentioned before `offset` (that `fits`, if given), for pronouns with no earlier speaker. */
  lastBefore(offset: number, fits?: (name: string) => boolean): string | null {
    const before = (i: number): boolean => (this.mentions[i]?.start ?? 0) < offset;
    if (fits === undefined) return this.mentions[countWhile(this.mentions.length, before) - 1]?.name ?? null;
    // Each person once, by where they were last named before `offset`: resolving every mention
    // before every pronoun was quadratic ("“Yes,” he said. “No,” she said." after one man).
    let found = -1;
    for (const [person, indexes] of this.byPerson()) {
      if (!fits(person)) continue;
      const last = countWhile(indexes.length, (j) => before(indexes[j] as number)) - 1;
      if (last >= 0) found = Math.max(found, indexes[last] as number);
    }
    return this.mentions[found]?.name ?? null;
  }

  // The mentions of each person, as `resolve` names them at the mention: indexes, in text order.
  private mentionsByPerson: Map<string, number[]> | null = null;
  private byPerson(): Map<string, number[]> {
    if (this.mentionsByPerson === null) {
      this.mentionsByPerson = new Map();
      for (const [i, m] of this.mentions.entries()) {
        const person = this.resolve(m.name, m.start + 1) ?? m.name;
        const list = this.mentionsByPerson.get(person);
        if (list) list.push(i);
        else this.mentionsByPerson.set(person, [i]);
      }
    }
    return this.mentionsByPerson;
  }
}
