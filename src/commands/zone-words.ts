import { UserError } from '../errors.js';

// Abbreviations that name different zones to different people, which the runtime (ICU) reads as
// one of them, often not the one meant: "BST" is Asia/Dhaka there, not London's summer time, and
// "AST" is Anchorage. Accepted, a channel would get its posts hours off with nothing said.
const AMBIGUOUS: Record<string, { meanings: string; places: string }> = {
  BST: { meanings: 'British Summer Time or Bangladesh Standard Time', places: 'Europe/London or Asia/Dhaka' },
  IST: {
    meanings: 'India, Irish or Israel Standard Time',
    places: 'Asia/Kolkata, Europe/Dublin or Asia/Jerusalem',
  },
  CST: {
    meanings: 'US Central, China or Cuba Standard Time',
    places: 'America/Chicago, Asia/Shanghai or America/Havana',
  },
  AST: { meanings: 'Atlantic or Arabia Standard Time', places: 'America/Halifax or Asia/Riyadh' },
  NST: { meanings: 'Newfoundland or New Zealand Standard Time', places: 'America/St_Johns or Pacific/Auckland' },
  SST: { meanings: 'Samoa or Singapore Standard Time', places: 'Pacific/Pago_Pago or Asia/Singapore' },
};

/** Refuses a time zone typed as an abbreviation that names several zones, naming the places to choose from. */
export function refuseAmbiguousZone(typed: string): void {
  const abbr = typed.trim().toUpperCase();
  const a = AMBIGUOUS[abbr];
  if (a)
    throw new UserError(
      'bad-timezone',
      `"${typed.trim()}" may mean ${a.meanings}: give the place instead, e.g. ${a.places}`,
    );
}

// Zone names that look like a region's clock but keep one offset all year.
const FIXED_ZONES: Record<string, string> = {
  EST: ' EST is UTC−5 all year, with no summer time: for New York’s clock use America/New_York.',
  MST: ' MST is UTC−7 all year, with no summer time: for Denver’s clock use America/Denver (Arizona: America/Phoenix).',
};

/** What the person subscribing should know about the zone they chose (a leading space), or ''. */
export function zoneNote(timeZone: string): string {
  // POSIX signs: Etc/GMT+2 is two hours behind UTC, which its name does not say to most readers.
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(timeZone);
  if (etc && Number(etc[2]) !== 0) {
    const n = Number(etc[2]);
    const [is, wanted, other] = etc[1] === '+' ? ['−', '+', '-'] : ['+', '−', '+'];
    return ` ${timeZone} is UTC${is}${n}: these names count the other way round (for UTC${wanted}${n} use Etc/GMT${other}${n}).`;
  }
  return FIXED_ZONES[timeZone] ?? '';
}
