import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { closeQuotes } from '../../src/digest/briefing.js';
import { stripDateline } from '../../src/digest/clutter.js';
import { splitSentences } from '../../src/digest/sentences.js';
import { article } from '../helpers.js';

const STORY = [
  'By . Daily Mail Reporter . PUBLISHED: . 12:00 GMT, 1 April 2015 .',
  'The city council voted on Tuesday to close the old harbour bridge for two years of repairs.',
  'The bridge carries 40,000 cars a day between the harbour district and the city centre.',
  'Engineers found cracks in the bridge supports during an inspection last spring.',
  'Scroll down for video.',
  'Local shops fear the closure of the bridge will keep customers away from the harbour district.',
  'The council said a ferry service would run while the bridge is closed.',
  'Mayor Ann Lee called the decision painful but necessary.',
].join(' ');

describe('briefing', () => {
  const d = buildDigest(article(STORY, '2015-04-01'));

  it('has 3–5 of the article’s own sentences, in article order, within the length limits', () => {
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    expect(d.briefing.length).toBeLessThanOrEqual(5);
    const positions = d.briefing.map((s) => STORY.indexOf(s));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const s of d.briefing) expect(s.length).toBeLessThanOrEqual(300);
    expect(d.briefing.join(' ').length).toBeLessThanOrEqual(900);
  });

  it('leaves out bylines and "Scroll down for video"', () => {
    expect(d.briefing.join(' ')).not.toMatch(/PUBLISHED|Scroll down/);
    expect(d.briefing[0]).toContain('voted on Tuesday');
  });

  it('leaves out the Q: and A: lines of an interview', () => {
    const text = [
      'The new head coach of the city rugby club, Tama Rewi, talked to us about her first season in charge.',
      '',
      'Q: Why did the club lose so many home games in the autumn?',
      '',
      'A: Because we lost four senior forwards to injury in the same fortnight and never recovered.',
      '',
      'The club sits ninth in the league with eight games left to play this season.',
      '',
      'Rewi signed a three-year contract with the club in the summer after leaving her post in Auckland.',
    ].join('\n');
    const briefing = buildDigest(article(text, '2025-01-06')).briefing;
    expect(briefing.length).toBeGreaterThanOrEqual(3);
    expect(briefing.join('\n')).not.toMatch(/^(?:Q|A): /m);
  });

  it('never makes a Markdown heading a line of a short article’s briefing', () => {
    const text =
      '# Ferry service resumes\n\nThe ferry sails again on Monday after a month of repairs.\n\n## Timetable\n\nBoats leave every hour from the harbour.\n';
    const short = buildDigest(article(text, '2025-01-06', { title: 'Ferry service resumes' }));
    expect(short.briefing).toEqual([
      'The ferry sails again on Monday after a month of repairs.',
      'Boats leave every hour from the harbour.',
    ]);
  });

  it('leaves out a place dateline in capitals before a dash, in the briefing and the headline', () => {
    const text = [
      'PORTLAND, Maine — The harbour commission voted on Monday to dredge the outer channel before winter.',
      'The channel has silted up since the storms of last spring.',
      'Fishing boats have run aground there three times this year.',
      'NOAA — the weather agency — expects more storms this autumn.',
    ].join(' ');
    const dl = buildDigest(article(text, '2024-09-02'));
    expect(dl.briefing[0]).toBe('The harbour commission voted on Monday to dredge the outer channel before winter.');
    expect(dl.headline.startsWith('The harbour commission')).toBe(true);
    expect(dl.briefing.join(' ')).not.toContain('PORTLAND');
    expect(stripDateline('ST. LOUIS -- A levee gave way overnight.')).toBe('A levee gave way overnight.');
    // An acronym before a dash and a lower-case word, or two capitals, is the sentence's own subject.
    expect(stripDateline('NOAA — the weather agency — expects more storms.')).toBe(
      'NOAA — the weather agency — expects more storms.',
    );
    expect(stripDateline('US - The talks resume today.')).toBe('US - The talks resume today.');
    // With the day after the place, as papers without a wire agency print it.
    expect(stripDateline('ELMSTEAD, Oct. 14 — A barn fire closed the village road.')).toBe(
      'A barn fire closed the village road.',
    );
    expect(stripDateline('PORTLAND, Maine, June 3 -- Ferries ran late.')).toBe('Ferries ran late.');
  });

  it('makes a headline from the lead sentence when there is no title', () => {
    expect(d.headline.startsWith('The city council voted')).toBe(true);
  });
});

