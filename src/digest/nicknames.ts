/**
 * "Paul 'Gazza' Gascoigne", "Mark “Chopper” Read": a nickname in quotation marks between a given name
 * and a surname. The name is "Paul Gascoigne" (the run of capitals was cut at the mark, and a speaker
 * came out as "Gazza' Gascoigne"), and "Gazza said" is him.
 */
const NICKNAME =
  /(?<=\b\p{Lu}\p{Ll}+[ \t]+)['‘"“](\p{Lu}[\p{L}.-]*(?:[ \t]\p{Lu}[\p{L}.-]*)?)['’"”](?=[ \t]+(?:(?:van|von|de|da|di|del|der|le|la|al|el|bin|ibn)[ \t]+)?\p{Lu}\p{Ll})/gu;

/** The text with each such nickname and its marks blanked (same length), and the nicknames with where they stand. */
export function blankNicknames(text: string): { text: string; nicknames: Array<{ nickname: string; at: number }> } {
  const nicknames: Array<{ nickname: string; at: number }> = [];
  const blanked = text.replace(NICKNAME, (whole, nickname: string, at: number) => {
    nicknames.push({ nickname, at });
    return ' '.repeat(whole.length);
  });
  return { text: blanked, nicknames };
}
