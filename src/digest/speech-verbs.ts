/**
 * Verbs that make a quotation speech ("“Not again,” she groaned"), as word lists joined into a
 * regular-expression alternation. Past and present forms are listed; participles ("saying, adding")
 * lead into a quote.
 */

// Reporting verbs proper: what news writes around most quotations.
const REPORTING = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'asked', 'asks', 'explained',
  'explains', 'noted', 'notes', 'wrote', 'writes', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues',
  'claimed', 'claims', 'continued', 'continues', 'replied', 'replies', 'responded', 'responds', 'answered', 'answers',
  'tweeted', 'tweets', 'posted', 'declared', 'declares', 'announced', 'announces', 'remarked', 'admitted', 'admits',
  'recalled', 'recalls', 'acknowledged', 'conceded', 'suggested', 'suggests', 'confirmed', 'emphasi[sz]ed',
  'stressed', 'predicted', 'promised', 'vowed', 'pledged', 'maintained', 'observed', 'concluded', 'pointed out',
  'went on', 'reported', 'reports', 'testified', 'cautioned', 'urged', 'countered', 'agreed', 'revealed', 'described',
  'read', 'reads', 'began', 'begins', 'commented', 'mentioned', 'disclosed', 'confided', 'confessed', 'reiterated',
  'repeated', 'asserted', 'contended', 'alleged', 'charged', 'proclaimed', 'wondered', 'offered', 'advised',
  'assured', 'reassured', 'recounted', 'acknowledges',
];

// Manner-of-speaking verbs: rarer, and mostly with short quotations. Verbs of attack that take a
// person as object ("blasted", "mocked", "taunted") are left out: the quotation is often the target's.
const MANNER = [
  'shouted', 'shouts', 'yelled', 'yells', 'screamed', 'whispered', 'whispers', 'muttered', 'mutters', 'murmured',
  'groaned', 'groans', 'moaned', 'sighed', 'sighs', 'interjected', 'interjects', 'exclaimed', 'exclaims', 'cried',
  'cries', 'snapped', 'snaps', 'barked', 'barks', 'retorted', 'retorts', 'hissed', 'growled', 'roared', 'bellowed',
  'hollered', 'grumbled', 'grumbles', 'complained', 'complains', 'lamented', 'laments', 'marvel(?:l)?ed', 'gushed',
  'raged', 'fumed', 'thundered', 'scoffed', 'sneered', 'pleaded', 'pleads', 'begged', 'demanded', 'demands',
  'protested', 'objected', 'boasted', 'bragged', 'joked', 'jokes', 'quipped', 'quips', 'deadpanned', 'laughed',
  'chuckled', 'mused', 'muses', 'stammered', 'blurted', 'gasped', 'sobbed', 'wailed', 'shrieked', 'called out',
  'cut in', 'broke in', 'chimed in', 'piped up', 'chanted', 'chanting', 'sang', 'singing', 'recited', 'texted',
  'emailed', 'messaged', 'swore', 'reasoned', 'speculated', 'wagered', 'ventured',
];

// Participles and phrases that lead into a quotation: "…, saying, “…”" · "according to X, “…”".
const LEADING = [
  'saying', 'adding', 'telling', 'explaining', 'writing', 'noting', 'warning', 'insisting', 'asking', 'tweeting',
  'posting', 'declaring', 'announcing', 'arguing', 'claiming', 'responding', 'replying', 'stating', 'remarking',
  'recalling', 'quipping', 'joking', 'complaining', 'promising', 'vowing', 'concluding', 'continuing', 'according to',
];

/** Every speech cue, longest alternatives first where one is a prefix of another. */
export const CUES = [...REPORTING, ...MANNER, ...LEADING].join('|');
