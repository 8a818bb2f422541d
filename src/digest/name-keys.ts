/** How names are compared: by their words in order, and by surname. */

const ATTACHED_ANY_CASE = /^(?:[Aa]l-|[Ee]l-|[Dd][’'](?=\p{Lu}))/u;

/** True when every word of `name` is in `fuller`, in order, case aside: "Jon Doe" within "Jon Q. Doe". */
export function within(name: string, fuller: string): boolean {
  const want = name.toLowerCase().split(' ');
  const have = fuller.toLowerCase().split(' ');
  let i = 0;
  for (const w of have) if (w === want[i]) i += 1;
  return i === want.length;
}

/** The key a person is filed under: the surname, "al-Assad" and "Assad" as one. */
export function surnameKey(name: string): string {
  // "al-Assad" and "Assad" are one surname, and so is "Al-Assad" opening a sentence.
  return (name.split(' ').pop() ?? '').replace(ATTACHED_ANY_CASE, '').toLowerCase().replace(/[.’']/g, '');
}
