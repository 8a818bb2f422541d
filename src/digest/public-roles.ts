/**
 * Descriptions news uses instead of a public person's name once it has named them: "the Republican
 * nominee", "the former secretary of state", "the Texas senator", "the president-elect". Such a speaker is
 * the person the article is talking about, not a separate, unnamed one.
 */
import { anyOf, literal } from './regex-parts.js';
import { DEMONYM } from './demonyms.js';

// A bench a court case names its holder for: "District Judge Sarah Kemp … the judge said". Unlike a
// politician's office, a story about a trial often quotes "the judge" it never names, and the person
// named last is then the defendant or a lawyer, never the judge: the holder or no one.
const BENCH = ['judge', 'magistrate', 'coroner', 'recorder'];

// Offices and standings a named politician is referred back to by; not "aide", "official" or "spokesman",
// which more often stand for someone the article never names.
const ROLES = [
  'nominee',
  'candidate',
  'front-?runner',
  'contender',
  'incumbent',
  'challenger',
  'senator(?:-elect)?',
  'congress(?:wo)?man',
  'lawmaker',
  'governor(?:-elect)?',
  'mayor',
  '(?:vice )?president(?:-elect)?',
  'first lady',
  'secretary of state',
  'attorney general',
  'speaker',
  'majority leader',
  'minority leader',
  // Westminster, Irish and Australian offices, capitalised as papers there write them: "the Prime Minister
  // said", "the Premier told the ABC", "the Minister said".
  '[Pp]rime [Mm]inister',
  '[Pp]remier',
  '[Tt]reasurer',
  '[Mm]inister',
  '[Cc]hancellor',
  '[Tt]aoiseach',
  '[Tt]ánaiste',
  '(?:[Hh]ome|[Ff]oreign|[Hh]ealth|[Dd]efen[cs]e|[Ee]ducation|[Jj]ustice|[Tt]ransport) [Ss]ecretary',
  'billionaire',
  'business(?:wo)?man',
  'real estate mogul',
  'mogul',
  ...BENCH,
];

/** One of the roles, as regular-expression source (match it case-insensitively). */
export const ROLE = anyOf(ROLES);
// Titles written short before a name: "Sen. Ann Cole" is "the senator".
const SHORT: Record<string, string> = {
  senator: String.raw`Sen\.`,
  governor: String.raw`Gov\.`,
  congressman: String.raw`Rep\.`,
  congresswoman: String.raw`Rep\.`,
  'attorney general': String.raw`Atty\.\s+Gen\.`,
  // A judge of a high court in India, Britain or Australia is named "Justice Anjali Verma" (or "Mr Justice
  // Hale", "Chief Justice …") and is "the judge" after.
  judge: 'Justice',
};
// "the", up to four modifiers ("former Ohio state", "presumptive Republican"), and a role at the end.
const PUBLIC_ROLE = new RegExp(String.raw`^the\s+(?:[\p{L}.’'\-]+\s+){0,4}?(${ROLE})$`, 'iu');

const BENCH_ROLE = new RegExp(String.raw`^the\s+(?:[\p{L}.’'\-]+\s+){0,4}?(?:${anyOf(BENCH)})$`, 'iu');

/** True for "the judge", "the district judge": a role only the person named with it can hold. */
export function isHolderOnly(description: string): boolean {
  return BENCH_ROLE.test(description.trim());
}

