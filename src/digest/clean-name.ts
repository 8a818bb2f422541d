/** A run of capitalised words cleaned down to a person's name: titles, demonyms and function words off. */
import { NAME_PARTICLES } from './name-tokens.js';

const TITLES = new Set(
  [
    // Offices, ranks and roles, with their abbreviations: "Prime Minister", "Sgt.", "spokesman".
    'president president-elect vice prime minister secretary senator sen sen. rep rep. representative gov',
    'gov. governor mayor chancellor general gen gen. dr dr. mr mr. mrs mrs. ms ms. miss sir dame lord',
    'lady judge justice chief executive officer director commissioner ambassador pope king queen prince',
    'princess leader spokesman spokeswoman spokesperson professor prof prof. coach captain capt capt.',
    'sheriff detective lt lt. col col. sgt sgt. attorney deputy speaker chairman chairwoman ceo rev rev.',
    'del. delegate amb. adm. capt. maj. supt. insp. det. hon. atty. sec.',
    // The same written without a full stop, in British style: "Det Supt Ann Brock", "Ch Insp Raj Dev".
    'adm maj supt insp det cpl ch',
    // British abbreviations of local, service and church ranks: "Cllr Jo Hart", "Sqn Ldr Ian Mole", "Rt Hon
    // Ada Fry", "Revd Ann Lowe", "Pte Sam Ives", "Cdr Tom Ash", "Brig Ruth Dell", "Ald Ken Pye".
    'cllr cllr. sqn ldr cdr cdr. pte rt hon revd brig brig. ald',
    // Party and campaign words: "Republican nominee", "former".
    'republican democrat democratic nominee candidate candidates former ex-president',
    // More roles: "Congressman", "striker", "officials".
    'congressman congresswoman councilman councillor manager boss striker midfielder defender goalkeeper',
    'star officials chief-executive shadow',
    // Members of parliaments, written before a name in British style: "Tory MP Anna Soames".
    'mp mps mep meps msp msps mla mlas',
    // Offices and peerages of Britain, Ireland and Australia: "NSW Premier Chris Minns", "Tánaiste Micheál
    // Martin", "Baroness Chakrabarti".
    'premier taoiseach tánaiste baroness baron viscount',
    // Honorifics of Nigeria, Malaysia and India before a name: "Alhaji Abubakar Garima", "Datuk Seri Anwar
    // Ibrahim", "Tun Dr Mahathir Mohamad", "Shri Ravi Menon" (not "Tan" or "Sri", which are names too).
    'alhaji alhaja hajiya datuk dato datin tun toh puan seri shri smt shrimati',
    // Roles in court, police, faith and the professions, written before a name: "Prosecutor Daniel Okafor"
    // (none that is also a common surname, as "Bishop", "Constable" or "Forward" are: one alone is cut whole).
    'prosecutor lawyer solicitor barrister inspector sergeant lieutenant colonel commander analyst',
    'economist activist archbishop rabbi imam treasurer superintendent chairperson councilwoman',
    'assemblyman assemblywoman alderman quarterback fly-half scrum-half full-back wing-back playmaker',
    // American councils' one word for a member, and the Indian bar's rank: "Councilmember Rosa Delgado",
    // "Senior Advocate Kapil Sibal".
    'councilmember councilor advocate',
    // Roles in politics and the press, capitalised at a sentence start: "Historian Douglas Brinkley",
    // "Moderator Lester Holt", "Pollster Ann Selzer", "Democratic Strategist Joe Trippi".
    'historian moderator pollster strategist consultant columnist commentator anchor co-host biographer',
    'scientist pundit lobbyist operative adviser advisor aide journalist correspondent',
    // Chairs and clergy ("Board Chair Jennifer Homendy", "Fr Peter McVerry"), and
    // the people a story quotes for what they were doing or are to a business, capitalised at a sentence start
    // ("Passenger Emma Vu", "Buyer Ruth Hanley", "Pilot Steve Marsh").
    'chair fr fr. pastor passenger traveler traveller holidaymaker commuter shopper customer buyer owner pilot',
    // Church ranks written after "the Rev." or alone before a name: "the Rev. Canon Ann Ray", "Monsignor Paul Ree"
    // (a surname like "Deacon" after a first name stays, by the rule for a title word ending a name).
    'canon archdeacon monsignor msgr msgr. deacon reverend vicar curate chaplain prebendary',
    // Jobs and pursuits at a sentence start that are no one's surname: "Sprinter Tia Grant", "Rancher Eli Brandt".
    'sprinter swimmer cyclist rapper actor actress comedian novelist author poet musician chef rancher writer',
    'playwright screenwriter',
    'pharmacist nurse midwife firefighter paramedic headteacher teacher',
    // Positions and band roles at a sentence start: "Flanker Tomos Rees", "Drummer Kit Malone".
    'flanker winger centre-back centre-half wicketkeeper batsman jockey golfer skipper footballer cricketer',
    'drummer guitarist bassist keyboardist vocalist frontman frontwoman songwriter singer-songwriter presenter',
    // What a story's ordinary people are to it, capitalised at a sentence start: "Patient Ada Roe", "Tenant
    // Sam Lyle", "Resident Jo Kemp" (none a common surname).
    'patient tenant resident pupil student volunteer campaigner carer pensioner motorist neighbour',
    'shopkeeper landlord landlady publican homeowner householder businessman businesswoman stallholder',
    'grandmother grandfather grandad widow widower mum dad',
    // Ages and stages, and people in a case or a crowd: "Teenager Ella Kent", "Schoolgirl Amy Cole", "Juror Jo Hay".
    'teenager schoolgirl schoolboy youngster toddler rookie debutant newcomer veteran survivor victim witness',
    'juror defendant claimant complainant protester fan supporter referee umpire keeper',
    // Trades and a rival, likewise: "Cleaner Otilio Padilla", "Rival Hillary Clinton".
    'cleaner janitor waiter waitress bartender barman barmaid postman postwoman plumber electrician mechanic',
    'builder technician engineer lecturer researcher surgeon dentist receptionist rival',
    // Function words a run of capitals can start with: "But Smith", "However Jones".
    'the a an but and in on at for of as if when while after before meanwhile however speaking according',
    'this that these those',
    // Possessives ("His Excellency"), and "Mr.s".
    'mr.s his her their its our my your',
  ]
    .join(' ')
    .split(' '),
);

