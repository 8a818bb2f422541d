import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('an organisation whose name joins capitalised words with small ones is named whole', () => {
  it('"Friends of the Moors said: “…”" is Friends of the Moors, not "Friends"', () => {
    const t = 'Friends of the Moors said: “The quarry will scar the valley for a century.”';
    expect(who(t)).toEqual(['Friends of the Moors']);
  });

  it('"“…,” Rescue the Orchards said" is Rescue the Orchards, not "Orchards"', () => {
    const t = '“Every old tree felled is a habitat lost,” Rescue the Orchards said.';
    expect(who(t)).toEqual(['Rescue the Orchards']);
  });

  it('"“…,” the Council for Quiet Streets said" drops the article and keeps the name\'s first word', () => {
    const t = '“The lorries come through at dawn,” the Council for Quiet Streets said.';
    expect(who(t)).toEqual(['Council for Quiet Streets']);
  });

  it('"“…,” said League to Protect Lighthouses." reads on after the speech verb', () => {
    const t = '“Two keepers’ cottages are already gone,” said League to Protect Lighthouses.';
    expect(who(t)).toEqual(['League to Protect Lighthouses']);
  });

  it('keeps a person the article names: "Ivo Marsh … “…,” Marsh of Tidewell said" is Ivo Marsh', () => {
    const t = 'Ivo Marsh has fished the estuary for forty years. “The bass have gone,” Marsh of Tidewell said.';
    expect(who(t)).toEqual(['Ivo Marsh']);
  });
});