// A British judge named by title and surname alone: "Mr Justice Hale", "Mrs Justice Cobb", "Lady Justice
// Carr", "Judge Ames" (no first name, so no person in the name index).
const TITLED_JUDGE =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Lord|Lady)\.?\s+Justice|(?:District\s+|Circuit\s+|Crown\s+Court\s+)?Judge)\s+\p{Lu}[\p{L}’'-]+\b(?!\s+\p{Lu})/gu;

/**
 * Who "the judge" is: `holder`, the judge the article names in full, unless a judge named by title and
 * surname alone ("Mr Justice Hale") comes after the holder's last naming in `names` and before `at`.
 */
export function benchHolder(
  text: string,
  description: string,
  at: number,
  holder: string | null,
  names: { lastNaming(people: readonly string[], at: number): { start: number } | null },
): string | null {
  if (!/\bjudge$/i.test(description.trim())) return holder;
  let titled: RegExpMatchArray | null = null;
  for (const m of text.matchAll(TITLED_JUDGE)) if (m.index < at) titled = m;
  if (titled === null) return holder;
  return holder === null || (titled.index ?? 0) > (names.lastNaming([holder], at)?.start ?? -1) ? titled[0] : holder;
}

/** True for a definite description of a public person: "the Democratic nominee", "the former first lady". */
export function isPublicRole(description: string): boolean {
  return PUBLIC_ROLE.test(description.trim());
}

// What sport and feature writing call a person it has just named, instead of repeating the name: an age,
// a nationality, a position on the field, a place among siblings. No office: no one else holds it.
const EPITHET_HEADS = [
  String.raw`\d{1,3}-year-old`,
  'youngster',
  'teenager',
  'veteran',
  String.raw`\p{Lu}\p{Ll}+(?:man|woman)`,
  DEMONYM,
  'striker|midfielder|defender|goalkeeper|keeper|winger|forward|flanker|fly-half|scrum-half|hooker|lock|full-back',
  'batter|batsman|bowler|opener|all-rounder|spinner|quarterback|pitcher|skipper',
  String.raw`(?:younger|elder|older|eldest|youngest)\s+(?:sister|brother|son|daughter|sibling)`,
  // What a feature calls the ordinary person it is about: "the mother-of-two", "the grandmother".
  String.raw`(?:mother|father|mum|dad|grandmother|grandfather)-of-\p{Ll}+`,
  'grandmother|grandfather|grandad|pensioner|widow|widower',
  // A title a sportsperson holds: "the 2014 Amateur champion", "the Olympic champion".
  'champion',
  // What a former player named just before does now: "His old teammate Alan Shearer… the BBC pundit said".
  'pundit|commentator|presenter|broadcaster',
];
// An age in figures before any head: "the 75-year-old author", "the 19-year-old Scot".
const AGED = /^the\s+(?:[\p{L}’'-]+\s+)?\d{1,3}-year-old(?:\s+[\p{L}’'-]+){0,3}$/u;
// "the former nurse", "the former soldier": the job someone just named once had; not a former office
// ("the former president"), which the resolver gives to its holder.
const FORMER_JOB = /^the\s+former\s+\p{Ll}[\p{Ll}-]+$/u;
// "the", up to four modifiers ("Munster", "Match of the Day"), and the head: "the Munster flanker", "the 74-year-old".
const EPITHET = new RegExp(String.raw`^the\s+(?:[\p{L}\d’'\-]+\s+){0,4}?(?:${EPITHET_HEADS.join('|')})$`, 'u');

/**
 * True for a definite description that stands for someone the article has just named, as sport and
 * feature writing use them: "the German told reporters", "said the fly-half", "the 74-year-old said".
 */
export function isEpithet(description: string): boolean {
  const d = description.trim();
  return EPITHET.test(d) || AGED.test(d) || (FORMER_JOB.test(d) && !isPublicRole(d));
}

/**
 * The first of `people` whom the article calls by the description's role in so many words: "Republican
 * nominee Donald Trump", "Hillary Clinton, the former secretary of state", "Sen. Ted Cruz of Texas" for
 * "the Texas senator". A place or party in the description must be near the naming too, so that
 * "Sen. Elizabeth Warren of Massachusetts" is not "the former Ohio state senator". `text` should have
 * its quotations blanked out: what someone says is no naming.
 */
export function roleHolder(text: string, description: string, people: readonly (string | null)[]): string | null {
  const role = PUBLIC_ROLE.exec(description.trim())?.[1];
  if (!role) return null;
  const written = role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1).replace(/-/g, '-?')}`)
    .join(String.raw`\s+`);
  const short = SHORT[role.toLowerCase()];
  const head = short ? `(?:${written}|${short})` : written;
  // "the former Ohio state senator": Ohio; "the presumptive Republican nominee": Republican.
  const proper = description.match(/(?<=\s)\p{Lu}[\p{L}’'-]+(?=\s)/gu) ?? [];
  for (const person of people) {
    if (person === null) continue;
    const words = person.split(' ');
    const surname = literal(words.pop() ?? '');
    // Its first names, or none: "Governor Ellen Park" is not her brother Ben Park's naming.
    const given =
      words.length > 0
        ? String.raw`(?:\s+${words.map(literal).join(String.raw`\s+`)}(?:\s+\p{Lu}[\p{L}.’'\-]*)?)?`
        : '';
    const alone = String.raw`(?<!\p{Lu}[\p{L}.’'\-]*\s+)`;
    const own = words.length > 0 ? String.raw`(?:(?<=\b${words.map(literal).join(String.raw`\s+`)}\s+)|${alone})` : '';
    // The role, then the person's first names and a middle name (or none, or initials), then the surname.
    // Or the role set off by commas, with where it sits: "The senior coroner for Avon, Maria Voisin,".
    const before = String.raw`\b${head}(?:(?:${SEAT})?,)?(?:${given}|(?:\s+\p{Lu}\.){1,2})?\s+${surname}\b`;
    // The surname, then ", the former secretary of state" (or ", who is the …"), up to five words in between.
    const after = String.raw`\b${own}${surname}(?:,?\s+[JS]r\.?)?,\s+(?:who\s+(?:is|was)\s+)?(?:[Tt]he|an?)\s+(?:[\p{L}.’'\-]+\s+){0,5}?${head}\b`;
    for (const m of text.matchAll(new RegExp(`${before}|${after}`, 'gu'))) {
      if (otherPost(text.slice(Math.max(0, m.index - 12), m.index) + m[0], description)) continue;
      const near = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      if (proper.every((w) => near.includes(w))) return person;
    }
  }
  return null;
}

// Words that make a role another post: "shadow chancellor", "Deputy Prime Minister", "Vice President".
const QUALIFIERS = /\b(shadow|deputy|vice|former|ex)\b/giu;

/** True when `naming` gives the role with a qualifier the description lacks: "the Chancellor" is no shadow chancellor. */
function otherPost(naming: string, description: string): boolean {
  const own = description.toLowerCase();
  return [...naming.matchAll(QUALIFIERS)].some((q) => !new RegExp(String.raw`\b${q[1]?.toLowerCase()}\b`).test(own));
}

// Where an office sits, between the role and a name set off by a comma: " for Avon", " of the Isle of Wight".
const SEAT = String.raw`\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}’'\-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'\-]*){0,3}`;

/** The text with every quotation's words blanked out, offsets kept. */
export function unquoted(text: string): string {
  return text.replace(/“[^“”]*”|"[^"\n]*"/g, (q) => ' '.repeat(q.length));
}