const DEMONYMS = new Set(
  (
    'us u.s. uk u.k. american russian ukrainian british english french german chinese israeli palestinian iranian ' +
    'iraqi syrian turkish indian pakistani afghan japanese korean north south mexican canadian australian italian ' +
    'spanish polish european eu nato un u.n. republican democratic gop labour tory conservative liberal scottish ' +
    'welsh irish democrats republicans'
  ).split(' '),
);
// Parties and abbreviations among them end a run of capitals but no one's name: "Veteran GOP", "One Democratic".
const NEVER_SURNAMES = /^(?:[\p{Lu}.]+|Republicans?|Democrat(?:ic|s)?)$/u;

const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december he she they it we i you there here this that then today yesterday tomorrow ' +
    // "Tonight Jo Hale said…", "Later Jo Hale told…": a time word that opens a sentence is no first name.
    'tonight now later earlier overnight afterwards god'
  ).split(' '),
);
// A number written out, which opens a sentence in capitals ("Twenty-nine people were hurt"): no name.
const NUMBER_WORD =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundreds?|thousands?|dozens?)$/i;

// Ranks that are common surnames too ("John Constable"), read as titles only before a full name.
const RANKS_BEFORE_NAMES = new Set(['Constable', 'Bishop', 'Marshal', 'Garda', 'Cardinal']);
// "Con", a given name ("Con Coughlin"), is "Constable" after "Det" or "Ch": "Det Con Amy Holt".
const CONSTABLE_AFTER = /^(?:Det|Ch)\.?$/;
// Police ranks as British papers abbreviate them, before a surname alone too: "DC Holt", "DCI Ray Moss".
// In capitals only ("Di Stewart" is a name).
const POLICE_RANKS = /^(?:PC|WPC|PCSO|PS|DC|DS|DI|DCI|DSI|DCS|ACC|DCC)$/;
// Jobs that are common surnames too ("Isaac Singer"), read as a job only opening a run before a full name:
// "Singer Maya Rhodes posted…".
const JOBS_BEFORE_NAMES = new Set([
  'Singer',
  'Farmer',
  'Baker',
  'Fisher',
  'Potter',
  'Weaver',
  'Painter',
  'Dancer',
  'Driver',
]);

