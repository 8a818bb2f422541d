/**
 * "Fire chief Owen Patterson followed her. “…,” the chief said": having named someone with their job, as
 * a title before the name or set off after it ("Mark Oduya, a local pharmacist"), news refers back to
 * them by that job alone. Such a description is that person, not an unnamed one.
 */
import { countWhile } from './partition-point.js';
import { literal } from './regex-parts.js';

// "the", up to two lower-case modifiers and a lower-case head: "the chief", "the county executive";
// or an office as capitalised ("the District Attorney", "the Chief Justice of India").
const POST = /^the\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+(?:\s+(?:of\s+)?\p{Lu}\p{Ll}+){1,3})$/u;
const CAP = String.raw`\p{Lu}[\p{L}.’'\-]*`;

type Mention = { name: string; start: number; end: number };

// Ranks and titles written short before a name and in full when news refers back: "Gen. Mark Milley …
// the general said", "Prof Ann Brock … the professor said".
const SHORT_FORMS = new Map<string, string>([
  ['general', 'Gen'],
  ['colonel', 'Col'],
  ['lieutenant', 'Lt'],
  ['major', 'Maj'],
  ['captain', 'Capt'],
  ['sergeant', 'Sgt'],
  ['corporal', 'Cpl'],
  ['admiral', 'Adm'],
  ['professor', 'Prof'],
  ['doctor', 'Dr'],
  ['detective', 'Det'],
  ['inspector', 'Insp'],
  ['superintendent', 'Supt'],
]);

/** Where each person is named with `description`'s job, in text order; found once per description. */
export function postNamings(text: string, description: string, mentions: readonly Mention[]): Mention[] {
  const words = POST.exec(description.trim())?.[1]?.split(/\s+/);
  if (words === undefined) return [];
  // Each word as written in running text or at a sentence's start: "County executive".
  const written = words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${literal(w.slice(1))}`).join(String.raw`\s+`);
  const short = words.length === 1 ? SHORT_FORMS.get(words[0] ?? '') : undefined;
  const job = short === undefined ? written : String.raw`(?:${written}|${short}\.?)`;
  // "Fire chief Owen Patterson", "the county engineer, Priya Natarajan": the job, then a run of capitals.
  const title = String.raw`(?<![\p{L}\-])${job}(?:,\s+|\s+)((?:${CAP}\s+)*${CAP})`;
  // "Mark Oduya, a local pharmacist": a run of capitals, then ", a" and up to three words and the job.
  // Not the job's owner: "Ann Lee, the council’s chief executive" is not "the council".
  const apposed = String.raw`((?:${CAP}\s+)*${CAP}),\s+(?:an?|the)\s+(?:[\p{L}’'\-]+\s+){0,3}?${job}(?![\p{L}\-’'])`;
  const found: Mention[] = [];
  for (const m of text.matchAll(new RegExp(`${title}|${apposed}`, 'gu'))) {
    const run = m[1] ?? m[2] ?? '';
    const from = m.index + m[0].indexOf(run);
    const mention = mentionWithin(mentions, from, from + run.length);
    if (mention !== null) found.push(mention);
  }
  return found;
}

/** The last mention overlapping [from, to): "Detective Superintendent James Kerr" is one mention, title and all. */
function mentionWithin(mentions: readonly Mention[], from: number, to: number): Mention | null {
  const m = mentions[countWhile(mentions.length, (i) => (mentions[i]?.start ?? 0) < to) - 1];
  return m !== undefined && m.end > from ? m : null;
}

/** Of `namings` (text order), the person named last before `at`, or null. */
export function lastNamedBefore(namings: readonly Mention[], at: number): string | null {
  let found: string | null = null;
  for (const n of namings) {
    if (n.start >= at) break;
    found = n.name;
  }
  return found;
}

/** Who holds each job the article names with a person, the namings found once per description. */
export class NamedPosts {
  private readonly found = new Map<string, Mention[]>();
  constructor(private readonly mentions: readonly Mention[]) {}

  /** The person named last before `at` with `description`'s job in `text` ("the chief"), or null. */
  holder(text: string, description: string, at: number): string | null {
    let namings = this.found.get(description);
    if (namings === undefined) this.found.set(description, (namings = postNamings(text, description, this.mentions)));
    return lastNamedBefore(namings, at);
  }
}
