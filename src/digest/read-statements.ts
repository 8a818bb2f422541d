/**
 * A statement read out by someone: "“…,” said a statement read by Fiona Grant on behalf of his parents".
 * News names the one who read it as the voice the words come in; the quotation is given to that name
 * rather than to "a statement", which names no one.
 */
import type { Attribution } from './attribution.js';

const WORD = String.raw`\p{Lu}[\p{L}’'\-]*`;
// "read by Ann Lee", "read out by family friend Ann Lee", "read by his lawyer, Ann Lee".
const READ_BY = new RegExp(
  String.raw`\bstatement\s+read\s+(?:out\s+)?by\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\p{Ll}’'\-]+,?\s+){0,3}(${WORD}(?:\s+${WORD}){1,3})`,
  'u',
);

/**
 * The reader's name when `a` is "a statement" (or one described at more length) and the quotation's
 * own line, just before or after it, says who read the statement.
 */
export function readerOfStatement(
  text: string,
  a: Attribution | null,
  qStart: number,
  qEnd: number,
): Attribution | null {
  if (a === null || a.kind !== 'description' || !/^(?:a|the)\s+(?:[\p{Ll}-]+\s+)?statement\b/iu.test(a.who))
    return null;
  // Bounded windows on the quotation's own line: the attribution is in one of them.
  const after = text.slice(qEnd, qEnd + 200).split('\n')[0] ?? '';
  const before =
    text
      .slice(Math.max(0, qStart - 240), qStart)
      .split('\n')
      .pop() ?? '';
  const m = READ_BY.exec(after) ?? READ_BY.exec(before);
  return m?.[1] ? { who: m[1], kind: 'name' } : null;
}
