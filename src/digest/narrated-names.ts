/**
 * The people the reporter names, not the people a speaker names inside a quotation. A pronoun outside
 * quotation marks ("“…,” she said") stands for someone the narration has named: after “…When I raised
 * it with Sara Bell at the board…”, "she said" is still the speaker's, not Sara Bell's.
 */
import type { NameIndex } from './names.js';
import { countWhile } from './partition-point.js';
import { unquoted } from './public-roles.js';

interface Narrated {
  /** Indexes into `names.mentions` of the mentions outside quotation marks, in text order. */
  all: number[];
  /** The same, by the person `resolve` names at each mention. */
  byPerson: Map<string, number[]>;
}

// One view per article's index, built once: each lookup is then a search, never a pass over the text.
const views = new WeakMap<NameIndex, Narrated>();

function view(names: NameIndex, text: string): Narrated {
  let v = views.get(names);
  if (v !== undefined) return v;
  const plain = unquoted(text);
  v = { all: [], byPerson: new Map() };
  for (const [i, m] of names.mentions.entries()) {
    if (plain[m.start] !== text[m.start]) continue;
    v.all.push(i);
    const person = names.resolve(m.name, m.start + 1) ?? m.name;
    const list = v.byPerson.get(person);
    if (list) list.push(i);
    else v.byPerson.set(person, [i]);
  }
  views.set(names, v);
  return v;
}

/** As `names.lastBefore`, of the names mentioned outside quotation marks only. */
export function lastNarratedBefore(
  names: NameIndex,
  text: string,
  offset: number,
  fits?: (name: string) => boolean,
): string | null {
  const v = view(names, text);
  const lastIn = (indexes: number[]): number =>
    indexes[countWhile(indexes.length, (j) => (names.mentions[indexes[j] as number]?.start ?? 0) < offset) - 1] ?? -1;
  if (fits === undefined) return names.mentions[lastIn(v.all)]?.name ?? null;
  let found = -1;
  for (const [person, indexes] of v.byPerson) if (fits(person)) found = Math.max(found, lastIn(indexes));
  return names.mentions[found]?.name ?? null;
}
