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

describe('a group named by a plural noun and the phrase that says which ones speaks as a whole', () => {
  it('"“…,” growers from Kent and Sussex said" is the growers, not "Sussex"', () => {
    const t = '“The frost took half the blossom in one night,” growers from Kent and Sussex said in a joint letter.';
    expect(who(t)).toEqual(['growers from Kent and Sussex']);
  });

  it('"“…,” lodgers on the third floor said" is the lodgers, where no name was found before', () => {
    const t = 'Pia Holm owns the house. “The boiler has been broken since March,” lodgers on the third floor said.';
    expect(who(t)).toEqual(['lodgers on the third floor']);
  });

  it('"Dockers at the Tilbury gates said: “…”" is the dockers, not "Dockers"', () => {
    const t = 'Dockers at the Tilbury gates said: “Nobody asked us about the new cranes.”';
    expect(who(t)).toEqual(['dockers at the Tilbury gates']);
  });

  it('leaves a named speaker with a place after the verb alone: "“…,” Rhys Penn said in Cardiff"', () => {
    const t = '“The line will be open by spring,” Rhys Penn said in Cardiff.';
    expect(who(t)).toEqual(['Rhys Penn']);
  });
});

describe("a body's national branch keeps its name", () => {
  it('"“…,” Shelterbelt UK said" is Shelterbelt UK, not nobody', () => {
    const t = '“Hedges planted now will shelter lambs for fifty years,” Shelterbelt UK said.';
    expect(who(t)).toEqual(['Shelterbelt UK']);
  });

  it('"Rivers Watch EU said: “…”" is Rivers Watch EU', () => {
    const t = 'Rivers Watch EU said: “The sewage reports were filed a year late.”';
    expect(who(t)).toEqual(['Rivers Watch EU']);
  });

  it('leaves an office before a name alone: "said UK envoy Tom Reece"', () => {
    const t = '“The talks will resume in May,” said UK envoy Tom Reece.';
    expect(who(t)).toEqual(['Tom Reece']);
  });
});
