import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../src/commands/registry.js';
import { validateSpecs } from '../../src/commands/validate.js';
import { defineCommand } from '../../src/commands/define.js';
import { articleField } from '../../src/commands/options.js';
import { textReply } from '../../src/chat/reply.js';
import { makeWorld } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };
const guest = { ...me, userId: 'u2', canManage: false };
const allText = replyText;

describe('command specs', () => {
  it('the registry fits both platforms’ limits', () => {
    expect(validateSpecs(COMMANDS)).toEqual([]);
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'digest',
      'quotes',
      'countdown',
      'articles',
      'subscribe',
      'unsubscribe',
      'status',
      'sources',
      'help',
    ]);
  });

  it('catches a spec that breaks them', () => {
    const bad = defineCommand({
      name: 'Bad Name',
      description: 'x'.repeat(101),
      visibility: 'private',
      usage: '',
      // A field without a description, and a required one after an optional one.
      schema: z.object({ a: z.string().optional(), b: z.string().meta({ description: 'b' }) }),
      handler: () => ({ visibility: 'private', kind: 'info', parts: [] }),
    });
    const problems = validateSpecs([bad, bad]).join('\n');
    expect(problems).toMatch(/command "Bad Name": name must be 1–32 lowercase/);
    expect(problems).toMatch(/command "Bad Name": description must be 1–100/);
    expect(problems).toMatch(/option "a": description must be 1–100/);
    expect(problems).toMatch(/option "b": required options must come before optional ones/);
    expect(problems).toMatch(/declared twice/);
  });

  it('reads each option from its zod field: order, description, type, required, choices and Herald’s extras', () => {
    const spec = defineCommand({
      name: 'probe',
      description: 'Probe',
      visibility: 'private',
      usage: 'probe',
      schema: z.object({
        when: z.string().meta({ description: 'When', greedy: true }),
        loud: z
          .union([z.boolean(), z.enum(['yes', 'no'])])
          .transform((v) => v === true || v === 'yes')
          .optional()
          .meta({ description: 'Loud' }),
        size: z.enum(['s', 'm']).optional().meta({ description: 'Size' }),
        shape: z
          .string()
          .toLowerCase()
          .pipe(z.enum(['round', 'square']))
          .optional()
          .meta({ description: 'Shape', choices: false }),
        article: articleField,
      }),
      handler: (_ctx, o) => textReply(`${o.when} ${o.loud === true} ${o.size ?? ''}`),
    });
    expect(spec.options).toEqual([
      { name: 'when', description: 'When', required: true, type: 'string', greedy: true },
      { name: 'loud', description: 'Loud', required: false, type: 'boolean' },
      { name: 'size', description: 'Size', required: false, type: 'string', choices: ['s', 'm'] },
      { name: 'shape', description: 'Shape', required: false, type: 'string' },
      {
        name: 'article',
        description: 'Article id or the start of it (default: newest)',
        required: false,
        autocomplete: 'article',
        type: 'string',
      },
    ]);
  });
});