// One who practises a craft or a science, opening a run before a full name: "Florist Jan Ray",
// "Epidemiologist Rosa Quint", "Cellist Ada Moy" (long enough that "Twist" or "Feist" is no such word);
// or a parent by their children: "Mother-of-two Jo Ray".
const PRACTITIONER = /^\p{Lu}\p{Ll}{3,}ist$|^\p{Lu}\p{Ll}+-of-\p{Ll}+$/u;

// Before these, any capitalised word is a name: "Mr. King", "Mrs. Bishop".
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'miss']);

/** Lower-case particles inside names: "de", "von der". */
export const PARTICLES = new Set(NAME_PARTICLES);
// A name keeps at most this many words, particles not counted: "Ursula Gertrud von der Leyen" stays whole.
const MAX_WORDS = 4;

/** Strips titles, demonyms and leading function words; returns the name tokens, or [] if nothing name-like remains. */
export function cleanName(raw: string): string[] {
  let toks = raw
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/[’']s$/u, '')
    // Letters after a name: "Helen Morgan KC", "Jo Lee MP".
    .replace(/\s+(?:KC|QC|MP|MSP|TD)$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  // Drop everything up to the last title word: "Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy".
  // A title word that ends a name after a first name or an honorific is a surname: "Charlie King", "Mr. Judge".
  let cut = 0;
  toks.forEach((t, i) => {
    const low = t.toLowerCase();
    if (!(TITLES.has(low) || DEMONYMS.has(low))) return;
    const prev = toks[i - 1]?.toLowerCase() ?? '';
    const surname =
      i === toks.length - 1 &&
      i > 0 &&
      /^\p{Lu}/u.test(t) &&
      !(DEMONYMS.has(low) && NEVER_SURNAMES.test(t)) &&
      (HONORIFICS.has(prev) || (!TITLES.has(prev) && !DEMONYMS.has(prev) && !NOT_NAMES.has(prev)));
    if (!surname) cut = i + 1;
  });
  // "Local TD Mattie McGrath": an abbreviation before a first name and a surname is a title ("JD Vance"
  // is a name). "Detective Constable Ryan Oakes", "Constable Hart": a rank that is also a surname is a
  // title before a name, though a name itself after a first name or alone ("John Constable").
  toks.forEach((t, i) => {
    if (
      (i + 2 < toks.length && /^\p{Lu}{2,}$/u.test(t)) ||
      (i + 1 < toks.length && RANKS_BEFORE_NAMES.has(t)) ||
      (i + 1 < toks.length && t === 'Con' && CONSTABLE_AFTER.test(toks[i - 1] ?? '')) ||
      (i + 1 < toks.length && POLICE_RANKS.test(t)) ||
      (i === 0 && toks.length > 2 && (JOBS_BEFORE_NAMES.has(t) || PRACTITIONER.test(t)))
    )
      cut = Math.max(cut, i + 1);
  });
  // "CNN’s Jake Tapper", "Whole Woman’s Health": what comes after a possessive is its owner's, not a name with it.
  toks.forEach((t, i) => {
    if (i < toks.length - 1 && /(?:[’']s|s[’'])$/u.test(t)) cut = Math.max(cut, i + 1);
  });
  if (cut >= toks.length) return [];
  const honorific = HONORIFICS.has((toks[cut - 1] ?? '').toLowerCase());
  toks = toks.slice(cut);
  if (NUMBER_WORD.test(toks[0] ?? '')) toks = toks.slice(1);
  if (toks.some((t) => NOT_NAMES.has(t.toLowerCase())))
    toks = toks.filter((t, i) => !NOT_NAMES.has(t.toLowerCase()) || surnameMay(toks, i, honorific));
  return lastWords(toks, MAX_WORDS);
}

// "Mrs May", "Theresa May": the month is a surname after an honorific or a first name that ends the run.
function surnameMay(toks: string[], i: number, afterHonorific: boolean): boolean {
  if (toks[i] !== 'May' || i !== toks.length - 1) return false;
  if (i === 0) return afterHonorific;
  const prev = toks[i - 1]?.toLowerCase() ?? '';
  return !NOT_NAMES.has(prev) && !TITLES.has(prev) && !DEMONYMS.has(prev);
}

/** The last `n` words of a name, with the particles among them. */
function lastWords(toks: string[], n: number): string[] {
  let words = 0;
  let i = toks.length;
  while (i > 0 && words < n) {
    i -= 1;
    if (!PARTICLES.has(toks[i] ?? '')) words += 1;
  }
  return toks.slice(i);
}
