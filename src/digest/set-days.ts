import { setsEvent } from './set-events.js';

/**
 * "adjourned the hearing to Friday", "called a strike for Friday", "postponed the vote until Friday",
 * "scheduled a hearing for Friday", "cancelled all sailings for Wednesday": a past verb that sets a
 * day for what it moves, calls or calls off sets it ahead (at most eight words between the verb and
 * its preposition: "adjourned the trial of four former bank directors until Friday"). Not "called for
 * a strike on Friday" (the call was on Friday), nor a day told as gone by after it ("…to Friday, when
 * he was jailed"), nor a plan a "but" undoes ("was scheduled for Saturday, but rain washed out play"),
 * nor an event's day ("moved to Leeds for Friday's game"), nor a plan as it had stood ("had been set
 * for Friday").
 */
const SETS_DAY =
  /(?<!\bhad\s+(?:been\s+)?)\b(?:adjourned|postponed|deferred|delayed|put\s+off|pushed\s+back|brought\s+forward|moved|rescheduled|rearranged|re-arranged|called|set|scheduled|slated|fixed|remanded|extended|cancell?ed|scrapped)\s+(?:[\w'’-]+\s+){0,8}?(?:to|until|till|for)\s+$/i;

// "Airlines braced for the busiest travel day of the year on Wednesday": a day that is the one a past
// verb of getting ready was getting ready for is still to come. Only a day or night named as its
// object: "prepared for the storm on Monday" may be the day of the preparing.
const READIED_FOR =
  /\b(?:braced|prepared|readied|geared\s+up|girded)\s+(?:themselves\s+|itself\s+)?for\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:day|night)(?:\s+of\s+the\s+[\w-]+)?\s+$/i;

// "canceled classes through Friday", "suspended flights through Wednesday": what is called off
// runs on to the day, ahead. Only these verbs: "the storm moved through Friday" is a day gone by.
const CALLED_OFF_THROUGH =
  /\b(?:cancell?ed|suspended|called\s+off|scrapped|halted)\s+(?:[\w'’-]+\s+){0,8}?through\s+$/i;

// "set a trial date of 15 September", "fixed a provisional date for 3 June": the date a past verb
// names for what is to come.
const DATE_OF =
  /\b(?:set|fixed|agreed|named|confirmed|announced|gave|listed)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?date\s+(?:of|for|as)\s+$/i;
// What after the day undoes it: a possessive ("…to Friday's game"), a "but", or a "when" clause told as
// gone by ("…to Friday, when he was jailed"); not one told ahead ("…until 14 August, when a full inquest
// will take place").
const UNDONE_AFTER = /^\s*(?:['’]s\b|,?\s*but\b|,?\s*when\b(?![^.;:!?]{0,80}\b(?:will|shall|is\s+due|are\s+due)\b))/i;

/** True when the words before a day (`before`, up to 160 characters) set it ahead, and those after do not undo it. */
export function setsDayBefore(before: string, after: string): boolean {
  const near = before.slice(-80);
  return (
    (SETS_DAY.test(near) ||
      DATE_OF.test(near) ||
      CALLED_OFF_THROUGH.test(near) ||
      READIED_FOR.test(near) ||
      setsEvent(before)) &&
    !UNDONE_AFTER.test(after)
  );
}

// "pushed back the release of the game to 6 March", "moved the final to Sunday": the day a verb of
// moving sets is when the thing now happens, an event ahead, not a day gone by.
const MOVED_TO =
  /(?<!\bhad\s+(?:been\s+)?)\b(?:postponed|deferred|delayed|put\s+off|pushed\s+back|brought\s+forward|moved|rescheduled|rearranged|re-arranged)\s+(?:[\w'’-]+\s+){0,8}?(?:to|until|till|for)\s+$/i;

// "gave the company until Sept. 30 to file", "granted regulators until…", "extended the deadline until…":
// the day is a deadline the past verb set, still ahead.
const GIVEN_UNTIL = /\b(?:gave|given|granted|allowed|extended)\s+(?:[\w'’-]+\s+){0,6}?(?:until|till|through|to)\s+$/i;

/** True when the words just before a day (`before`, up to 80 characters) move something to it. */
export function movedToDay(before: string): boolean {
  return MOVED_TO.test(before.slice(-80));
}

/** True when the words just before a day (`before`, up to 80 characters) give someone time until it. */
export function givenUntilDay(before: string): boolean {
  return GIVEN_UNTIL.test(before.slice(-80));
}

/** The past verbs that name a day as the date of what is to come: "set" (Sept. 8) "as the start of the trial". */
export const SET_AS_VERB = '(?:set|fixed|named|chose|picked|designated|confirmed)';
/** What such a verb names the day as: "the start", "the deadline". */
export const NAMED_AS = String.raw`(?:start|opening|beginning|date|day|deadline|target\s+date)`;

// "set Sept. 8 as the start of the trial", "named Oct. 1 as the deadline": the day a past verb names as
// the date of what is to come. (Only for the key date: a weekday so set may be gone by already, "set
// Friday as the deadline" in Saturday's paper.)
const SET_AS_BEFORE = new RegExp(String.raw`\b${SET_AS_VERB}\s+$`, 'i');
const AS_THE_DATE = new RegExp(String.raw`^,?\s+as\s+(?:the\s+)?${NAMED_AS}\b`, 'i');

/** True when a past verb right before the day (`before`) names it "as the start" or "as the deadline" (`after`). */
export function setAsDate(before: string, after: string): boolean {
  return SET_AS_BEFORE.test(before) && AS_THE_DATE.test(after);
}
