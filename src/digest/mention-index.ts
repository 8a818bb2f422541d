/** Where each name is mentioned: indexes into the (text-ordered) mentions, by name. */
export function mentionsByName(mentions: ReadonlyArray<{ name: string }>): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const [i, m] of mentions.entries()) {
    const list = byName.get(m.name);
    if (list) list.push(i);
    else byName.set(m.name, [i]);
  }
  return byName;
}
