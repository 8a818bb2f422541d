import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorld } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };

const COUNCIL = [
  '“This is the most important thing this council will do this term,” said council leader Priya Raman.',
  '“It was chaos for about twenty minutes,” said moderator Sam O’Neill.',
  '“We will miss every single customer,” said shopkeeper Raj Patel.',
  '“Every summer I measure it,” said Anna-Maria Caduff.',
].join('\n\n');

describe('/quotes speaker: as people type a name', () => {
  it('finds the speaker by full name in either order, apostrophes, hyphens and titles aside', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-30-council', '2024-11-30', COUNCIL);
    const who = async (speaker: string) =>
      (await w.bus.run('quotes', { article: '2024-11-30-council', speaker }, me)).parts
        .flatMap((p) => p.quotes ?? [])
        .map((g) => g.speaker);
    expect(await who('Priya Raman')).toEqual(['Priya Raman']);
    expect(await who('Raman, Priya')).toEqual(['Priya Raman']);
    expect(await who("O'Neill")).toEqual(['Sam O’Neill']);
    expect(await who('oneill')).toEqual(['Sam O’Neill']);
    expect(await who('Mr. Patel')).toEqual(['Raj Patel']);
    expect(await who('Anna Maria Caduff')).toEqual(['Anna-Maria Caduff']);
    expect(await who('raman')).toEqual(['Priya Raman']);
    // A name that is not there still finds no one, and says who is quoted.
    expect(await who('Priya Patel')).toEqual([]);
    expect(replyText(await w.bus.run('quotes', { article: '2024-11-30-council', speaker: 'Hoskins' }, me))).toMatch(
      /^No quotes by "Hoskins" in 2024-11-30-council\. Speakers in this article: Priya Raman, Sam O’Neill/,
    );
  });

  it('typed on Slack or in the terminal, a full name needs no quotes', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-30-council', '2024-11-30', COUNCIL);
    const r = await w.bus.runText('quotes speaker:Priya Raman', me);
    expect(r.parts[0]?.title).toMatch(/^Quotes by Priya Raman: /);
    const given = await w.bus.runText('quotes 2024-11-30-council speaker:priya raman', me);
    expect(given.parts.flatMap((p) => p.quotes ?? []).map((g) => g.speaker)).toEqual(['Priya Raman']);
  });

  it('typed "/quotes article:Town Hall Vote" shows that article’s quotes, not quotes by "Hall Vote"', async () => {
    const w = await makeWorld();
    writeFileSync(join(w.dir, 'vote.txt'), `Town Hall Vote\ndate 2024-11-30\n\n${COUNCIL}`);
    writeFileSync(
      join(w.dir, 'walk.txt'),
      'Town walk\ndate 2024-11-29\n\n“We walked for hours,” said guide Lena Brandt.',
    );
    await w.files.sync();
    const r = await w.bus.runText('quotes article:Town Hall Vote', me);
    expect(r.parts[0]?.title).toMatch(/^Quotes: /);
    expect(r.parts.flatMap((p) => p.quotes ?? []).map((g) => g.speaker)).toContain('Priya Raman');
    // A speaker given after an article still filters by that speaker.
    const by = await w.bus.runText('quotes vote Raman', me);
    expect(by.parts[0]?.title).toMatch(/^Quotes by Priya Raman: /);
    expect(replyText(await w.bus.runText('quotes vote Hoskins', me))).toMatch(/^No quotes by "Hoskins" in vote\./);
  });
});

describe('/quotes speaker: a name spelt as another outlet spells it', () => {
  it('finds Zelenskyy as Zelenskyi, Zelenskiy or Selenskyj, and a short name only as written', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-30-council', '2024-11-30', COUNCIL);
    const who = async (speaker: string, article?: string) =>
      (await w.bus.run('quotes', { ...(article ? { article } : {}), speaker }, me)).parts
        .flatMap((p) => p.quotes ?? [])
        .map((g) => g.speaker);
    // With no article, the newest that quotes the name: the seed, behind the council article.
    for (const spelt of ['Zelenskyi', 'zelenskiy', 'Selenskyj', 'Volodymyr Zelenskyi'])
      expect(await who(spelt), spelt).toEqual(['Volodymyr Zelenskyy']);
    expect(await who('Kaduff', '2024-11-30-council')).toEqual(['Anna-Maria Caduff']);
    expect(await who('Ramen', '2024-11-30-council')).toEqual([]);
    expect(await who('Raman', '2024-11-30-council')).toEqual(['Priya Raman']);
  });

  it('gives only the name as written when it is quoted, not a namesake a letter off', async () => {
    const w = await makeWorld();
    const two = '“The river rose fast,” said warden Ola Hansen.\n\n“We closed the road,” said officer Ben Hanson.';
    await w.addArticle('2024-12-02-river', '2024-12-02', two);
    const who = async (speaker: string) =>
      (await w.bus.run('quotes', { article: '2024-12-02-river', speaker }, me)).parts
        .flatMap((p) => p.quotes ?? [])
        .map((g) => g.speaker);
    expect(await who('Hansen')).toEqual(['Ola Hansen']);
    expect(await who('Hanson')).toEqual(['Ben Hanson']);
    // Spelt neither way, both are a letter off: both are shown, each named in the answer.
    expect(await who('Hansan')).toEqual(['Ola Hansen', 'Ben Hanson']);
  });
});

describe('/quotes NAME: a name typed where the article goes', () => {
  it('is the speaker when no article has that name; an unknown word is still no article', async () => {
    const w = await makeWorld();
    await w.addArticle('2024-11-30-council', '2024-11-30', COUNCIL);
    const typed = await w.bus.runText('quotes zelenskyy', me);
    expect(typed.parts[0]?.title).toMatch(/^Quotes by Volodymyr Zelenskyy: /);
    expect(replyText(typed)).toContain('For Putin, driving us out of Kursk Oblast is paramount.');
    expect((await w.bus.runText('quotes Priya Raman', me)).parts[0]?.title).toMatch(/^Quotes by Priya Raman: /);
    expect((await w.bus.run('quotes', { article: 'Priya Raman' }, me)).parts[0]?.title).toMatch(
      /^Quotes by Priya Raman: /,
    );
    expect(replyText(await w.bus.runText('quotes hoskins', me))).toMatch(
      /^No article "hoskins"\. \/articles lists them/,
    );
    // An article's id or its start is still the article.
    expect((await w.bus.runText('quotes 2024-11-30', me)).parts[0]?.title).toMatch(/^Quotes: /);
  });
});
