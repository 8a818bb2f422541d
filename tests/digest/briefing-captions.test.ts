import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

describe('a photo caption printed as a paragraph with its credit', () => {
  const news = [
    'The last ferry across the Tamsin estuary made its final crossing on Sunday after 212 years of service.',
    'The county council withdrew its subsidy in January, saying the crossing cost £900,000 a year to run.',
    '%CAPTION%',
    'About 300 people a day used the ferry, most of them commuters travelling to the dockyard.',
    'A new bridge upstream is due to open in 2027.',
  ];
  it('is not a briefing line, whatever the credit says', () => {
    for (const credit of ['Photograph: Ann Cole/Alamy', 'Photo: Harbour Press', '(Picture: PA)', 'Image: Tom Vale']) {
      const caption = `Passengers wave from the deck as the ferry leaves the slipway for the last time. ${credit}`;
      const d = buildDigest(article(news.join('\n').replace('%CAPTION%', caption), '2025-03-09'));
      expect(d.briefing.join('\n'), credit).not.toMatch(/Passengers wave/);
    }
  });

  it('leaves a paragraph of news that ends on a credit-like line in the briefing', () => {
    // Two sentences of news before the credit: a page that glued a credit to news, not a caption.
    const text = [
      'Passengers waved from the deck as the last ferry across the Tamsin estuary left on Sunday. It had run for 212 years. Photo: Harbour Press',
      'The county council withdrew its subsidy in January.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-03-09')).briefing.join('\n')).toMatch(/Passengers waved/);
  });
});

describe('captions as wire services and galleries print them', () => {
  it('leaves out a wire photo caption with its agency credit ("… REUTERS/Name/File Photo")', () => {
    const text = [
      'FILE PHOTO: A crane unloads containers at the port of Velden, Netherlands, March 2, 2024. REUTERS/Ann de Vries/File Photo',
      '',
      'VELDEN, Oct 15 (Reuters) - Port operator Velden Terminals cut its forecast on Wednesday as container volumes from Asia fell for a third month.',
      '',
      'The company now expects handling revenue of 1.1 billion euros this year, down from 1.3 billion.',
      '',
      'Its shares fell 7% in Amsterdam.',
    ].join('\n');
    const d = buildDigest(article(text, '2025-10-15'));
    expect(d.briefing.join('\n')).not.toMatch(/crane unloads/);
    expect(d.briefing[0]).toMatch(/^Port operator Velden Terminals cut its forecast/);
  });

  it('leaves out a gallery caption that a "Hide Caption" line follows', () => {
    const text = [
      'Rescue teams reached 14 climbers stranded for three days on the north face of Mount Kessel on Wednesday, officials said.',
      '',
      'The climbers had sheltered in a snow cave after an avalanche swept away their fixed ropes on Sunday.',
      '',
      'Photos: Rescue on Mount Kessel',
      'Relatives of the stranded climbers wait at the base camp on Tuesday.',
      'Hide Caption',
      '1 of 6',
      '',
      'Helicopters will fly the climbers to hospital in Brenn once the weather clears.',
    ].join('\n');
    expect(buildDigest(article(text, '2025-06-12')).briefing.join('\n')).not.toMatch(/Relatives of the stranded/);
  });
});
