/**
 * "The board declared a quarterly dividend of 12 cents a share, payable Dec. 15 to holders of record
 * Nov. 30": what happens on Dec. 15 is the payment, not the declaring. The label is the thing paid and
 * "payable": "Quarterly dividend of 12 cents a share payable", not the clause broken off at "payable".
 */
const PAYABLE =
  /\b(?:declared|declares|declare|set|sets|approved|approves|announced|announces|voted|raised|raises|increased|increases|cut|cuts)\s+(?:a|an|its|the|their)\s+(.+?),?\s+(payable|paid)$/i;

/** The label for a day that clause `before` (the words up to it) says something is payable on, or null. */
export function payableLabel(before: string): string | null {
  const m = PAYABLE.exec(before);
  // "raised its dividend to 25 cents from 22 cents": the dividend now paid is the new one, of 25 cents.
  const paid = m?.[1]?.replace(/\s+from\s+[^,]+$/i, '').replace(/^([\p{L}\s-]+?)\s+to\s+(?=\$?\d)/iu, '$1 of ');
  if (!paid || paid.split(/\s+/).length > 10) return null;
  return `${paid.charAt(0).toUpperCase()}${paid.slice(1)} ${m?.[2]?.toLowerCase()}`;
}
