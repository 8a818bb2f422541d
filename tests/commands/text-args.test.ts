import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { parseTextArgs } from '../../src/commands/text-args.js';
import { parseTimeZone } from '../../src/schedule/schedule-spec.js';

const spec = (name: string) => {
  const s = COMMANDS.find((c) => c.name === name);
  if (!s) throw new Error(`no command ${name}`);
  return s;
};

describe('typed command text', () => {
  it('finds the time zone of /subscribe written last or first, abbreviations and UTC offsets included', () => {
    expect(parseTextArgs(spec('subscribe'), 'weekdays 07:30 Europe/Lisbon')).toEqual({
      schedule: 'weekdays 07:30',
      timezone: 'Europe/Lisbon',
    });
    expect(parseTextArgs(spec('subscribe'), 'Europe/Lisbon weekdays 07:30')).toEqual({
      schedule: 'weekdays 07:30',
      timezone: 'Europe/Lisbon',
    });
    expect(parseTextArgs(spec('subscribe'), 'daily 08:00 UTC+2')).toEqual({
      schedule: 'daily 08:00',
      timezone: 'UTC+2',
    });
    // A cron day name stays in the schedule.
    expect(parseTextArgs(spec('subscribe'), '0 8 * * MON')).toEqual({ schedule: '0 8 * * MON' });
  });

  it('reads "article:Town Hall Vote" whole when no other option would take the words after it', () => {
    expect(parseTextArgs(spec('digest'), 'article:Town Hall Vote')).toEqual({ article: 'Town Hall Vote' });
    expect(parseTextArgs(spec('countdown'), 'article:Town Hall Vote public:true')).toEqual({
      article: 'Town Hall Vote',
      public: 'true',
    });
    // Words that are not right after it are still too many.
    expect(() => parseTextArgs(spec('digest'), 'Town article:Hall')).toThrow(/takes no more arguments/);
  });

  it('says which fixed zone a UTC offset means', () => {
    expect(() => parseTimeZone('UTC+2')).toThrow(/"UTC\+2" is not a time zone\. .* or Etc\/GMT-2 for a fixed UTC\+2/);
  });

  it('takes any address as a value for the command to judge, not as an option name', () => {
    expect(parseTextArgs(spec('sources'), 'add ftp://files.example.org/feed')).toMatchObject({
      url: 'ftp://files.example.org/feed',
    });
  });

  it('reads a comma list written with spaces after the commas as one option', () => {
    expect(parseTextArgs(spec('subscribe'), 'topics:harbour, "ferry fares", -football daily 08:00')).toEqual({
      topics: 'harbour, "ferry fares", -football',
      schedule: 'daily 08:00',
    });
    expect(parseTextArgs(spec('subscribe'), 'source:files, wire-desk')).toEqual({ source: 'files, wire-desk' });
    // A list may open with a "phrase", as docs/discord.md writes topics.
    expect(parseTextArgs(spec('subscribe'), 'topics:"peace talks", kursk, -football hourly')).toEqual({
      topics: '"peace talks", kursk, -football',
      schedule: 'hourly',
    });
    expect(parseTextArgs(spec('subscribe'), 'topics:“peace talks”,kursk')).toEqual({ topics: '"peace talks",kursk' });
    // A quoted value keeps its spaces, and no comma means no list.
    expect(parseTextArgs(spec('quotes'), 'speaker:"Ann Lee" 2024-11-24')).toEqual({
      speaker: 'Ann Lee',
      article: '2024-11-24',
    });
  });

  it('runs an unquoted schedule:value up to the next option name, as Discord shows it', () => {
    expect(parseTextArgs(spec('subscribe'), 'schedule:daily 08:00 timezone:Europe/Kyiv')).toEqual({
      schedule: 'daily 08:00',
      timezone: 'Europe/Kyiv',
    });
    expect(
      parseTextArgs(spec('subscribe'), 'schedule:mon,thu 18:00 topics:harbour, "ferry fares" format:roundup'),
    ).toEqual({
      schedule: 'mon,thu 18:00',
      topics: 'harbour, "ferry fares"',
      format: 'roundup',
    });
    expect(parseTextArgs(spec('subscribe'), 'schedule:"weekdays 07:30" Europe/Lisbon')).toEqual({
      schedule: 'weekdays 07:30',
      timezone: 'Europe/Lisbon',
    });
  });

  it('reads a name typed without quotes as the speaker, not as an article', () => {
    expect(parseTextArgs(spec('quotes'), 'speaker:Priya Raman')).toEqual({ speaker: 'Priya Raman' });
    expect(parseTextArgs(spec('quotes'), '2024-11-24 speaker:Priya Raman public:true')).toEqual({
      article: '2024-11-24',
      speaker: 'Priya Raman',
      public: 'true',
    });
    // An article id after it has a digit: it is still the article.
    expect(parseTextArgs(spec('quotes'), 'speaker:zelenskyy 2024-11-24-kursk')).toEqual({
      speaker: 'zelenskyy',
      article: '2024-11-24-kursk',
    });
  });
});
