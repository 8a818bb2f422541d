import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

describe('quotes', () => {
  it('joins an interrupted quotation into one, with one span', () => {
    const t = 'Prime Minister Jane Doe spoke on Monday. “We will win,” she said, “and we will rebuild.”';
    const q = extractQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('We will win, and we will rebuild.');
    expect(q[0]?.speaker).toBe('Jane Doe');
    expect(t.slice(q[0]?.start, q[0]?.end)).toBe('“We will win,” she said, “and we will rebuild.”');
  });

  it('reads straight marks and names the speaker before the quote', () => {
    const q = extractQuotes(
      'John Smith, a spokesman for the council, said: "The bridge will reopen next week after the repairs."',
    );
    expect(q).toHaveLength(1);
    expect(q[0]?.speaker).toBe('John Smith');
    expect(q[0]?.text).toBe('The bridge will reopen next week after the repairs.');
  });

  it('resolves a surname to the full name given elsewhere, and "X, a role, said"', () => {
    const t =
      'Angela Merkel arrived late. “Europe must stand together on this question now,” Merkel said. ' +
      '“Nobody expected the talks to last this long into the night,” Peter Morgan, a lawyer for the union, said.';
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Angela Merkel', 'Peter Morgan']);
  });

  it('resolves a pronoun to the last named speaker', () => {
    const t =
      '“The plan is ready and the money is there for it,” said Maria Lopez. Later she spoke again. “We start building in the spring of next year,” she said.';
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('does not take scare quotes or apostrophes for quotations', () => {
    const t = 'The so-called “peace plan” was rejected. The players’ union met at Smith’s house.';
    expect(extractQuotes(t)).toEqual([]);
  });

  it('reads speech in single marks, as the Daily Mail prints it', () => {
    const t = '‘I’d be over the moon to get it as it’s something I’ve worked hard towards,’ said Gary Locke.';
    const q = extractQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('I’d be over the moon to get it as it’s something I’ve worked hard towards');
    expect(q[0]?.speaker).toBe('Gary Locke');
  });

  it('keeps a quotation that runs over paragraphs as one quote', () => {
    const t =
      'Ann Lee said:\n\n“The first paragraph of what she said goes here.\n\n“And the second paragraph closes the quotation.”';
    const q = extractQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe(
      'The first paragraph of what she said goes here. And the second paragraph closes the quotation.',
    );
    expect(q[0]?.speaker).toBe('Ann Lee');
  });

  it('drops a quotation left open at the end of its paragraph', () => {
    expect(extractQuotes('He said “this never closes and goes on\n\nNew paragraph here.')).toEqual([]);
  });

  it('treats “A.” said X. “B.” as one quotation, but not when a second speech verb leads into B', () => {
    const one = extractQuotes('“We are ready.” said Tim Hess, a developer in Virginia. “But the banks are not.”');
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ text: 'We are ready. But the banks are not.', speaker: 'Tim Hess' });
    const two = extractQuotes(
      '“We certainly cannot afford this anymore,” Trump said, adding later, “NATO is costing us a fortune.”',
    );
    expect(two.map((q) => q.text)).toEqual([
      'We certainly cannot afford this anymore',
      'NATO is costing us a fortune.',
    ]);
    expect(two.map((q) => q.speaker)).toEqual(['Trump', 'Trump']);
  });

  it('closes a quotation only with the kind of mark that opened it', () => {
    const t = '"Trump walked onto the stage, chanting “U-S-A! U-S-A!” and the crowd roared," the report said.';
    const q = extractQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('Trump walked onto the stage, chanting “U-S-A! U-S-A!” and the crowd roared');
  });

  it('reads a backwards ” that opens a paragraph, and a dash attribution after it', () => {
    const t = 'Readers wrote in.\n\n”Fear. I am truly afraid of what comes next for our country.” ― Edwin G. Monroy\n';
    const q = extractQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({
      text: 'Fear. I am truly afraid of what comes next for our country.',
      speaker: 'Edwin G. Monroy',
    });
  });

  it('names speakers behind titles, initials, parentheses and affiliations', () => {
    const speakers = (t: string) => extractQuotes(t).map((q) => q.speaker);
    expect(speakers('“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.')).toEqual([
      'Jason Chaffetz',
    ]);
    expect(speakers('“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus.')).toEqual([
      'G.K. Butterfield',
    ]);
    expect(speakers('“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.')).toEqual(['Morgan']);
    expect(speakers('“We need change,” the New York businessman said.')).toEqual(['the New York businessman']);
  });

  it('credits a quote introduced by "saying," to the subject of the sentence', () => {
    const q = extractQuotes(
      'Donald Trump attacked Clinton for her vote on Iraq, saying, "She\'s trigger-happy and very unstable."',
    );
    expect(q[0]?.speaker).toBe('Donald Trump');
  });

  it('does not take a transcript in marks, or a title after "told", for a quotation', () => {
    expect(
      extractQuotes('"WALLACE: Let’s start with the news.\n\n"PENCE: Well, the question really should be asked."'),
    ).toEqual([]);
    expect(extractQuotes('Sanders told MSNBC\'s "Morning Joe" that nobody would question her.')).toEqual([]);
  });
});
