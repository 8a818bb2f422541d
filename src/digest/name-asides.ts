/**
 * What news sets off after a name before the name's verb: "(D-N.C.)", "of the Sierra Club", ", a spokesman
 * for the council,". Regular-expression source for the speaker patterns.
 */
import { NAME_TOKEN as TOKEN } from './name-tokens.js';

// A character of a clause set off by commas: no comma, but the one inside a number ("a crowd of 90,000").
export const CLAUSE_CHAR = String.raw`(?:[^,“”"\n]|,(?=\d{3}(?!\d)))`;
// A character of an aside after a name, which ends before its sentence does: in "The developer, Acme
// Ltd, said it was approved. Its chief executive, Jo Bell, called…" Jo Bell's clause is no aside of Acme's.
// A full stop after three lower-case letters ("approved. Its"), not an abbreviation ("Sen. Ann Lee").
const ASIDE_CHAR = String.raw`(?:(?!(?<=\p{Ll}{3})[.!?]\s+\p{Lu})${CLAUSE_CHAR})`;
export const AFTER_NAME = [
  String.raw`(?:\s*\([^()\n]{1,25}\))?`,
  // An organisation's name may hold "of", "and" or "at": "of the Institute of International and European
  // Affairs", "of the Litigation Center at NetChoice".
  String.raw`(?:\s+(?:of|from|at)\s+(?:the\s+)?${TOKEN}(?:\s+(?:(?:of|and|at|for|&)\s+(?:the\s+)?)?${TOKEN}){0,5})?`,
  // ", R-Olathe," before a description: "Rep. Ron Ryckman Jr., R-Olathe, who chairs the committee, said".
  String.raw`(?:,\s[DRI]-\p{Lu}[\p{L}.’'\- ]{1,25}?(?=,))?`,
  // The description may name a place with its state: ", speaking in Burlington, Vermont,"; and a
  // clause may follow it: ", president of the Center for Reproductive Rights, which argued the case,".
  String.raw`(?:(?:,\s${ASIDE_CHAR}{2,90}?(?:\p{Lu}[\p{L}.]*,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?=,)){1,2},)?`,
].join('');

/**
 * A clause after a described speaker of what they did meanwhile, where the description stops:
 * "“Brilliant,” muttered one man in a suit as he climbed over a barrier" is "one man in a suit".
 */
export const MEANWHILE = String.raw`\s+(?:as|while|when|before|after)\s+(?:he|she|they)\b`;

/** Where the person just named works, after the name: " of King's College London", " at the University of Bern". */
export const EMPLOYER_AFTER = String.raw`(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^.,;:!?\n“”"]{0,60}?)?`;

/** An ampersand in an organisation's name before a person's: "Florida Power & Light spokesman", "AT&T chief". */
export const AMPERSAND = String.raw`&|\p{Lu}+&\p{Lu}\p{L}*`;
