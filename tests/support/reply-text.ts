/** Every string a reader would see in a reply's parts, joined with spaces. */
export function replyText(r: { parts: unknown[] }): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(r.parts);
  return out.join(' ');
}
