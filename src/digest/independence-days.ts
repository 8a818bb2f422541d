// Whose "Independence Day" a story means. Many countries keep one, each on its own day: in an
// Indian paper "the Prime Minister will speak on Independence Day" is 15 August, not 4 July.

/** [name pattern (country, its adjective, its capital's government), month, day]. */
const NATIONS: Array<[RegExp, number, number]> = [
  [/\b(?:United States|U\.S\.A?\.?|US|USA|America|Americans?|Washington)\b/, 7, 4],
  [/\bIndian?s?\b|\bNew Delhi\b/, 8, 15],
  [/\bPakistani?s?\b|\bIslamabad\b/, 8, 14],
  [/\bBangladesh(?:is?)?\b|\bDhaka\b/, 3, 26],
  [/\bSri Lankan?s?\b|\bColombo\b/, 2, 4],
  [/\bUkrain(?:e|ians?)\b|\bKyiv\b|\bKiev\b/, 8, 24],
  [/\bMexic(?:o|ans?)\b/, 9, 16],
  [/\bBrazil(?:ians?)?\b|\bBrasília\b/, 9, 7],
  [/\bNigerian?s?\b|\bAbuja\b/, 10, 1],
  [/\bGhanaian?s?\b|\bGhana\b|\bAccra\b/, 3, 6],
  [/\bKenyan?s?\b|\bNairobi\b/, 12, 12],
  [/\bIndonesian?s?\b|\bJakarta\b/, 8, 17],
  [/\bPhilippines\b|\bFilipin[oa]s?\b|\bManila\b/, 6, 12],
  [/\bArgentin(?:a|e|ians?)\b/, 7, 9],
  [/\bChilean?s?\b|\bChile\b/, 9, 18],
  [/\bColombian?s?\b|\bBogotá\b/, 7, 20],
  [/\bPeruvians?\b|\bPeru\b/, 7, 28],
  [/\bVenezuelan?s?\b|\bCaracas\b/, 7, 5],
  [/\bFinland\b|\bFinnish\b|\bHelsinki\b/, 12, 6],
  [/\bPoland\b|\bPol(?:ish|es?)\b|\bWarsaw\b/, 11, 11],
  [/\bJamaican?s?\b/, 8, 6],
  [/\bZimbabwean?s?\b|\bHarare\b/, 4, 18],
  [/\bGuatemalan?s?\b|\bCosta Rican?s?\b|\bHondur(?:as|ans?)\b|\bSalvadorans?\b|\bEl Salvador\b/, 9, 15],
  [/\bNicaraguan?s?\b/, 9, 15],
  [/\bAlgerian?s?\b|\bAlgiers\b/, 7, 5],
  [/\bMalt(?:a|ese)\b|\bValletta\b/, 9, 21],
  [/\bArmenian?s?\b|\bYerevan\b/, 9, 21],
  [/\bGeorgian Dream\b|\bTbilisi\b/, 5, 26],
];

// "India's Independence Day", "Independence Day in Mexico", "Ghana's 68th Independence Day".
const OWNER_BEFORE = /([A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?)(?:['’]s)?\s+(?:\d+(?:st|nd|rd|th)\s+)?$/u;
const OWNER_AFTER = /^\s+(?:celebrations?\s+)?in\s+([A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?)/u;

function nationOf(words: string): [number, number] | null {
  const found = NATIONS.find(([re]) => re.test(words));
  return found ? [found[1], found[2]] : null;
}

/**
 * The [month, day] of the Independence Day at `index` in `sentence`: the country named beside it,
 * else the country with such a day that the article names at least twice and more often than all
 * the others together (the United States counts as one), else 4 July.
 */
export function independenceDay(sentence: string, index: number, length: number, article: string): [number, number] {
  const before = OWNER_BEFORE.exec(sentence.slice(0, index))?.[1];
  const after = OWNER_AFTER.exec(sentence.slice(index + length))?.[1];
  for (const owner of [before, after]) {
    const day = owner ? nationOf(owner) : null;
    if (day) return day;
  }
  const counts = NATIONS.map(([re]) => article.match(new RegExp(re.source, 'gu'))?.length ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  const top = counts.indexOf(Math.max(...counts));
  const nation = NATIONS[top];
  return nation && (counts[top] ?? 0) >= 2 && (counts[top] ?? 0) * 2 > total ? [nation[1], nation[2]] : [7, 4];
}
