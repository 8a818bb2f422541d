/**
 * A present tense in -s as a named subject's verb, right after an aside's closing comma: "Their
 * grandmother, Mei Chen, 88, visits every Sunday", "Ann Lee, the mayor, also runs the café". Right
 * after a name a word in -s is as often a noun ("Chelsea fans", "Acme shares"), so subjects are read
 * with past forms there (speaker-patterns.ts); after the comma that closes an aside it is the verb.
 */

// Words in -s that follow such a comma and are no verb.
const NOT_VERBS = [
  'his',
  'its',
  'this',
  'thus',
  'plus',
  'whereas',
  'perhaps',
  'always',
  'sometimes',
  'besides',
  'towards',
  'afterwards',
  'nevertheless',
  'unless',
  'was',
  'has',
  'is',
  'as',
  'us',
  'yes',
];

/** That verb as regular-expression source (flag `u`): an -s word (not "-ss") after a comma and an optional "-ly" adverb. */
export const PRESENT_AFTER_ASIDE = String.raw`(?<=,\s+(?:\p{Ll}+ly\s+)?)(?!(?:${NOT_VERBS.join('|')})(?![\p{L}’'\-]))\p{Ll}+(?<![s’'])s(?![\p{L}’'\-])`;
