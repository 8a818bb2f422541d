import { describe, expect, it } from 'vitest';
import { isClutter, stripDateline } from '../../src/digest/clutter.js';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('notes about the article itself', () => {
  it('are never a headline or a briefing line', () => {
    const text = [
      'Editor’s note: An earlier version of this story gave the wrong age for the harbour master. She is 58, not 85.',
      '',
      'Updated March 3, 2025, 9:14 a.m.',
      '',
      'The harbour board voted on Monday to sell the old ferry terminal to a hotel group for £6 million.',
      '',
      'The terminal has stood empty since the ferry moved to the new pier in 2019.',
      '',
      'Harbour master Ida Berg, 58, said the money would pay for dredging the inner basin.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-03'));
    expect(d.headline.startsWith('The harbour board voted')).toBe(true);
    expect(d.briefing.join('\n')).not.toMatch(/Editor|Updated|She is 58/);
  });

  it('covers corrections, update labels and how the story was made, not news that uses the words', () => {
    for (const s of [
      'Correction: A previous version of this article misnamed the ferry company.',
      'A previous version of this article misnamed the ferry company.',
      'UPDATE, 6:20 p.m.: The road has reopened in both directions.',
      'This interview has been edited for length and clarity.',
      'Harbour reporter Tom Ash contributed to this report.',
      'Ann Lee contributed reporting from Oslo.',
      'A version of this article appears in print on March 4, 2025, Section B, Page 2.',
      'Published 3 March 2025.',
    ])
      expect(isClutter(s), s).toBe(true);
    for (const s of [
      'Updated figures show the harbour lost money in 2024.',
      'The council published its plan for the harbour on Monday.',
      'Update your address with the council before the vote in May.',
    ])
      expect(isClutter(s), s).toBe(false);
  });
});

describe('an interview whose turns are labelled with names', () => {
  it('is briefed from its own telling, not from a question or an answer out of its exchange', () => {
    const text = [
      'The new harbour master, Ida Berg, starts work next week with the port’s dredging budget cut by a third.',
      '',
      'She talked to the Gazette about silt, ferries and the winter storms.',
      '',
      'Gazette: What will you do first about the silt in the inner basin?',
      '',
      'Berg: Measure it. Nobody has surveyed the inner basin properly since the storms of 2019.',
      '',
      'Gazette: Will the ferry timetable change this winter at all?',
      '',
      'Berg: Not this winter. The ferry company has agreed to keep the hourly boats until March.',
      '',
      'Gazette: And the cuts to the dredging budget this year?',
      '',
      'Berg: We will dredge the channel first and the marina later, when the money allows it.',
      '',
      'Berg, 58, ran the port of Tromsø for eleven years before moving to the town in the spring.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-03'));
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    expect(d.briefing.join('\n')).not.toMatch(/^(?:Gazette|Berg):|Measure it|Nobody has surveyed|We will dredge/m);
  });
});

describe('a live blog', () => {
  it('shows its entries without their time stamps', () => {
    expect(stripDateline('10:42 a.m.: The ferry company has cancelled every crossing.')).toBe(
      'The ferry company has cancelled every crossing.',
    );
    expect(stripDateline('14:05 GMT - Harbour police have closed the pier.')).toBe(
      'Harbour police have closed the pier.',
    );
    expect(stripDateline('9.30am – Winds reached 140 km/h at the harbour mouth.')).toBe(
      'Winds reached 140 km/h at the harbour mouth.',
    );
    expect(stripDateline('**09:42** Harbour police have closed the pier.')).toBe(
      'Harbour police have closed the pier.',
    );
    expect(stripDateline('__9.30am__ – Winds reached 140 km/h.')).toBe('Winds reached 140 km/h.');
    expect(isClutter('Good morning and welcome to our live coverage of the storm.')).toBe(true);
    // A time that is the news stays: no mark after it.
    expect(stripDateline('10:42 was the time the last ferry left.')).toBe('10:42 was the time the last ferry left.');
    const text = [
      'Storm Greta closed the harbour on Friday and cut power to 40,000 homes along the coast.',
      '',
      '7:10 a.m.: The ferry company has cancelled every crossing until Saturday morning.',
      '',
      '8:25 a.m.: Harbour police have closed the pier after waves broke over the sea wall.',
      '',
      '9:40 a.m.: The power company says 40,000 homes along the coast have no power.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-01-24'));
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    expect(d.briefing.join('\n')).not.toMatch(/a\.m\.:/);
  });
});

describe('a list item', () => {
  it('is shown without its bullet', () => {
    expect(stripDateline('• The ferry fare rises to £9 for adults from April.')).toBe(
      'The ferry fare rises to £9 for adults from April.',
    );
    expect(stripDateline('- Harbour dues: up 4% for boats over ten metres.')).toBe(
      'Harbour dues: up 4% for boats over ten metres.',
    );
    expect(stripDateline('-5C is the lowest the harbour has seen.')).toBe('-5C is the lowest the harbour has seen.');
    const text = [
      'The harbour board approved its budget for next year on Monday after a four-hour meeting.',
      '',
      'What changes:',
      '',
      '- The ferry fare rises to £9 for adults and £4 for children from April.',
      '- Harbour dues rise by 4% for boats over ten metres long.',
      '- The board will borrow £2 million to dredge the inner basin.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-01-24'));
    expect(d.briefing.length).toBeGreaterThanOrEqual(3);
    for (const line of d.briefing) expect(line).not.toMatch(/^- /);
  });
});

