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

/**
 * Why a time zone typed as an abbreviation that names several zones cannot be used ("may mean …:
 * give the place instead, e.g. …"), or null for any other name.
 */
export function ambiguousZone(typed: string): string | null {
  const a = AMBIGUOUS[typed.trim().toUpperCase()];
  return a ? `may mean ${a.meanings}: give the place instead, e.g. ${a.places}` : null;
}
