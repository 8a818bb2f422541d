import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a press release as it comes off the wire', () => {
  it('leaves the wire dateline (/PRNewswire/, (BUSINESS WIRE), (GLOBE NEWSWIRE)) out of the headline and briefing', () => {
    for (const dateline of [
      'PORTLAND, Ore., Feb. 4, 2025 /PRNewswire/ -- ',
      'PORTLAND, Ore.--(BUSINESS WIRE)--',
      'PORTLAND, Ore., Feb. 4, 2025 (GLOBE NEWSWIRE) -- ',
    ]) {
      const text = [
        `${dateline}Fernwood Bikes, a maker of cargo bicycles, today said it would open a second factory in Salem next year.`,
        '',
        'The plant will employ about 150 people and build up to 40,000 bicycles a year.',
        '',
        '"Demand for cargo bikes has doubled in two years," said Lena Ortiz, the company\'s founder.',
      ].join('\n');
      const d = buildDigest(article(text, '2025-02-04'));
      expect(d.headline, dateline).toMatch(/^Fernwood Bikes, a maker of cargo bicycles/);
      expect(d.briefing[0], dateline).toMatch(/^Fernwood Bikes/);
    }
  });

  it('keeps a sentence with a wire company in brackets whole', () => {
    const text = [
      'Shares of Harbor Telecom (Wire Holdings) - the cable firm - rose 4% on Tuesday after a strong quarter.',
      '',
      'The company added 120,000 customers in the three months to December.',
      '',
      'Analysts had expected about 80,000 new customers in the quarter.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-02-04')).headline).toMatch(/^Shares of Harbor Telecom/);
  });
});

describe('a press release’s closing boilerplate', () => {
  const release = (about: string, first: string) =>
    [
      'Fernwood Bikes said on Tuesday it would open a second factory in Salem next year.',
      '',
      'The plant will employ about 150 people and build up to 40,000 bicycles a year.',
      '',
      about,
      '',
      `${first} makes cargo bicycles for families and delivery firms in 14 countries.`,
      '',
      'Media contact: Sam Ruiz, press@fernwood.example',
    ].join('\n');

  it('is not briefed: the "About" section says what the company is, not what happened', () => {
    for (const [about, first] of [
      ['About Fernwood Bikes', 'Fernwood Bikes Inc.'],
      ['About Fernwood Bikes, Inc.', 'Fernwood'],
      ['## About Fernwood', 'Founded in 2011, the company'],
    ] as const) {
      const d = buildDigest(article(release(about, first), '2025-02-04'));
      expect(d.briefing.join('\n'), about).not.toMatch(/makes cargo bicycles/);
    }
  });

  it('leaves a section that only begins with "About" in the briefing when it is not about the company', () => {
    // A subheading whose paragraph does not describe the one it names is part of the story.
    const d = buildDigest(article(release('About Salem', 'Work on the site'), '2025-02-04'));
    expect(d.briefing.join('\n')).toMatch(/Work on the site makes cargo bicycles/);
  });
});

describe('the words a site sets before its first sentence', () => {
  const rest = [
    '',
    'The ferry was carrying 212 passengers when it lost power two miles off the harbour mouth.',
    '',
    'All of them were brought ashore by lifeboat crews before midnight.',
  ].join('\n');
  it('leaves a flash label and a title-case dateline out of the headline and the briefing', () => {
    for (const [lead, expected] of [
      ['BREAKING: A ferry has run aground off Tarbert, the coastguard said.', /^A ferry has run aground/],
      ['Breaking news – A ferry has run aground off Tarbert, the coastguard said.', /^A ferry has run aground/],
      ['Oban, Scotland — A ferry has run aground off Tarbert, the coastguard said.', /^A ferry has run aground/],
      ['However, Tarbert — a village of 500 people — had no warning, the coastguard said.', /^However, Tarbert/],
    ] as const) {
      const d = buildDigest(article(lead + rest, '2025-03-09'));
      expect(d.headline, lead).toMatch(expected);
      expect(d.briefing[0], lead).toMatch(expected);
    }
  });
});