describe('lines addressed to the reader, captions, disclaimers', () => {
  it('are furniture, and news using the same words is not', () => {
    for (const s of [
      'Send your pictures of the storm to harbour.news@example.org.',
      'Follow the Harbour Gazette on Facebook, Instagram and X.',
      'Get the week’s harbour news delivered to your inbox.',
      'Download our free harbour app for ferry alerts.',
      'Do you have pictures of the waves at the sea wall?',
      'Have you been affected by the ferry cancellations?',
      'Photo caption: Waves break over the sea wall at high tide.',
      'Image caption, The ferry was towed back to the harbour on Friday.',
      'Disclosure: The Gazette is owned by the harbour board’s chairman.',
      'This guide is general and not a substitute for professional legal advice.',
      '© 2025 Harbour Gazette Ltd. All rights reserved.',
    ])
      expect(isClutter(s), s).toBe(true);
    for (const s of [
      'Police said they would follow the ferry company’s report closely.',
      'The app was downloaded 40,000 times in its first week, the ferry company said.',
      'Do the ferries run on Sundays, asked one councillor, to laughter from the gallery.',
      'The photo shows the ferry listing badly as it entered the harbour on Friday.',
    ])
      expect(isClutter(s), s).toBe(false);
  });
});

describe('a short article', () => {
  it('fills its briefing from its news, never from its byline or furniture', () => {
    const text = [
      'By Ann Lee, Harbour Reporter',
      '',
      'Advertisement',
      '',
      'The harbour ferry sank at its mooring overnight, the port said on Tuesday.',
      '',
      'No one was aboard.',
      '',
      'Divers will inspect the hull on Wednesday morning.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-03-04')).briefing).toEqual([
      'The harbour ferry sank at its mooring overnight, the port said on Tuesday.',
      'No one was aboard.',
      'Divers will inspect the hull on Wednesday morning.',
    ]);
  });
});

describe('a wire dateline', () => {
  it('is left off the briefing whichever agency filed it', () => {
    expect(stripDateline('NAIROBI, March 3 (Xinhua) -- Kenya reopened its border crossings on Tuesday.')).toBe(
      'Kenya reopened its border crossings on Tuesday.',
    );
    // Plain-text wires set the dash as an underscore.
    expect(stripDateline('DENVER (AP) _ A spring blizzard closed the airport.')).toBe(
      'A spring blizzard closed the airport.',
    );
    expect(stripDateline('SEOUL, Jan. 9 (Yonhap) – Exports rose for a fifth month.')).toBe(
      'Exports rose for a fifth month.',
    );
    // Brackets that are no agency stay.
    expect(stripDateline('The Port Authority (PANYNJ) - which runs the airport - said nothing.')).toBe(
      'The Port Authority (PANYNJ) - which runs the airport - said nothing.',
    );
  });
});

describe('datelines as Indian, Malaysian and Nigerian papers set them', () => {
  it('leave the briefing line', () => {
    expect(stripDateline('CHENNAI: The port trust on Monday raised berthing fees by 8 per cent.')).toBe(
      'The port trust on Monday raised berthing fees by 8 per cent.',
    );
    expect(stripDateline('NEW DELHI, Mar 3: The ferry operator cut fares for students.')).toBe(
      'The ferry operator cut fares for students.',
    );
    expect(stripDateline('Kochi, Mar 3 (PTI) The ferry operator cut fares for students.')).toBe(
      'The ferry operator cut fares for students.',
    );
    expect(stripDateline('PENANG, March 3 (Bernama) -- The ferry operator cut fares for students.')).toBe(
      'The ferry operator cut fares for students.',
    );
    expect(stripDateline('ABUJA, March 3 (NAN) - The ferry operator cut fares for students.')).toBe(
      'The ferry operator cut fares for students.',
    );
    // Not a dateline: a short label, or a company named before its abbreviation.
    expect(stripDateline('US: The ferry operator cut fares.')).toBe('US: The ferry operator cut fares.');
    expect(stripDateline('Canadian Pacific (CP) Rail cut fares.')).toBe('Canadian Pacific (CP) Rail cut fares.');
    const text = [
      'KOLKATA: The port trust on Monday raised berthing fees by 8 per cent, its first rise in six years.',
      '',
      'Shipping lines said the rise would be passed on to exporters within weeks.',
      '',
      'The trust said the money would pay for dredging the Hooghly channel.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-03-03'));
    expect(d.briefing[0]).toBe(
      'The port trust on Monday raised berthing fees by 8 per cent, its first rise in six years.',
    );
  });
});