describe('commands through the bus', () => {
  it('/quotes filters by any part of the speaker’s name, ignoring case and accents', async () => {
    const w = await makeWorld();
    const r = await w.bus.runText('/quotes speaker:ZELENSKYY', me);
    expect(r.visibility).toBe('private');
    const groups = r.parts.flatMap((p) => p.quotes ?? []);
    expect(groups.map((g) => g.speaker)).toEqual(['Volodymyr Zelenskyy']);
    expect(groups[0]?.quotes).toHaveLength(2);
    expect((await w.bus.runText('quotes speaker:volodýmyr', me)).parts.flatMap((p) => p.quotes ?? [])).toHaveLength(1);
    // The heading names the speaker as the article does, not as typed.
    expect((await w.bus.runText('quotes speaker:zel', me)).parts[0]?.title).toMatch(/^Quotes by Volodymyr Zelenskyy: /);
    const none = await w.bus.runText('quotes speaker:putin', me);
    expect(allText(none)).toContain('Speakers in this article: Volodymyr Zelenskyy');
  });

  it('/quotes speaker:X with no article finds the newest article that quotes X', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-30-ferry', '2024-11-30', '“We sail on Monday,” said harbour master Ines Moreau.');
    const r = await w.bus.runText('quotes speaker:zelenskyy', me);
    expect(r.parts[0]?.title).toMatch(/^Quotes by Volodymyr Zelenskyy: /);
    expect(r.parts.flatMap((p) => p.quotes ?? [])[0]?.quotes).toHaveLength(2);
    expect((await w.bus.runText('quotes speaker:moreau', me)).parts[0]?.title).toMatch(/^Quotes by Ines Moreau: /);
    // Given an article, it looks only there.
    expect(allText(await w.bus.runText('quotes 2024-11-30-ferry speaker:zelenskyy', me))).toMatch(
      /^No quotes by "zelenskyy" in 2024-11-30-ferry\. Speakers in this article: Ines Moreau/,
    );
    expect(allText(await w.bus.runText('quotes speaker:putin', me))).toMatch(
      /^No quotes by "putin" in the 2 newest articles\. Add article:ID to look in an older one\./,
    );
  });

  it('writes commands the way the person can use them: typed values, or Discord’s option fields', async () => {
    const w = await makeWorld();
    const typed = allText(await w.bus.runText('help', me));
    expect(typed).toContain('/sources [list | add URL | remove ID]');
    const fields = allText(await w.bus.run('help', {}, me));
    expect(fields).toContain('/sources [action:…] [url:…] [id:…]');
    expect(fields).toContain('/quotes [article:…] [speaker:…] [public:True|False]');
    expect(fields).toContain('Fill the options Discord offers');
    expect(allText(await w.bus.run('status', {}, me))).toContain('(e.g. /subscribe schedule:daily 08:00)');
    expect(allText(await w.bus.runText('status', me))).toContain('(e.g. /subscribe daily 08:00)');
  });

  it('/help with a command explains that one: usage, who may, each option; an unknown one is named', async () => {
    const w = await makeWorld();
    const one = allText(await w.bus.runText('help subscribe', me));
    expect(one).toContain('/subscribe [schedule] [timezone]');
    expect(one).toContain('For channel managers.');
    expect(one).toContain('timezone (optional): IANA time zone');
    expect(one).toContain('weekly fri 17:00');
    expect(one).not.toContain('/unsubscribe');
    expect(allText(await w.bus.run('help', { command: '/quotes' }, me))).toContain('speaker (optional):');
    expect(allText(await w.bus.runText('help nope', me))).toMatch(/^No command "nope"\. \/help lists them\./);
  });

  it('/countdown of an article with no date to count down to answers privately', async () => {
    const w = await makeWorld();
    await w.addArticle(
      '2024-11-25-ferry',
      '2024-11-25',
      'The island ferry has a new captain. Passengers welcomed her warmly.',
    );
    const r = await w.bus.runText('countdown 2024-11-25-ferry', me);
    expect(r.visibility).toBe('private');
    expect(allText(r)).toMatch(/^No date to count down to in “/);
  });

  it('says in plain words what is wrong with an option value', async () => {
    const w = await makeWorld();
    const long = await w.bus.runText(`quotes ${'x'.repeat(256)}`, me);
    expect(long).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(allText(long)).toMatch(/^article: must be at most 255 characters\. Usage: \/quotes/);
    expect(allText(await w.bus.run('quotes', { speaker: '   ' }, me))).toMatch(/^speaker: must not be empty\./);
    expect(allText(await w.bus.runText('digest public:maybe', me))).toMatch(/^public: must be true or false\./);
    expect(allText(await w.bus.runText('subscribe reminders:later', me))).toMatch(/^reminders: must be on or off\./);
    // Yes and no in any case, as phones capitalise them.
    expect((await w.bus.runText('quotes speaker:zelenskyy public:True', me)).visibility).toBe('channel');
    expect((await w.bus.runText('quotes speaker:zelenskyy public:NO', me)).visibility).toBe('private');
    expect(allText(await w.bus.runText('subscribe reminders:False', me))).toContain('Reminders off.');
    // A time written the way people say it, with the zone after it.
    expect(allText(await w.bus.runText('subscribe weekdays 6:30pm Europe/Kyiv', me))).toMatch(
      /weekdays 18:30.*Europe\/Kyiv/s,
    );
    expect(allText(await w.bus.runText('subscribe daily', me))).toMatch(/^"daily" needs a time too, as in daily 08:00/);
    // A fixed-offset zone that looks like a region's clock says so.
    expect(allText(await w.bus.runText('subscribe daily 6pm EST', me))).toMatch(
      /daily 18:00 \(EST\)\. EST is UTC−5 all year, with no summer time: for New York’s clock use America\/New_York\./,
    );
    // On Discord the zone may be typed into the schedule box, as it is typed on Slack.
    expect(allText(await w.bus.run('subscribe', { schedule: 'daily 18:30 Europe/London' }, me))).toMatch(
      /^Subscription changed: digests here daily 18:30 \(Europe\/London\)\./,
    );
    expect(allText(await w.bus.run('subscribe', { schedule: 'daily 9am Mars/Olympus' }, me))).toMatch(
      /^"Mars\/Olympus" is not a time zone/,
    );
    // A zone in both boxes: two zones, not "no schedule"; the same one twice is one.
    expect(allText(await w.bus.run('subscribe', { schedule: 'daily 08:00 Europe/Kyiv', timezone: 'UTC' }, me))).toMatch(
      /^two time zones given: Europe\/Kyiv at the end of the schedule and UTC as the timezone; give one/,
    );
    expect(
      allText(await w.bus.run('subscribe', { schedule: 'daily 08:00 Europe/Kyiv', timezone: 'europe/kyiv' }, me)),
    ).toMatch(/^Subscription changed: digests here daily 08:00 \(Europe\/Kyiv\)\./);
    // An option name with nothing after its colon is not taken as the article's id.
    const bare = await w.bus.runText('quotes speaker:', me);
    expect(bare).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(allText(bare)).toMatch(/^speaker: give a value after the colon\. Usage: \/quotes/);
  });

  it('accepts an article id, an unambiguous prefix, and explains an unknown or ambiguous one', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-25-kursk-update', '2024-11-25', 'A follow-up on the Kursk story. Officials said more.');
    expect((await w.bus.runText('digest 2024-11-24', me)).parts[0]?.footer).toContain('2024-11-24-kursk');
    const ambiguous = await w.bus.runText('digest 2024-11-2', me);
    expect(allText(ambiguous)).toMatch(/matches 2 articles/);
    expect(ambiguous.parts[0]?.footer).toBe('error: ambiguous');
    const unknown = await w.bus.runText('digest nope', me);
    expect(unknown).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(allText(unknown)).toMatch(/No article "nope"\. \/articles lists them\./);
    // No article given: the newest.
    expect((await w.bus.run('digest', {}, me)).parts[0]?.footer).toContain('2024-11-25-kursk-update');
  });

  it('/digest and /countdown answer in the channel; public:true makes /quotes public', async () => {
    const w = await makeWorld();
    expect((await w.bus.runText('digest', me)).visibility).toBe('channel');
    expect((await w.bus.runText('countdown', me)).parts[0]?.text).toMatch(
      /⏳ \d+ days to go: .*2025-01-20|Passed \d+ days ago: .*2025-01-20/,
    );
    expect((await w.bus.runText('quotes public:true', me)).visibility).toBe('channel');
  });

  it('/subscribe needs permission, refuses bad input clearly, and stores nothing then', async () => {
    const w = await makeWorld();
    const refused = await w.bus.runText('subscribe daily 08:00', guest);
    expect(refused).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(allText(refused)).toMatch(/manage this channel/);
    for (const bad of ['daily 25:00', 'daily 08:00 Mars/Olympus', 'whenever']) {
      const r = await w.bus.runText(`subscribe ${bad}`, me);
      expect(r.kind).toBe('error');
    }
    expect(allText(await w.bus.runText('subscribe daily 25:00', me))).toMatch(/Accepted forms/);
    expect(allText(await w.bus.runText('subscribe every weekday at 7', me))).toMatch(
      /^"7" is not a time of day \(write 07:00 or 19:00 in 24-hour HH:MM, or 7am or 7pm\)\. Accepted forms/,
    );
    expect(allText(await w.bus.runText('subscribe daily 08:00 Mars/Olympus', me))).toMatch(/not a time zone/);
    expect(await w.store.listSubscriptions()).toEqual([]);
    expect(w.changes()).toBe(0);
  });

  it('/subscribe stores and shows a time zone as the database spells it, whatever case it was typed in', async () => {
    const w = await makeWorld();
    const r = await w.bus.runText('subscribe daily 08:00 europe/kyiv', me);
    expect(r.kind).not.toBe('error');
    expect(allText(r)).toContain('Europe/Kyiv');
    expect(allText(r)).not.toContain('europe/kyiv');
    expect((await w.store.getSubscription('test', 'c1'))?.timeZone).toBe('Europe/Kyiv');
    expect(allText(await w.bus.runText('status', me))).toContain('daily 08:00 (cron 0 8 * * *), Europe/Kyiv');
    await w.bus.runText('subscribe daily 09:00 america/new_york', me);
    expect(allText(await w.bus.runText('status', me))).toContain(', America/New_York');
    await w.bus.runText('subscribe daily 09:00 EUROPE/KYIV', me);
    expect((await w.store.getSubscription('test', 'c1'))?.timeZone).toBe('Europe/Kyiv');
  });

  it('asks a lazy permission check only for manage commands, before reading the options, and names who may', async () => {
    const w = await makeWorld();
    const asked: string[] = [];
    const lazy = (allowed: boolean) => ({
      ...me,
      managers: 'the night editors',
      canManage: async () => {
        asked.push('asked');
        return allowed;
      },
    });
    expect((await w.bus.runText('quotes', lazy(false))).kind).toBe('quotes');
    expect((await w.bus.runText('status', lazy(false))).kind).not.toBe('error');
    expect(asked).toHaveLength(0);
    // A refusal comes first: someone who may not subscribe is not taught the options.
    const refused = await w.bus.runText('subscribe colour:red', lazy(false));
    expect(allText(refused)).toBe('Only the night editors can use /subscribe. error: forbidden');
    expect(asked).toHaveLength(1);
    expect(allText(await w.bus.runText('subscribe colour:red', lazy(true)))).toMatch(/unknown option "colour"/);
    expect(asked).toHaveLength(2);
    expect(await w.store.listSubscriptions()).toEqual([]);
  });

  it('/digest and /countdown count days in the channel’s zone, the same as its scheduled posts', async () => {
    // Noon UTC on 19 January is already 20 January in Kiritimati (UTC+14): the seed's key day.
    const w = await makeWorld('2025-01-19T12:00:00Z');
    const digestCountdown = async () =>
      (await w.bus.runText('digest', me)).parts[0]?.fields?.find((f) => f.name === 'Countdown')?.value;
    expect(await digestCountdown()).toMatch(/^1 day to go/);
    expect(allText(await w.bus.runText('countdown', me))).toMatch(/1 day to go/);
    await w.bus.runText('subscribe daily 08:00 Pacific/Kiritimati', me);
    expect(await digestCountdown()).toMatch(/^Today/);
    expect(allText(await w.bus.runText('countdown', me))).toMatch(/Today/);
  });

  it('/subscribe stores the schedule and zone, again replaces it; /unsubscribe removes it', async () => {
    const w = await makeWorld();
    await w.bus.runText('subscribe daily 08:00 Europe/Kyiv', me);
    expect(await w.store.getSubscription('test', 'c1')).toMatchObject({
      cron: '0 8 * * *',
      timeZone: 'Europe/Kyiv',
      schedule: 'daily 08:00',
    });
    const again = await w.bus.runText('subscribe weekdays 07:30', me);
    expect(allText(again)).toMatch(/Subscription changed: digests here weekdays 07:30 \(Europe\/Kyiv\)/); // the zone is kept
    expect(await w.store.listSubscriptions()).toHaveLength(1);
    await w.bus.runText('unsubscribe', me);
    expect(await w.store.listSubscriptions()).toEqual([]);
    expect(w.changes()).toBe(3);
  });

  it('unknown commands and options get help or the usage', async () => {
    const w = await makeWorld();
    const unknown = await w.bus.runText('frobnicate', me);
    expect(unknown.parts[0]).toMatchObject({ title: 'Unknown command "frobnicate"', text: 'What Herald can do:' });
    expect(allText(unknown)).toContain('/quotes [article] [speaker]');
    expect(allText(await w.bus.runText('quotes colour:red', me))).toMatch(/unknown option "colour".*Usage: \/quotes/);
  });

  it('writes commands as the platform types them (Slack: /herald quotes), never touching article text', async () => {
    const w = await makeWorld();
    const slack = { ...me, commandPrefix: '/herald ' };
    const help = await w.bus.runText('', slack);
    expect(help.parts[0]?.bullets?.[0]).toMatch(/^\/herald digest \[article\]/);
    expect(allText(await w.bus.runText('quotes colour:red', slack))).toMatch(/Usage: \/herald quotes/);
    expect(allText(await w.bus.runText('subscribe', { ...slack, canManage: false }))).toMatch(
      /can use \/herald subscribe/,
    );
    const digest = await w.bus.runText('digest', slack);
    expect(digest.parts[0]?.fields?.find((f) => f.name === 'Quotes')?.value).toMatch(
      /\/herald quotes article:2024-11-24-kursk$/,
    );
    expect((await w.bus.runText('digest', me)).parts[0]?.fields?.find((f) => f.name === 'Quotes')?.value).toMatch(
      / \/quotes article:/,
    );
  });

  it('subscribing again without a schedule keeps the one the channel had (to resume a paused channel)', async () => {
    const w = await makeWorld();
    await w.bus.runText('subscribe weekdays 07:30 Europe/Kyiv', me);
    await w.store.setPaused('test', 'c1', 'Missing Access');
    expect(allText(await w.bus.runText('subscribe', me))).toMatch(
      /Resumed from the newest article: digests here weekdays 07:30 \(Europe\/Kyiv\)/,
    );
    expect(await w.store.getSubscription('test', 'c1')).toMatchObject({
      cron: '30 7 * * 1-5',
      timeZone: 'Europe/Kyiv',
      pausedReason: null,
    });
  });
});
