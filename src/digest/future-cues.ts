/** Words that put a clause's event ahead of the speaker, as regex sources for tense.ts. */

// Words that put the clause's event ahead of the speaker: modal and periphrastic futures, schedules,
// plans and anticipation: "expected back", "is set for", "planned a rally", "can't wait for Saturday"
// (modals: modal-cues.ts).
// "next Friday" is read by chrono itself; a bare "next" elsewhere in the clause is no cue (it lost a
// date on the held-out half: "the next day" is narrative past).
export const SCHEDULES = [
  String.raw`(?:is|are|am|be)\s+(?:scheduled|slated|set|due|expected|planned|poised|likely|to)`,
  'scheduled (?:to|for)',
  'slated (?:to|for)',
  'set (?:to|for)',
  'due (?:to|on|for|in|at|back)',
  'expected (?:to|on|for|back|at|in)',
  // Courts and bookings: "a second trial is listed for the 24th", "the match is fixed for Friday", "the
  // hearing has been listed for 6th January" (not "had been": a listing as it stood).
  String.raw`(?:is|are|am|be|(?<!\bhad\s)been)\s+(?:listed|fixed|booked|timetabled|earmarked|pencil?led\s+in)\s+for`,
  // Weather and markets: "is forecast to make landfall on Wednesday", "predicted to peak".
  '(?:forecast|predicted|projected|likely) (?:to|for)',
  // Reported speech backshifts a forecast: "said sailings on Saturday were likely to be cancelled" is
  // "are likely to", the day still ahead (a likelihood, unlike "was due to", is no schedule as it
  // stood). Not "was likely to have", which looks back.
  String.raw`(?:was|were)\s+(?:\w+ly\s+)?(?:un)?likely\s+to(?!\s+have\b)`,
  // An infinitive set off as an aside on what is to be done: "the Budget, to be tabled on Friday,
  // will…", "the summit, to be held in Lima on 3 May,". Only at its clause's start: "appeared to be
  // injured on Friday" tells of the past.
  String.raw`(?:^|(?<=,\s))to be (?:\w+ed|held|sworn|shown|given|built|paid|sent|run|made|read|chosen|drawn|won)`,
];
// A deadline someone expects, hopes or aims to meet, read up to the "by" before the day: "expected a
// near-normal service by Saturday", "hope most homes have water again by Sunday". With an object
// between, "expected" is no schedule cue and reads as past. Not "was expected by Friday" or "had hoped
// … by Friday": a schedule or hope as it stood, which may have come and gone.
export const EXPECTED_BY =
  /(?<!\b(?:had|was|were|been)\s)\b(?:expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,8}?by\s+$/i;
// A base form after "to", "not" or "did" is no schedule ("failed to resume") and no expectation.
export const NOT_AFTER = String.raw`(?<!\b(?:to|not|did|didn['’]t|does|doesn['’]t|never)\s)`;
export const PLANS = [
  'plans? to',
  'planned',
  'planning',
  'as soon as',
  'as early as',
  'intends? to',
  'hopes? to',
  // "We expect the heaviest traffic on Wednesday", "analysts expect a cut on Thursday": what one
  // expects now is ahead ("expected", "did not expect" look back or tell a schedule as it stood).
  `${NOT_AFTER}(?:expect|anticipate)s?\\b`,
  'aims? to',
  'looks? forward',
  'looking forward',
  "can['’]?t wait",
  'cannot wait',
  'upcoming',
  'coming',
  'ahead of',
  'in time for',
];
// A schedule told in the present: "the trial resumes Monday", "the festival runs from Friday",
// "sales begin on Saturday", "the fiscal year ends Feb. 2", "the offer expires Oct. 12", "effective
// Jan. 1" (NOT_AFTER, above).
export const PRESENT_SCHEDULES = [
  `${NOT_AFTER}(?:resume|reopen|begin|take effect|take place|come into force)`,
  // "Voting takes place Monday": an event's schedule, as "begins" is.
  'takes place',
  'resumes',
  'reopens',
  'opens',
  'begins',
  'starts',
  'ends',
  'expires',
  'matures',
  // "raised prices 4%, effective Jan. 1": when a change takes effect, told as it is announced.
  String.raw`(?<!\b(?:became|become|becomes|was|were|been|made|is\s+now)\s)effective`,
  'kicks off',
  'takes effect',
  'comes into force',
  'goes on sale',
  `${NOT_AFTER}go on sale`,
  // Event listings: "polls open at 7am on Thursday", "doors open at 7pm Friday". Plural nouns that
  // are seldom a verb's object, so "open" here is the verb.
  '(?:polls|doors|gates|nominations) (?:open|close)',
  'runs (?:from|until|till|through)',
  'plays',
  'faces',
];
