/**
 * "Members of the RMT will walk out… “…,” the union said.": news names a union or a regulator by its
 * bare name (Unite, Ofwat) and then calls it by its kind. A reader who knows the RMT is a union reads
 * "the union" as the RMT, when it is the only union the article has named so far.
 */
import { anyOf, literal } from './regex-parts.js';

type Kind = 'union' | 'regulator';

// Bodies a British reader knows by kind without being told. Each line is one body: its name first, then
// the short forms the same article may use for it ("Office of Rail and Road", "ORR").
const KNOWN: Record<Kind, readonly string[][]> = {
  union: [
    ['RMT'],
    ['Unite'],
    ['GMB'],
    ['Unison'],
    ['Aslef'],
    ['TSSA'],
    ['Usdaw'],
    ['NASUWT'],
    ['NEU'],
    ['PCS'],
    ['CWU'],
    ['UCU'],
    ['NUJ'],
    ['EIS'],
    ['Nipsa'],
    ['Siptu', 'SIPTU'],
  ],
  regulator: [
    ['Ofwat'],
    ['Ofgem'],
    ['Ofcom'],
    ['Ofsted'],
    ['Ofqual'],
    ['Financial Conduct Authority', 'FCA'],
    ['Competition and Markets Authority', 'CMA'],
    ['Office of Rail and Road', 'ORR'],
    ['Information Commissioner’s Office', "Information Commissioner's Office", 'ICO'],
  ],
};

// What news calls each kind when it refers back: "the union", "the rail regulator", "the watchdog".
const BACK_REFERENCE = /^the\s+(?:[\p{Ll}-]+\s+){0,2}?(union|regulator|watchdog)$/iu;
const KIND_OF: Record<string, Kind> = { union: 'union', regulator: 'regulator', watchdog: 'regulator' };

// Every known body's name and short forms, whole words, in one pattern read once per article.
const NAME_OF = new Map<string, string>();
const ALL: string[] = [];
for (const kind of Object.keys(KNOWN) as Kind[]) {
  for (const [name, ...short] of KNOWN[kind]) {
    for (const form of [name as string, ...short]) {
      NAME_OF.set(form, `${kind}:${name}`);
      ALL.push(literal(form));
    }
  }
}
ALL.sort((a, b) => b.length - a.length);
// A union the list does not know names its kind itself: "Fire Brigades Union", "European Union".
const NAMED_UNION = String.raw`(?:\p{Lu}[\p{L}’'\-]*\s+){1,4}Union`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\-])(?:${anyOf(ALL)}|${NAMED_UNION})(?![\p{L}\-])`, 'gu');

/** Per kind, where each distinct known body is first named, in text order (at most two kept). */
type FirstNamed = Record<Kind, { name: string; at: number }[]>;

// One article at a time is read: the speakers of one text are resolved together.
let cachedText: string | null = null;
let cached: FirstNamed = { union: [], regulator: [] };

function firstNamed(text: string): FirstNamed {
  if (text === cachedText) return cached;
  const found: FirstNamed = { union: [], regulator: [] };
  for (const m of text.matchAll(MENTION)) {
    const [kind, name] = (NAME_OF.get(m[0]) ?? `union:${m[0].replace(/^The\s+/u, '')}`).split(':') as [Kind, string];
    const list = found[kind];
    // Two are enough to know the kind is no longer one body.
    if (list.length < 2 && !list.some((b) => b.name === name)) list.push({ name, at: m.index });
  }
  cachedText = text;
  cached = found;
  return found;
}

/** The one known body of the kind "the union" at `at` names, if the article named exactly one before it. */
export function onlyBodyOfKind(text: string, description: string, at: number): string | null {
  const word = BACK_REFERENCE.exec(description.trim())?.[1]?.toLowerCase();
  const kind = word === undefined ? undefined : KIND_OF[word];
  if (kind === undefined) return null;
  const [first, second] = firstNamed(text)[kind];
  if (first === undefined || first.at >= at) return null;
  return second === undefined || second.at >= at ? first.name : null;
}
