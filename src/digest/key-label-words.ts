import { anyOf, anyWord } from './regex-parts.js';

// The words a countdown label is trimmed of: who reported it and when, and the words that tie a
// clause to its date.

// When a report was made, between its verb and "that": "said late on Tuesday that".
const WHEN = String.raw`(?:\s+${anyWord([
  'on',
  'late',
  'early',
  'last',
  'this',
  'yesterday',
  'today',
  'tonight',
  String.raw`\w+day`,
  'week',
  'month',
  'night',
  'morning',
  'afternoon',
  'evening',
])}){0,4}`;
// "Officials said (that)", "The paper reported", "Aides said Tuesday the plan…": who says it and
// when, not what happens on the day.
export const REPORTING = new RegExp(
  // ("X, who took over in May, said the company would": the clause may open on the verb.)
  String.raw`^(?:.{2,60}?\b)?${anyOf([
    'said',
    'says',
    // "told Parliament", "told Prime Minister Jo Bell", "told reporters", "told the BBC".
    String.raw`told (?:(?:the|a|an) )?(?:[A-Z][\w.]*(?: [A-Z][\w.]*)*|\w+)`,
    'added',
    'announced',
    'reported',
    'stated',
    'warned',
    // "unveiled the phone on Tuesday, saying it would go on sale on 16 November".
    'saying',
  ])}(?:${WHEN}(?:\s+that)?)?\s+`,
);
// How the words after a reporting verb open when they are no clause: "said in a statement".
// Nor when the verb has no subject of its own: "which analysts said would last".
export const AFTER_SAID = new RegExp(
  `^${anyWord([
    'in',
    'on',
    'at',
    'by',
    'for',
    'from',
    'with',
    'to',
    'of',
    'during',
    'after',
    'before',
    'would',
    'will',
    'could',
    'can',
    'may',
    'might',
    'must',
    'should',
    'was',
    'were',
    'is',
    'are',
    'had',
    'has',
    'have',
  ])}`,
  'i',
);
// Verbs whose "in" or "over" is part of them, not a preposition before the date: "will be sworn in
// on 20 January", "tariffs kick in on 1 August", "she will take over on 1 May".
const IN_VERBS = [
  'sworn',
  'phased',
  'ushered',
  'kicks?',
  'kicked',
  'sets?',
  'comes?',
  'came',
  'steps?',
  'stepped',
  'moved?',
  'moves',
  'checks?',
  'checked',
];
const OVER_VERBS = ['takes?', 'took', 'taken', 'taking', 'hands?', 'handed', 'handing'];
// Words that tie a clause to the date or to the clause before: not part of what happens.
export const TRAILING = new RegExp(
  String.raw`(?:(?:^|\s+)${anyWord([
    'on',
    'by',
    'until',
    'till',
    'before',
    'after',
    'at',
    String.raw`(?<!\b${anyOf(IN_VERBS)}\s)in`,
    'for',
    'from',
    'since',
    'of',
    'during',
    'around',
    'this',
    'next',
    // Not the verb: "the session will last until 14 March".
    String.raw`(?<!\b(?:will|would|could|may|might|must|should|to)\s)last`,
    'the',
    // "The vote is on 3 March": the vote, not "The vote is".
    'is',
    'are',
    'was',
    'were',
    'will be',
    // "If members back action, the first strike day would be 22 April": the day, not "would be".
    'would be',
    'could be',
    // "The busiest day is expected to be Saturday": the day, not "expected to be".
    'to be',
    'as soon as',
    'as early as',
    'no later than',
    // "The jobs report, due on Friday", "cut the ribbon a week on Friday", "moved to Monday".
    'due',
    'a week',
    'to',
    // "closed until at least Tuesday", "on or before 6 April", "running through Oct. 19", "travel over
    // the holiday", "run into Saturday", "ahead of the Feb. 9 primary", "for three days starting 20 March".
    'at least',
    'at the earliest',
    'or',
    'through',
    String.raw`(?<!\b${anyOf(OVER_VERBS)}\s)over`,
    'into',
    // Not the verb's: "the fireworks display will go ahead on New Year's Eve".
    String.raw`(?<!\b(?:go|goes|going|gone|went|press|pressing)\s)ahead`,
    'ahead of',
    'starting',
    'beginning',
    // "returns to the park between 3 and 7 June".
    'between',
    // "expected to meet the envoy later this afternoon": when in the day, not what happens.
    'later',
  ])})+\s*$`,
  'i',
);
export const LEADING = new RegExp(
  // ("…refunds, and that a full schedule would resume": the reported clause, without its "that"; not
  // "And that is to finish the road", whose "that" is the subject.)
  String.raw`^(?:${anyWord(['and', 'but', 'so', 'while', 'with', 'meanwhile', 'however', 'then', 'yet'])}(?:\s+that(?!\s+(?:is|was|will|would|could|can|has|had|may|might|must|should)\b))?,?\s+)+`,
  'i',
);
