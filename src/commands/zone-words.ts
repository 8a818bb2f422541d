import { UserError } from '../errors.js';
import { ambiguousZone } from '../time/zone-names.js';

/** Refuses a time zone typed as an abbreviation that names several zones, naming the places to choose from. */
export function refuseAmbiguousZone(typed: string): void {
  const why = ambiguousZone(typed);
  if (why) throw new UserError('bad-timezone', `"${typed.trim()}" ${why}`);
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
