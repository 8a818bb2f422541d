/**
 * Where news puts a quotation's speaker: the patterns after a quotation (`, said Zelenskyy`), before
 * one (`Zelenskyy said: `), and the words that look like a name but never are one.
 */
import { nameGap, NAME_TOKEN as TOKEN } from './name-tokens.js';
import { anyOf } from './regex-parts.js';
import { CARRIED_AFTER, CARRIED_BEFORE } from './carried-quotes.js';
import {
  LEAD,
  MODIFIERS,
  NAME,
  NOT_A_ROLE,
  OFFICE,
  ROLE,
  ROLE_BEFORE_NAME,
  ROLE_MODIFIERS,
  TO_THE_QUOTE,
} from './speaker-parts.js';
import { ROLE as PUBLIC_ROLE } from './public-roles.js';
import { CUES } from './speech-verbs.js';
import { OPENERS } from './sentence-openers.js';
import { IRREGULAR_PASTS } from './past-forms.js';
import { PRESENT_AFTER_ASIDE } from './aside-verbs.js';
import { AFTER_NAME, AMPERSAND, CLAUSE_CHAR, EMPLOYER_AFTER, MEANWHILE } from './name-asides.js';

const PRONOUN = `(?:he|she|they|He|She|They)`;
// After an auxiliary or not: "“…,” Thanou had said at the time", "he would later say".
const ADVERB = String.raw`(?:(?:had|has|have|would|will|could|might)\s+)?(?:(?:also|later|then|once|often|previously|again|\p{Ll}+ly)\s+)?`;
// Words before the name: "White House press secretary Josh Earnest", "Florida Power & Light spokesman Jo Bell".
const PREFIX = String.raw`(?:(?:the\s+)?(?:(?:${TOKEN}|[\p{Ll}’'\-]+|${AMPERSAND})\s+){0,5}?)`;
const WHO = `(?:${PREFIX}${OFFICE}(${NAME})|(${PRONOUN}))${AFTER_NAME}`;
const DESCRIPTION = String.raw`((?:the|a|an|his|her|their|my|our|one|\p{Lu}\p{L}*[’']s)\s+[^,.;:“”"\n]{1,60}?)`;

const OUTLET = String.raw`(?:(?:(?:${TOKEN}|${AMPERSAND})\s+){1,4}(?=${ROLE}${nameGap(String.raw`\s+`)}\p{Lu}))?`;

/**
 * After the quote: `, said Zelenskyy` · `, Zelenskyy said` · `, he said` · `Peter Morgan, a lawyer
 * for X, said` · `― Name`. The first group is a name or a description, the second a pronoun.
 */
export const AFTER = [
  // Not a possessive: in "said Raman's deputy, Lucy Fenwick" the name after the role speaks (read below).
  new RegExp(
    String.raw`${LEAD}(?:${CUES})\s+(?:the\s+)?${OUTLET}${ROLE_MODIFIERS}${OFFICE}(${NAME})(?<![’']s)(?![\p{L}’'])`,
    'u',
  ),
  new RegExp(String.raw`${LEAD}according\s+to\s+(?:the\s+)?${OFFICE}(${NAME})`, 'u'),
  new RegExp(String.raw`${LEAD}${WHO}\s+${ADVERB}(?:${CUES})\b`, 'u'),
  new RegExp(String.raw`^\s*[―—]\s*(${NAME})`, 'u'),
  // A description with the name set off by commas: `, the agency's spokesman, Rubén del Campo, told` ·
  // `, said the agency's spokesman, Rubén del Campo` (` of King's College London`: an employer may follow).
  new RegExp(String.raw`${LEAD}${ROLE_BEFORE_NAME},\s+${OFFICE}(${NAME}),\s+${ADVERB}(?:${CUES})\b`, 'u'),
  new RegExp(
    String.raw`${LEAD}(?:${CUES})\s+${ROLE_BEFORE_NAME},\s+${MODIFIERS}${OFFICE}(${NAME})${EMPLOYER_AFTER}\s*(?:[.,;:!?]|$)`,
    'u',
  ),
  // "“…,” Yonhap quoted Kim Min-jun as saying" · "the agency quoted the port director, Ade Bello, as saying":
  // the person quoted, not the agency that carried the words.
  CARRIED_AFTER,
  // The last two credit a description: `, the goalkeeper said` · `, said the goalkeeper (as he left)`.
  new RegExp(String.raw`${LEAD}${DESCRIPTION}\s+${ADVERB}(?:${CUES})\b`, 'u'),
  new RegExp(String.raw`${LEAD}(?:${CUES})\s+${DESCRIPTION}\s*(?:[.,;:!?]|$|${MEANWHILE})`, 'u'),
];
/** AFTER patterns from this index on credit a description, not a name. */
export const DESCRIBED_FROM = AFTER.length - 2;

