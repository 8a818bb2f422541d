/** Sentences that are page furniture rather than news: bylines, datelines, captions, calls to action. */
import type { Sentence } from './sentences.js';
import { CALL_OUTS } from './call-outs.js';
import { boilerplateStart } from './boilerplate.js';
import { inEmbeds } from './embeds.js';
import { isCaption } from './captions.js';
import { LINK_LABEL } from './link-lines.js';
import { OPENERS } from './sentence-openers.js';

// A note about the article rather than the news: a correction or an update label opening a paragraph.
const NOTE = [
  /^(?:correction|clarification|editor['’]s note)s?\s*:/i,
  /^(?:UPDATE[DS]?|Update[ds]?)\b(?:[^a-z]|[ap]\.m\.)*?:\s/,
];

const FURNITURE = [
  /^by\s*\.?\s/i,
  /\b(?:published|updated|last updated)\s*:/i,
  /scroll down for (?:video|more)/i,
  /\bclick here\b/i,
  /\bread more\s*:/i,
  /\bfollow (?:us|him|her|@)\b/i,
  /^(?:photo|picture|image|video|watch|caption|credit|source)s?\s*[:|]/i,
  /\b(?:getty images|reuters|afp|ap photo)\s*$/i,
  /\(cnn\)\s*--\s*$/i,
  /^\s*(?:e-?mail|share|tweet|comments?)\b/i,
  /\bsign up\b.*\bnewsletter\b/i,
  // An interview's "Q:" and "A:" lines: an answer means nothing in a briefing without its question.
  /^(?:Q|A)\s*[:.]\s/,
  // Notes about the article rather than the news: corrections, update labels, how it was made.
  ...NOTE,
  /^an? (?:earlier|previous) version of this\b/i,
  /\b(?:edited|condensed) for (?:length|clarity|brevity)\b/i,
  /\bcontributed (?:to this (?:report|story|article)|reporting)\b/i,
  /\bversion of this article appears in print\b/i,
  // Lines addressed to the reader, captions named in two words, disclaimers and copyright.
  /[\w.+-]+@[\w-]+\.[a-z]{2,}/i,
  /^follow\b.*\bon (?:facebook|x|twitter|instagram|tiktok|threads|bluesky|linkedin|youtube)\b/i,
  /\bdelivered to your inbox\b|\bsubscribe now\b|\bdownload (?:our|the) (?:free )?(?:\w+ )*app\b/i,
  /^(?:do you have|have you been affected)\b[^?]*\?$/i,
  /^(?:photo|picture|image|video)\s+(?:caption|credit|source)\b/i,
  /^disclosure\s*:|\baffiliate links?\b|\bnot a substitute for (?:\w+ )?(?:medical|legal|financial) advice\b/i,
  /^©|\bcopyright (?:©\s*)?\d{4}\b|\ball rights reserved\b/i,
  // A live blog's greeting: "Good morning and welcome to our live coverage of…".
  /^(?:good (?:morning|afternoon|evening)[,!]?\s+(?:and\s+)?)?welcome (?:back )?to (?:our|the) live\b/i,
  ...CALL_OUTS,
  // A link to another article: "Related: …", "Explainer: How many post offices are left?".
  LINK_LABEL,
];

// A time stamp alone: "Updated April 17, 2025, 11:02 a.m.", "Published 26 February 2025".
const STAMP =
  /^(?:Last |LAST )?(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)\b(?:[^a-z]|[ap]\.m\.|\b(?:on|at)\b|[A-Z][a-z]+)*$/;

/** True for a sentence no briefing should contain. */
export function isClutter(sentence: string): boolean {
  if (FURNITURE.some((re) => re.test(sentence)) || STAMP.test(sentence)) return true;
  // Captions and headlines pasted into the body often lack any sentence-final punctuation.
  if (!/[.!?]["'”’)]*$/.test(sentence)) return true;
  // Daily Mail bylines come as "By . Name . PUBLISHED: ." fragments.
  if (/(?:^|\s)\.(?:\s|$)/.test(sentence) || sentence.split(/\s+/).length < 4) return true;
  return false;
}

// A speaker's name before a colon: "Courier: What…", "Delgado: Overtime." opening a paragraph.
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):\s/u;

/**
 * For each sentence, whether its paragraph is an aside to the news: a note opens it ("Editor's note: An
 * earlier version misstated the settlement. It is $48 million, not $4.8 million." is a note to its end),
 * or an interview's turn, under a label that opens three paragraphs or more ("Courier: …", "Delgado: …")
 * or Q and A: an answer means nothing in a briefing without its question; an embedded social post;
 * and a press release's "About Acme" section to its end.
 */
export function inAsides(sentences: Sentence[]): boolean[] {
  const opens = sentences.filter((s, i) => sentences[i - 1]?.paragraph !== s.paragraph);
  const count = new Map<string, number>();
  for (const s of opens) {
    const label = LABEL.exec(s.text)?.[1];
    if (label) count.set(label, (count.get(label) ?? 0) + 1);
  }
  // Two labels that each open two paragraphs or more are a conversation: the interviewer, who asks
  // less often than the guest answers ("Interviewer: What changed?" twice), takes turns too.
  const conversation = [...count.values()].filter((n) => n >= 2).length >= 2;
  const turn = (text: string) => {
    const label = LABEL.exec(text)?.[1];
    if (label === undefined) return false;
    const n = count.get(label) ?? 0;
    return label === 'Q' || label === 'A' || n >= 3 || (conversation && n >= 2);
  };
  let aside = false;
  const boilerplate = boilerplateStart(sentences);
  const embeds = inEmbeds(sentences);
  return sentences.map((s, i) => {
    if (i >= boilerplate || embeds[i]) return true;
    if (sentences[i - 1]?.paragraph !== s.paragraph)
      aside = NOTE.some((re) => re.test(s.text)) || turn(s.text) || isCaption(sentences, i);
    return aside;
  });
}

// A day as a dateline writes it: "Jan. 5", "March 9", "Dec 5".
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;

// A place in capitals, with a state or country after a comma, maybe the day, and a dash before the
// first word of the news: "WASHINGTON — The…", "SAN FRANCISCO -- A…", "PORTLAND, Maine — Police…",
// "HARWICK, March 9 — A…", and wires set in plain text, "LONDON _ Train drivers…". Not "NASA — the agency…".
const PLACE_DATELINE = new RegExp(
  `^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?(?:, ${MONTH_DAY})? (?:—|–|--|-|_) (?=[A-Z"“‘])`,
);

// A wire dateline: an optional place and day, the agency in brackets, a dash; wires that set in plain
// text write the dash as "_" ("WASHINGTON (AP) _ The…", "BEIJING, Jan. 5 (Xinhua) -- The…").
const AGENCIES = [
  'CNN',
  'AP',
  'Reuters',
  // (Its older wire name: "LONDON (Reuter) _ Batsman…".)
  'Reuter',
  'AFP',
  'Xinhua',
  'UPI',
  'dpa',
  'DPA',
  'Bloomberg',
  'PA',
  'PTI',
  'IANS',
  'ANI',
  'Yonhap',
  'Kyodo',
  'TASS',
  'EFE',
  'ANSA',
  'Interfax',
  'Anadolu',
  'BBC',
  // Asian, African and Commonwealth wires, as their partners' papers print them.
  'Bernama',
  'Antara',
  'PNA',
  'NAN',
  'AAP',
  'CP',
  'UNI',
  'APP',
  'IRNA',
  'KUNA',
  'WAM',
  'SPA',
  'Sputnik',
].join('|');
const AGENCY_DATELINE = new RegExp(`^(?:[A-Z][A-Za-z0-9 .,'-]{0,60})?\\((?:${AGENCIES})\\)\\s*(?:--|—|–|-|_)\\s*`);
// Indian wires leave the dash out after a place and a day: "New Delhi, Dec 5 (PTI) The Supreme Court…".
const UNDASHED_DATELINE = new RegExp(`^[A-Z][A-Za-z .'-]{0,40}, ${MONTH_DAY} \\((?:${AGENCIES})\\) (?=[A-Z"“‘])`);
// A place in capitals before a colon, as Indian papers set the dateline: "NEW DELHI: The Delhi High
// Court…", "MUMBAI, Dec 5: Shares…". Three capitals at least, so "US: " and "Q: " are not one.
const COLON_DATELINE = new RegExp(`^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}(?:, ${MONTH_DAY})?: (?=[A-Z"“‘])`);

// A press-release wire's dateline: a place, maybe the day, and the wire between slashes or in brackets
// before a dash: "BOSTON, March 12, 2025 /PRNewswire/ -- ", "SAN JOSE, Calif.--(BUSINESS WIRE)--",
// "TORONTO, March 10, 2025 (GLOBE NEWSWIRE) -- ", "DENVER, Jan. 8, 2025 /CNW/ - ".
const RELEASE_WIRE = String.raw`(?:PR ?Newswire|Business ?Wire|Globe ?Newswire|ACCESS ?WIRE|CNW|EIN ?Presswire|PRWeb|Newsfile(?: Corp\.)?|Marketwired)(?:[- ][^()/\n]{0,30})?`;
const RELEASE_DATELINE = new RegExp(
  String.raw`^[A-Z][\w .,'’-]{0,80}?\s*(?:/${RELEASE_WIRE}/|\(${RELEASE_WIRE}\))\s*(?:--|—|–|-|/)\s*`,
  'i',
);

/** How many characters of a sentence its dateline takes: a date there is the wire's stamp, not the news. */
export function datelineLength(sentence: string): number {
  const agency = AGENCY_DATELINE.exec(sentence) ?? UNDASHED_DATELINE.exec(sentence) ?? RELEASE_DATELINE.exec(sentence);
  if (agency) return agency[0].length;
  const m = PLACE_DATELINE.exec(sentence) ?? COLON_DATELINE.exec(sentence);
  if (m && (m[0].match(/[A-Z]/g) ?? []).length >= 3) return m[0].length;
  const t = TITLE_DATELINE.exec(sentence);
  return t && !OPENING_WORD.test(sentence) ? t[0].length : 0;
}

// A place and its country or state in title case before a dash, as some sites set a dateline:
// "Kyiv, Ukraine — Russian drones…", "Nairobi, Kenya CNN — ". Not "However, Ukraine — Europe's…".
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}`;
const TITLE_DATELINE = new RegExp(String.raw`^${PLACE}, ${PLACE}(?: CNN)? (?:—|–|--) (?=[\p{Lu}"“‘])`, 'u');
const OPENING_WORD = new RegExp(String.raw`^${OPENERS}\b`);

// A live blog's time stamp before an entry: "10:42 a.m.: ", "14:05 GMT - ", "9.30am – ", "18:20: ".
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*(?::|—|–|--|-)\s+(?=\S)/;
// The same stamp in Markdown bold, where the bold alone sets it off: "**09:42** Ferries…".
const BOLD_STAMP = /^(\*\*|__)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\1\s*(?:(?::|—|–|--|-)\s+)?(?=\S)/;
// A Markdown file's bold stamp as its reader shows it, the marks gone: a time and at once a capitalised
// word ("11:42 More than 700,000 homes…"). A time that is the news goes on in lower case ("10:42 was…").
const BARE_STAMP = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})? (?=\p{Lu}[\p{Ll}\s’'])/u;

// A list item's bullet: "- ", "• ", "* ", "– ".
const LIST_MARK = /^[-•*·▪–]\s+(?=\S)/;
// A flash label before the news: "BREAKING: ", "Breaking news – ", "JUST IN: ", "EXCLUSIVE: ".
const FLASH =
  /^(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|JUST IN|Just in|EXCLUSIVE|Exclusive|DEVELOPING|URGENT|FLASH)\s*(?::|—|–|--|-|\|)\s+(?=\S)/;

/**
 * Strips a leading dateline such as "LONDON, England (CNN) -- ", "KYIV, Nov 30 (Reuters) - ", "(CNN) -- "
 * or "WASHINGTON — ", a live blog's time stamp ("10:42 a.m.: "), a list item's bullet ("• ") or a flash label
 * ("BREAKING: "), which is not part of the news.
 */
export function stripDateline(line: string): string {
  const sentence = line
    .replace(LIST_MARK, '')
    .replace(BOLD_STAMP, '')
    .replace(TIME_STAMP, '')
    .replace(BARE_STAMP, '')
    .replace(FLASH, '');
  return sentence.slice(datelineLength(sentence));
}

// Words that start a sentence and are rarely capitalised inside one.
const STARTERS = 'The|He|She|They|His|Her|Their|It|Its|But|When|After|This|These|Those|There|We|Our';
const GLUE = new RegExp(`(?<=[\\p{Ll}\\d’'”")])\\s+(?=(?:${STARTERS})\\s+\\p{Ll})`, 'gu');

/**
 * Removes a labelled photo caption glued to the sentence after it, as pages lose the line break
 * between them: "Haul: The cherry picker on the roof The amount of drugs found…" → "The amount of drugs found…".
 */
export function stripCaption(sentence: string): string {
  if (!/^[\p{Lu}][\p{L}’' -]{1,30}:\s/u.test(sentence)) return sentence;
  let cut = -1;
  for (let m = GLUE.exec(sentence); m; m = GLUE.exec(sentence)) cut = m.index + m[0].length;
  GLUE.lastIndex = 0;
  const rest = cut < 0 ? '' : sentence.slice(cut);
  return rest.split(/\s+/).length >= 8 ? rest : sentence;
}