describe('a text with no sentence end in reach', () => {
  it('is briefed by its opening words, cut at a word, rather than by nothing', () => {
    const words = Array.from({ length: 900 }, (_, i) => (i % 3 === 0 ? 'river' : i % 3 === 1 ? 'barges' : 'moving'));
    const d = buildDigest(article(`and the ${words.join(' ')}`, '2025-03-01'));
    expect(d.briefing).toHaveLength(1);
    expect(d.briefing[0]).toMatch(/^and the river barges moving .* (?:river|barges|moving)…$/);
    expect(d.briefing[0]?.length).toBeLessThanOrEqual(301);
  });
});

describe('briefing lines cut from a quotation of several sentences', () => {
  it('put a line from the middle of one in quotation marks, so it does not read as the reporter’s', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['"', '"'],
    ]) {
      const text = [
        'The harbour board met for three hours on Monday to decide the fate of the old pier.',
        `${open}We have waited too long for this decision. The town has lost trade that it cannot win back. We will rebuild the old pier by 2030,${close} said board chair Ida Berg after the vote.`,
        'The rebuilding will cost 40 million euros and take four years, the board said.',
      ].join('\n\n');
      const lines = buildDigest(article(text, '2025-03-03')).briefing;
      expect(lines).toContain(`${open}The town has lost trade that it cannot win back.${close}`);
      expect(lines.join(' ')).not.toMatch(/(?:^|\. )The town has lost/);
    }
  });

  it('close what they open and open what they close', () => {
    expect(closeQuotes('“The pier needs money, and it needs it now.')).toBe(
      '“The pier needs money, and it needs it now.”',
    );
    expect(closeQuotes('The boats will come back,” said harbour master Ida Berg.')).toBe(
      '“The boats will come back,” said harbour master Ida Berg.',
    );
    expect(closeQuotes('"We are ready.')).toBe('"We are ready."');
    expect(closeQuotes('“Ready,” she said, “and waiting.”')).toBe('“Ready,” she said, “and waiting.”');
    expect(closeQuotes('The 6" pipe burst.')).toBe('The 6" pipe burst.');
    expect(closeQuotes('Harbour master Ida Berg said: "The pier needs money.')).toBe(
      'Harbour master Ida Berg said: "The pier needs money."',
    );
    expect(closeQuotes('It needs it now," said harbour master Ida Berg.')).toBe(
      '"It needs it now," said harbour master Ida Berg.',
    );
    expect(closeQuotes('A 6" pipe and a 4" valve burst, and a 2" one.')).toBe(
      'A 6" pipe and a 4" valve burst, and a 2" one.',
    );
  });
});

describe('sentences', () => {
  it('does not split after abbreviations or initials', () => {
    const s = splitSentences('Mr. Smith met Dr. J. Jones in the U.S. capital. They talked.').map((x) => x.text);
    expect(s).toEqual(['Mr. Smith met Dr. J. Jones in the U.S. capital.', 'They talked.']);
  });

  it('cuts text with no stop in reach at a space, each piece no longer than 3,000 characters', () => {
    const text = 'the tide came in and '.repeat(1000);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(6);
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(3000);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.text).join(' ')).toBe(text.trim());
  });

  it('reads "no." as the word that ends a sentence, and "No." as short for number only before one', () => {
    const s = splitSentences(
      'The harbour board voted no. The ferry plan is dead. She lives at No. 4 and he at Nos. 7 and 9. "No." She left. See pp. 12–14 of Vol. 2 for the map.',
    ).map((x) => x.text);
    expect(s).toEqual([
      'The harbour board voted no.',
      'The ferry plan is dead.',
      'She lives at No. 4 and he at Nos. 7 and 9.',
      '"No."',
      'She left.',
      'See pp. 12–14 of Vol. 2 for the map.',
    ]);
  });

  it('ends a sentence at "p.m." or "Inc." when a word that opens sentences follows', () => {
    const s = splitSentences(
      'The ferry leaves at 6 p.m. The return trip is at 9 a.m. Monday. Shares of Harbor Lines Inc. The company fell.',
    ).map((x) => x.text);
    expect(s).toEqual([
      'The ferry leaves at 6 p.m.',
      'The return trip is at 9 a.m. Monday.',
      'Shares of Harbor Lines Inc.',
      'The company fell.',
    ]);
  });
});

describe('a short article that repeats a sentence', () => {
  it('gives the sentence one line, not one per time it is written', () => {
    const d = buildDigest(
      article('“Out, out, out,” the crowd chanted. “Out, out, out,” the crowd chanted.', '2025-04-02', { id: 'chant' }),
    );
    expect(d.briefing).toEqual(['“Out, out, out,” the crowd chanted.']);
  });
});