// Cues whose object is the one spoken to: "told Times Radio", "asked reporters".
const TO_LISTENER = anyOf(
  'told tells telling asked asks asking informed informs assured assures reminded reminds'.split(' '),
);
/** Before the quote: `Zelenskyy said: ` · `He told reporters on Monday: ` · `…, saying, `. */
export const BEFORE = [
  new RegExp(String.raw`(?:^|[^\p{L}])${WHO}\s+${ADVERB}(?:${CUES})\b${TO_THE_QUOTE}`, 'u'),
  // ("told Times Radio:", "asked the BBC:" name who heard it, not who spoke.)
  new RegExp(String.raw`(?:(?!${TO_LISTENER}\s)(?:${CUES})|According to)\s+(?:the\s+)?(${NAME})\s*[:,]\s*$`, 'u'),
  // "Said Ellis: " · "Added Ann Lee: ": the cue first, as a sentence's opening, then the name.
  new RegExp(String.raw`(?:^|[.!?]["”’)]?\s+|\n)(?:Said|Says|Added|Adds)\s+(?:the\s+)?(${NAME}):\s*$`, 'u'),
  new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME}):\s*$`, 'u'),
  // "Xinhua quoted Wang Lei, the port director, as saying: " · "… as saying that ".
  CARRIED_BEFORE,
  // "As Ann Lee, who runs the ferry, put it, " · "In the words of the Rev Ada Quill, the priest, ": no
  // speech verb, but the phrase hands the words that follow to the person it names.
  new RegExp(String.raw`(?:^|[^\p{L}])[Aa]s\s+${WHO}\s+${ADVERB}put\s+it\s*[,:]\s*$`, 'u'),
  new RegExp(String.raw`(?:^|[^\p{L}])[Ii]n\s+the\s+words\s+of\s+${WHO}(?:\s*[,:])?\s*$`, 'u'),
];
// A determiner, capitalised at a sentence start or not, and up to five lower-case words (an age in figures
// is one): "One senior minister", "A spokeswoman for the union", "The company's lawyers", "The 22-year-old".
const DESCRIBED = String.raw`(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)(?:\s+(?:\p{Ll}[\p{Ll}’'\-]*|\d{1,3}-year-old)){1,5}?`;
// "Hours later", "Minutes earlier": a sentence's opening words, no speaker.
const LATER = String.raw`(?:later|earlier|afterwards?)\b`;
// Before the subject: "In Dayton, " · "Hours later " · "Later the …".
const LEAD_IN = String.raw`(?:\p{Lu}[^,.!?“”"\n]{0,80},\s+|(?:\p{Lu}\p{Ll}+\s+)?(?:[Ll]ater|[Ee]arlier|[Aa]fterwards?)\s+)?`;
/**
 * Before the quote, a description as the last sentence's subject: `One senior minister said: ` ·
 * `The union said in a statement: ` · `Hours later the former governor hit back: `.
 */
export const BEFORE_DESCRIPTION = new RegExp(
  String.raw`(?:^\s*|[.!?]["”’)]?\s+)${LEAD_IN}(${DESCRIBED})\s+${ADVERB}(?:${CUES})\b${TO_THE_QUOTE}`,
  'u',
);
// A gesture, not speech: "Rodgers shrugged." A sentence of it, right before a quotation, hands it over.
const GESTURE = anyOf('shrugged shrugs smiled smiles grinned grins laughed laughs sighed sighs nodded nods'.split(' '));
/** A named person's or a pronoun's gesture as the sentence before the quote: `Rodgers shrugged. `. */
export const GESTURE_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+|,\s+)(${NAME}|${PRONOUN})\s+${ADVERB}${GESTURE}\b[^.!?“”"\n]{0,60}[.!]\s*$`,
  'u',
);
/**
 * A speech cue with no speaker right before the quote: `…, saying, `, or a few lower-case words before a
 * quoted phrase (`said the report showed that “…”`, `told the court his conduct had “…”`), a weekday
 * among them (`told a press conference Tuesday that the government would “…”`).
 */
const LOWER_WORDS = String.raw`(?:\s+\p{Ll}[\p{Ll}’'-]*)`;
const A_WEEKDAY = String.raw`\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
export const BEFORE_CUE_ONLY = new RegExp(
  String.raw`\b(?:${CUES})(?:${LOWER_WORDS}{0,6}|${LOWER_WORDS}{0,4}${A_WEEKDAY}${LOWER_WORDS}{0,6})\s*[:,]?\s*$`,
  'u',
);

// Where a sentence's subject may start: the text's or a paragraph's start, after a sentence's end, or
// after what stands before a paragraph's first words and is no part of them: a dateline ("PORTLAND,
// Maine — ") or a live blog's time stamp ("12:19 — ", "9.30am – "). Bounded, so the lookbehind stays cheap.
// A time stamp may stand with no dash before a capital: "13:45 A spokeswoman for…".
const STAMP = String.raw`(?:\p{Lu}{2,}(?:[ .'\-]\p{Lu}{2,}){0,3}(?:,\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?\s(?:—|–|--|-)\s|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s(?:(?:—|–|--|-)\s|(?=\p{Lu})))`;
const AFTER_SENTENCE_START = String.raw`(?<=^|\n|(?:^|\n)${STAMP}|[.!?]["”’)]?\s)`;

// A sentence start, and an opening phrase ending in a comma: "Later, " · "During a speech on Monday, ".
const SENTENCE_START = String.raw`(?:^|[.!?]\s+)`;
const OPENING_PHRASE = String.raw`(?:[\p{Lu}][^,.!?“”"\n]{0,80},\s+)?`;
// Not the subject itself with its description ("Larry Thompson, who served under President George W.
// Bush, said" is Thompson's sentence, not one about Bush after an opening phrase): a phrase ending in a
// name that a lower-case description follows, unless it starts with an opener ("Later, he…").
const SUBJECT_OPENING = String.raw`(?:(?!(?!${OPENERS}\b)(?:[\p{L}’'\-]+\s+){0,5}?${NAME}(?:\s*\([^()\n]{1,25}\))?,\s+\p{Ll})[\p{Lu}][^,.!?“”"\n]{0,80},\s+)?`;
/** The subject after an opening phrase: "Later, he…" · "During a speech on Monday, Trump…". */
export const SUBJECT = new RegExp(
  String.raw`${SENTENCE_START}${OPENING_PHRASE}(?:the\s+)?${MODIFIERS}(${NAME}|${PRONOUN})(?![\p{L}’'\-])(?!\s+${LATER})`,
  'u',
);
/** "Dean, a former party chairman, poked at Trump…, tweeting, “…”": a name with its description. */
export const APPOSITIVE = new RegExp(
  String.raw`${SENTENCE_START}(${NAME}),\s+(?:a|an|the|who|whose)\s${CLAUSE_CHAR}{2,90},\s`,
  'u',
);

// What a sentence's subject does: a speech verb, a common verb ("Lee has", "Lee will", "Lee didn't"), or
// any past form: in -ed ("Meyer warned"), irregular ("Trump grew visibly irritated", "Arteta shook his
// head") or spelt as its base ("Holt cut him off", "Ryan put it bluntly"), which after a name is no present.
const COMMON_VERBS = anyOf(
  'is was has had have will would can could may might must should does did made went says gave took wants'.split(' '),
);
// A feature's present tense of mind and manner, a named subject's verb: "Cora Munro remembers it differently".
const PRESENT_OF_MIND = anyOf(
  'remembers thinks believes knows feels hopes fears worries agrees disagrees laughs smiles shrugs nods sighs'.split(
    ' ',
  ),
);
const NEGATED = `(?:(?:${COMMON_VERBS})n[’']t|won[’']t|can[’']t)`;
const SAME_AS_BASE = ['cut', 'put', 'hit', 'let', 'set', 'shut', 'quit'];
const IRREGULAR_PAST = anyOf([
  ...new Set([
    ...IRREGULAR_PASTS,
    ...SAME_AS_BASE,
    ...'shook stuck felt ran dug swung bit slid spun sprang stung wept woke'.split(' '),
  ]),
]);
// (A past in -ed may be hyphenated: "Campbell then e-mailed", "Lee co-founded".)
const SUBJECT_VERB = String.raw`(?:(?:${CUES})|${NEGATED}|${COMMON_VERBS}|${PRESENT_OF_MIND}|${IRREGULAR_PAST}|\p{Ll}+(?:-\p{Ll}+)?ed)\b`;
// Words before the head noun, enough for a department's name: "A Department of Health and Social Care spokesperson".
const MAX_BEFORE_HEAD = 7;
/**
 * Before the quote, an indefinite description as the last sentence's subject, with a clause set off by
 * commas or not, and any verb before a colon: `A senior GOP aide, who spoke on the condition of
 * anonymity, put it more bluntly: ` · `A Trump adviser was blunter: `. Someone unnamed, never a person
 * named in it or before it. Not reported speech ("A Romney adviser said the former governor texted: ").
 */
const NOT_A_VERB = String.raw`(?!(?:${SUBJECT_VERB}|who|which|that)\s)`;
// The aside after the description is no name of its own: in "A taxi driver, Olu Bamgbose, warned:" he speaks.
export const BEFORE_INDEFINITE = new RegExp(
  String.raw`(?:^\s*|[.!?]["”’)]?\s+)${SUBJECT_OPENING}((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:${NOT_A_VERB}[\p{L}.’'\-]+\s+){0,${MAX_BEFORE_HEAD}}?\p{Ll}[\p{Ll}’'\-]*)(?:,\s(?!${NAME},)${CLAUSE_CHAR}{2,120}?,)?\s+${ADVERB}${SUBJECT_VERB}(?:\s+(?!(?:${CUES}|that)\b)[^\s“”"\n.!?:]+){0,8}:\s*$`,
  'u',
);
// A role of up to four words before a name at a sentence start: "Opposition leader", "Box office analyst",
// "Sixteen-year-old volunteer"; no preposition ("Supporters of Ann Lee") and no verb ("Police told Ann Lee").
const ROLE_PREFIX = String.raw`(?:(?:the|his|her|their|its)\s+)?(?:(?!(?:${NOT_A_ROLE}|${CUES}|${COMMON_VERBS})\s)(?:${TOKEN}|\p{Ll}[\p{Ll}’'\-]*)\s+){0,4}?`;
// A name set off by commas after a role that opens the sentence: "Her instructor, Gareth Lewis, said" ·
// "Clinton's campaign chairman, John Podesta, had a different view"; any verb a subject takes.
const APPOSED_BEFORE_CUE = String.raw`(?:,(?=\s+${ADVERB}(?:${SUBJECT_VERB}|${PRESENT_AFTER_ASIDE})))?`;
// That role after an opening phrase: "After the debate, Trump's campaign manager, Kellyanne Conway, told…".
const ROLE_THEN_NAME = String.raw`(?:${ROLE_BEFORE_NAME},\s+)?`;
/**
 * A name as the subject of a sentence, before its verb ("Rubin himself stuck to…" too): "Von der Leyen added that…" · "On Monday,
 * Meyer, the envoy, said…" · "Commission President Ursula von der Leyen warned…" · "Kingsford manager
 * Paula Grant did not…" · "The couple's spokesman, Rupert Hale, said…". Global: every one.
 */
export const NAMED_SUBJECT = new RegExp(
  String.raw`${AFTER_SENTENCE_START}${SUBJECT_OPENING}${ROLE_THEN_NAME}${ROLE_PREFIX}${OFFICE}(${NAME})${AFTER_NAME}${APPOSED_BEFORE_CUE}(?:\s+(?:himself|herself))?\s+${ADVERB}(?:${SUBJECT_VERB}|${PRESENT_AFTER_ASIDE})`,
  'gu',
);
/** A public role as a sentence's subject: "The billionaire insisted…" · "Later, the Texas senator said…". Global. */
export const ROLE_SUBJECT = new RegExp(
  String.raw`${AFTER_SENTENCE_START}${OPENING_PHRASE}([Tt]he\s+(?:[\p{L}.’'\-]+\s+){0,4}?${PUBLIC_ROLE})\s+${ADVERB}${SUBJECT_VERB}`,
  'gu',
);
/** A speaker named at the end of a sentence of reported speech: "…, his daughter Niamh Walsh said." Global. */
export const NAMED_SPEAKER_AFTER_COMMA = new RegExp(
  String.raw`,\s+${PREFIX}${OFFICE}(${NAME})\s+${ADVERB}(?:${CUES})\b`,
  'gu',
);

// What a person said, as a noun the next sentence names its owner by: "the words of", "the verdict of".
const SAID_NOUN = anyOf(
  'words verdict message view assessment reaction response summary warning answer take'.split(' '),
);
const THAT_WAS = String.raw`^\s+(?:That|Those|This|Such)\s+(?:was|were|is|are)\s+`;
/**
 * A new sentence after the quotation that names its speaker: `“…” That was how Rodgers summed up…` (the
 * name the subject of a verb) · `“…” Those were the words of Rangers captain James Tavernier`. The first
 * group is the name.
 */
export const NEXT_SENTENCE = [
  new RegExp(
    String.raw`${THAT_WAS}how\s+(?:the\s+)?${OUTLET}${MODIFIERS}${OFFICE}(${NAME})(?=${AFTER_NAME}\s+${ADVERB}${SUBJECT_VERB})`,
    'u',
  ),
  new RegExp(
    String.raw`${THAT_WAS}the\s+(?:\p{Ll}+\s+)?(?:${SAID_NOUN})\s+(?:of|from)\s+(?:(?:the|a|an)\s+)?${OUTLET}${MODIFIERS}${OFFICE}(${NAME})`,
    'u',
  ),
];

// Who speaks for an organisation without being named: "A spokeswoman for Tesco", "A Home Office spokesperson".
const UNNAMED_VOICE = '(?:spokes(?:wo)?man|spokesperson|representative|official|source)';
/**
 * An unnamed voice as a sentence's subject: "A spokeswoman for Tesco said the company…" · "A Home Office
 * spokesperson confirmed…". The group is the description. Global.
 */
export const UNNAMED_SUBJECT = new RegExp(
  String.raw`${AFTER_SENTENCE_START}((?:A|An|One|Another)\s+(?:[\p{L}’'&\-]+\s+){0,6}?${UNNAMED_VOICE}(?:\s+(?:for|at|from)\s+(?:the\s+)?${TOKEN}(?:\s+${TOKEN}){0,4})?)\s+${ADVERB}${SUBJECT_VERB}`,
  'gu',
);

/** Capitalised words that open a sentence, and days and months: never a speaker. */
export const NOT_A_NAME = new RegExp(`^${OPENERS}$`);
