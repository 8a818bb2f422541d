/**
 * "The British Antarctic Survey said in a statement that… ‘…,’ the statement said.": a statement or a
 * letter quoted as the speaker is its author's words, and a reader names the author.
 */
import type { NameIndex } from './names.js';
import { unquoted } from './public-roles.js';

// "the statement", "the joint statement", "its letter", "the council's statement".
const DOCUMENT = /^(?:the|its|their|his|her|\p{Lu}[\p{L}’'-]*[’']s)\s+(?:\p{Ll}+\s+)?(statement|letter)$/u;
const WORD = String.raw`\p{Lu}[\p{L}&’'.\-]*`;
// A name with its joining words: "British Antarctic Survey", "Ministry of Defence", "Ann Lee".
const AUTHOR = String.raw`(?:[Tt]he\s+)?(${WORD}(?:\s+(?:(?:of|and|for|&|the)\s+)*${WORD})*)`;
const PAPER = (kind: string): string => String.raw`(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${kind}`;
const ISSUED = (kind: string): RegExp[] => [
  // "X said in a statement", "X wrote in a letter to staff".
  new RegExp(String.raw`${AUTHOR}\s+(?:said|says|added|wrote|writes|told\s+\S+)\s+in\s+${PAPER(kind)}`, 'gu'),
  // "X issued a statement", "X sent a letter".
  new RegExp(String.raw`${AUTHOR}\s+(?:issued|released|published|put\s+out|sent|wrote)\s+${PAPER(kind)}`, 'gu'),
  // "In a statement, X said".
  new RegExp(String.raw`[Ii]n\s+${PAPER(kind)}(?:\s+on\s+\p{Lu}\p{Ll}+)?,\s+${AUTHOR}\s+\p{Ll}`, 'gu'),
  // "a statement from X", "a letter signed by X".
  new RegExp(String.raw`${kind}\s+(?:from|by|issued\s+by|signed\s+by)\s+${AUTHOR}`, 'gu'),
];
// How far back the statement is looked for: its paragraph and the one before, about.
const WINDOW = 600;

/** The author of "the statement" or "the letter" quoted at `at`, as the text names them, or null. */
export function statementAuthor(text: string, names: NameIndex, description: string, at: number): string | null {
  const kind = DOCUMENT.exec(description.trim())?.[1];
  if (kind === undefined) return null;
  const from = Math.max(0, at - WINDOW);
  const plain = unquoted(text.slice(from, at));
  let found: { who: string; at: number } | null = null;
  for (const re of ISSUED(kind))
    for (const m of plain.matchAll(re)) {
      const who = m[1] ?? '';
      if (who === '' || /^(?:It|He|She|They|We|In|On|A|An)$/.test(who)) continue;
      if (found === null || (m.index ?? 0) > found.at) found = { who, at: m.index ?? 0 };
    }
  if (found === null) return null;
  // As a name after "said" is read: "Lee" → "Ann Lee", "Headteacher Clare Mott" → "Clare Mott".
  return names.person(found.who, from + found.at + 1) ?? found.who;
}
