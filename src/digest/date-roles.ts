import type { DateRole } from './types.js';
import { anyWord } from './regex-parts.js';
import { movedToDay } from './set-days.js';

// Words shortly before a date that make it a deadline: "by 20 January", "no later than Friday".
const DEADLINE_WORDS = [
  'by',
  'until',
  'till',
  // Not "the day before", a day of its own: "use them the day before or up to Tuesday".
  String.raw`(?<!\bthe\s(?:day|night|evening|morning|week)\s)before`,
  'no later than',
  'deadline',
  'ultimatum',
  'expires?',
  'cut-?off',
];
const DEADLINE = new RegExp(`${anyWord(DEADLINE_WORDS)}[^.;]{0,25}$`, 'i');
const RESUMES = new RegExp(
  String.raw`${anyWord(['adjourned', 'suspended', 'postponed', 'paused', 'halted'])}[^.;]{0,60}\b(?:until|till)\s+[^.;]{0,12}$`,
  'i',
);
// Words anywhere in its sentence that make a date ahead an event: "is scheduled for", "the summit on".
const EVENT_WORDS = [
  'scheduled',
  'set for',
  'due',
  'planned',
  'expected',
  'slated',
  'will be held',
  // A court's listing: "the trial is listed for 6th January", "has been listed for Friday".
  '(?:is|are|be|been) (?:listed|fixed) for',
  // "with the tie to be played on the weekend of 1 March": an infinitive of staging, still ahead.
  'to be (?:held|played|staged)',
  // What a government or a firm puts out on a day ahead: "will be released on Wednesday, 18 December",
  // "the Budget, to be tabled this Friday", "will be presented in Parliament on 1 February".
  '(?:will|to) be (?:tabled|presented|released|published|unveiled|launched|signed)',
  String.raw`inaugurat\w*`,
  'summit',
  'election',
  'vote',
  'referendum',
  'hearing',
  'trial',
  'launch',
  'meeting',
  'conference',
  'ceremony',
  'talks',
  'deadline',
  // A walkout, a court's sentence, a funeral: the day a story of them counts down to. (Not "festival":
  // "before the Spring Festival, which falls on Feb. 16" dates a trip by it.)
  'strikes?',
  'walk(?:s|ing)? out',
  'walkouts?',
  // A line or a road shut on a day: "No services will run on Tuesday 8 December", "The road will shut
  // at 9pm on Friday 8 January". What a strike or roadworks notice counts down to.
  'no (?:trains?|services|buses|trams|flights|sailings|ferries) (?:will )?(?:run|operate)',
  'will (?:be )?(?:shut|closed?|reopen(?:ed)?)',
  'sentenced',
  'sentencing',
  'funeral',
  // The unveiling, the ballot, the primary, the swearing-in, the testimony, the day in court. (Not
  // "polls": "24 hours before polls open" dates the end of campaigning.)
  String.raw`unveil\w*`,
  'ballot',
  'primary',
  String.raw`caucus\w*`,
  'sworn in',
  'testify',
  'appear (?:in|at|before)',
  // A fixture: "England play Australia on Wednesday", "face Charlton", "Game 5". (Not "final", mostly
  // an adjective: "a final rally"; nor "host", as often a place: "host Seattle the same day".)
  'play',
  'face',
  'match',
  // A boxer's night: "will fight for the last time on 29 November", "the bout on Saturday".
  'fights?',
  'bouts?',
  'game \\d+',
  // The start of a match: "Kickoff is at 3pm on Saturday", "It kicks off on Sunday".
  'kick(?:s|ed)? off',
  'kick-?off',
  // "It starts on Thursday": the start of what the story is about. (Not any start: "the parade
  // starts at noon" may be a side event of the day.)
  '(?:it|this) (?:starts|begins)',
  // A weather or flood warning's day: "A yellow warning for snow is in force from 6pm on Thursday",
  // what a warning story counts down to, rather than a day it names more often for what follows.
  'warnings?',
  'alerts?',
  'in force',
];
const EVENT = new RegExp(anyWord(EVENT_WORDS), 'i');

/** What a date is to its sentence: the publication day, a mention, a deadline, or an event ahead. */
export function roleOf(date: string, published: string | null, before: string, sentence: string): DateRole {
  if (published !== null && date === published) return 'published';
  if (published !== null && date < published) return 'mention';
  // "adjourned the case until 18 August": the day it resumes, an event, not a deadline to meet.
  if (RESUMES.test(before) || movedToDay(before)) return 'event';
  if (DEADLINE.test(before)) return 'deadline';
  if (EVENT.test(sentence)) return 'event';
  return 'mention';
}
