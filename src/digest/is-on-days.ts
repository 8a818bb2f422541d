/**
 * A schedule told in the present with "is": "the vote is on Tuesday", "results day is 12 August",
 * "the library is closed on Thursday". What "is" puts on a day is to come (gone by, it "was"), so
 * date-places.ts puts such a weekday ahead and such a yearless day, weeks gone by, in next year.
 */
import { after, before, type Reading } from './date-rules.js';

// "is on Tuesday", and a state or a time of day between: "is closed on Thursday", "is from 9am to
// 5pm on Thursday" (chrono's reading starts at "5pm").
const IS_ON =
  /\b(?:is|are)\s+(?:(?:closed|open|shut)\s+)?(?:(?:from|between)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?:to|and|until|till)\s+|on\s+)?$/i;

// "the plant is closing on Monday", "talks are resuming Friday": a present progressive right before
// the day is an arrangement ahead (gone by, it "closed"); not before a possessive: "police are
// investigating Monday's fire", nor after a verb whose "on" takes an object ("pundits are betting on
// 5 May", "detectives are focusing on Monday").
const IS_DOING_ON =
  /\b(?:is|are)\s+(?!(?:bett|focus+|count|rely|work|insist|comment|report|depend|bank|reflect|concentrat|dwell|wait|decid|agree|vot)ing\b)\w{3,}ing(?:\s+(?:down|out|up|off|back|away))?\s+(?:on\s+)?$/i;

/** Whether the reading follows such an "is" ("is on", "is closed on"); not "today is Tuesday". */
export const isOn = (r: Reading): boolean =>
  (IS_ON.test(before(r, 40)) && !/\b(?:today|it|that|this)\s+(?:is|are)\s+(?:on\s+)?$/i.test(before(r, 16))) ||
  (IS_DOING_ON.test(before(r, 40)) && !/^['’]s\b/.test(after(r)));

/**
 * How many days behind publication such a yearless day must lie to be next year's: three weeks.
 * Nearer, "the deadline is 5 November" in a story of the 18th is a late report of a day just gone.
 */
export const IS_ON_BEHIND = 21;
