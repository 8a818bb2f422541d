/**
 * Unnamed speakers a report names apart from the quotation: by the name they gave ("a nurse identified
 * only as Emma"), or in the paragraph after it ("The team leader … said… “…,” he said.\n\nThe team
 * leader, Ann Roe, added…").
 */
import { givenName } from './given-names.js';
import { countWhile } from './partition-point.js';

// A paragraph whose first sentence has a definite role as its subject, up to a comma or a speech verb:
// "The team leader, whose volunteers…, said" · "The head of the rescue team said".
const ROLE_OPENS = /^The((?:\s+\p{Ll}[\p{Ll}’'-]*){1,6}?)(?:,|\s+(?:said|says|told|added|warned|explained)\b)/u;
// The next paragraph opening with a role and a name in apposition: "The team leader, Ann Roe, added".
const ROLE_NAMED = /^The((?:\s+\p{Ll}[\p{Ll}’'-]*){1,4}),\s+(?=\p{Lu})/u;
// Words for the one in charge, which news uses for each other when it names the person later
// ("The head of the mountain rescue team said…" then "The rescue chief, Beat Perren,").
const IN_CHARGE = new Set(['head', 'chief', 'leader', 'boss']);

type Mention = { name: string; start: number };

/**
 * The name given so between `from` and `at` (see givenName), or else the person the next paragraph
 * names with the role that is the subject of the quotation's paragraph (`from` is where it starts).
 */
export function givenOrNamedNext(text: string, from: number, at: number, mentions: readonly Mention[]): string | null {
  return givenName(text.slice(0, at), from, mentions) ?? namedNext(text, from, at, mentions);
}

function namedNext(text: string, from: number, at: number, mentions: readonly Mention[]): string | null {
  const role = ROLE_OPENS.exec(text.slice(from, Math.min(at, from + 200)));
  if (role === null) return null;
  // A person named in the paragraph before the quotation is who the pronoun means, not the role.
  // (Mentions are sorted by start: a binary search, not a scan per quotation.)
  const first = mentions[countWhile(mentions.length, (i) => (mentions[i]?.start ?? 0) < from)];
  if (first !== undefined && first.start < at) return null;
  const end = text.indexOf('\n', at);
  if (end < 0) return null;
  const start = end + (/^\n\s*/.exec(text.slice(end, end + 20))?.[0].length ?? 0);
  const next = ROLE_NAMED.exec(text.slice(start, start + 120));
  if (next === null || !sameRole(role[1] ?? '', next[1] ?? '')) return null;
  const nameAt = start + next[0].length;
  const named = mentions[countWhile(mentions.length, (i) => (mentions[i]?.start ?? 0) < nameAt)];
  return named?.start === nameAt ? named.name : null;
}

// The same job: the same head noun ("team leader", "team leader"), or two words for the one in charge.
function sameRole(first: string, later: string): boolean {
  const words = first.trim().split(/\s+/);
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  const laterHead = later.trim().split(/\s+/).pop();
  if (head === undefined || laterHead === undefined) return false;
  return head === laterHead || (IN_CHARGE.has(head) && IN_CHARGE.has(laterHead));
}
