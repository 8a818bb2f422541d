/**
 * "A yellow alert is in place for the city for Sunday", "the forecast for Friday": a weekday that a
 * present notice or forecast is "for" is the one ahead (gone by, it "was" for Sunday).
 */
import { after, before, type Reading } from './date-rules.js';

const FOR = /\bfor\s+$/i;
// A present "is"/"are" earlier in its clause: "is in place for", "are forecast for", "is for".
const PRESENT_IS = /\b(?:is|are)\b[^.;:,]{0,60}$/i;

/** Whether the weekday at `r` is what a present notice in its clause is "for". */
export const isForWeekday = (r: Reading): boolean =>
  FOR.test(before(r, 8)) &&
  // "praised for Sunday's display": the day of an event named, not a notice's.
  !/^['’]s\b/.test(after(r)) &&
  PRESENT_IS.test(before(r, 80).replace(/\bfor\s+$/i, ''));
