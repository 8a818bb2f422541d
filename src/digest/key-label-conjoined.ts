import { payableLabel } from './key-label-payable.js';
import { withoutAsides } from './key-label-asides.js';
import { TRAILING } from './key-label-words.js';
import { setAsLabel, setDayForLabel, setForLabel } from './key-label-set.js';
import { IRREGULAR_PASTS, REGULAR_PAST } from './past-forms.js';
import { anyOf } from './regex-parts.js';

// The verb that opens a predicate: a modal or an auxiliary, which a subject shared by two predicates
// leaves bare after "and".
const AUX = String.raw`(?:will|would|must|should|shall|can|could|may|might|is|are|was|were|has|have|had|needs?\s+to|plans?\s+to)`;
// "Ballots for the school levy will be mailed next week and must be returned": the subject, the first
// predicate and the second, whose day the label is for. (No comma nor clause inside the subject, nor a
// phrase before it: "In a drama that has divided his family and may be resolved" has no subject.)
const OPENER = String.raw`(?!(?:In|On|At|For|From|With|By|After|Before|As|If|When|While|Although|Because|Since|Until|During|Once)\b)`;
// The first predicate may be a deed told ("Microsoft filed its response on April 10, and must name
// its witnesses by Aug. 1"), and a comma may close it before "and".
const FIRST_VERB = `(?:${AUX}|${REGULAR_PAST}|${anyOf(IRREGULAR_PASTS)})`;
const CONJOINED = new RegExp(
  String.raw`^(${OPENER}(?:\p{Lu}|[Tt]he\s|[Aa]n?\s)(?:(?!\b(?:that|which|who|whose)\b)[^,;:]){1,80}?)\s+${FIRST_VERB}\s+[^,;:]+?,?\s+and\s+(${AUX}\s+[^,;:]+)$`,
  'u',
);
const OPENS_WITH_AUX = new RegExp(`^${AUX}\\s`);
// "The company plans to file by the end of the year and to present the data" before "on Oct. 21": one
// verb of intent and two infinitives; the day is the second's.
const INTENT = String.raw`(?:plans?|planning|aims?|hopes?|intends?|expects?|wants?|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|going))`;
const CONJOINED_TO = new RegExp(
  String.raw`^(${OPENER}(?:\p{Lu}|[Tt]he\s|[Aa]n?\s)(?:(?!\b(?:that|which|who|whose)\b)[^,;:]){1,80}?\s+${INTENT})\s+to\s+[^,;:]+?,?\s+and\s+to\s+([^,;:]+)$`,
  'u',
);

// "Ballots will be mailed next week and must be returned" before "by 22 April": the shared subject and
// the predicate the day belongs to, "Ballots must be returned"; the first predicate has its own time.
function sharedSubjectPredicate(clause: string): string | null {
  const m = CONJOINED.exec(clause);
  if (m?.[1] && m[2]) return `${m[1]} ${m[2]}`;
  const to = CONJOINED_TO.exec(clause);
  return to?.[1] && to[2] ? `${to[1]} to ${to[2]}` : null;
}

/**
 * The label the words before the day make on their own: the thing payable on it ("Quarterly dividend
 * of 12 cents a share payable"), the thing a past verb set for it ("The trial"), or what a subject of
 * two predicates does on it, or what a past verb named the day as ("as the start of the trial", the
 * clause `after` it); else null. `lead` is the sentence up to the day, of which `before` is the last clause.
 */
export function predicateLabel(before: string, lead = before, after = ''): string | null {
  // A clause cut at ", and" ("must name its witnesses"): read with the subject and predicate before it.
  const at = OPENS_WITH_AUX.test(before) ? lead.lastIndexOf(before) : -1;
  const whole = at > 0 ? `${lead.slice(0, at)}${before}` : before;
  return (
    payableLabel(before) ??
    setForLabel(before) ??
    setAsLabel(before, after) ??
    setDayForLabel(before, after) ??
    sharedSubjectPredicate(whole) ??
    // "The band will release their album, Low Tide Songs, on 11 April and will close the stage on…":
    // the first predicate's aside cut the clause at its comma.
    (before === lead ? null : sharedSubjectPredicate(withoutAsides(lead).trimEnd().replace(TRAILING, '')))
  );
}
