/**
 * "“…,” the Celtic manager said": sport writing refers back to a team's manager by the team, having named
 * them once ("Rangers manager Philippe Clement", or as the lead's subject: "Brendan Rodgers insisted there
 * was no crisis at Celtic"). Manager, boss and head coach are one post to a reporter.
 */
import { literal } from './regex-parts.js';

const POST = String.raw`(?:manager|boss|head\s+coach|coach)`;
const TEAM_POST = new RegExp(String.raw`^the\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,2})${POST}$`, 'u');
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+`;

// Clubs' nicknames, as a report calls the manager it named by the club: "Tottenham manager Ange
// Postecoglou … the Spurs boss said". Each with the names the club goes by.
const NICKNAMES: Record<string, readonly string[]> = {
  Spurs: ['Tottenham', 'Tottenham Hotspur'],
  Gunners: ['Arsenal'],
  Hammers: ['West Ham', 'West Ham United'],
  Toffees: ['Everton'],
  Magpies: ['Newcastle', 'Newcastle United'],
  Reds: ['Liverpool'],
  'Red Devils': ['Manchester United', 'Man United'],
  Cityzens: ['Manchester City', 'Man City'],
  Blues: ['Chelsea', 'Everton', 'Birmingham'],
  Villans: ['Aston Villa', 'Villa'],
  Foxes: ['Leicester', 'Leicester City'],
  Saints: ['Southampton', 'St Mirren', 'St Johnstone'],
  Cherries: ['Bournemouth'],
  Seagulls: ['Brighton'],
  Wolves: ['Wolverhampton Wanderers', 'Wolverhampton'],
  Bees: ['Brentford'],
  Eagles: ['Crystal Palace'],
  Cottagers: ['Fulham'],
  'Black Cats': ['Sunderland'],
  Bhoys: ['Celtic'],
  Gers: ['Rangers'],
  Dons: ['Aberdeen'],
  Hibs: ['Hibernian'],
  Jambos: ['Hearts'],
  Tangerines: ['Dundee United', 'Blackpool'],
};

/**
 * The person `description` ("the Villa manager") stands for in `text` (quotations blanked out): the one
 * named with that post and team ("Villa manager Unai Emery", "Unai Emery, the Villa boss"), else the
 * person the first paragraph opens on, when that sentence names the team ("Unai Emery said Aston Villa
 * had…"), as a match report leads with the manager it is about. `person` turns a name into the article's.
 */
export function teamManager(
  text: string,
  description: string,
  person: (name: string, at: number) => string | null,
): string | null {
  const team = TEAM_POST.exec(description.trim())?.[1]?.trim();
  if (team === undefined) return null;
  const t = [team, ...(NICKNAMES[team] ?? [])].map(literal).join('|');
  const named = new RegExp(
    String.raw`\b(?:${t})\s+${POST}\s+(${NAME})|(${NAME}),\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s+)?(?:${t})\s+${POST}\b`,
    'u',
  ).exec(text);
  const who = named?.[1] ?? named?.[2];
  if (named && who) return person(who, named.index + named[0].indexOf(who) + 1) ?? who;
  const lead = text.trimStart();
  const start = text.length - lead.length;
  const sentence = /^[^.!?\n]*[.!?]?/.exec(lead)?.[0] ?? '';
  const subject = new RegExp(String.raw`^(${NAME})\s+\p{Ll}`, 'u').exec(sentence)?.[1];
  if (subject === undefined || !new RegExp(String.raw`\b(?:${t})\b`, 'u').test(sentence.slice(subject.length)))
    return null;
  return person(subject, start + 1);
}
