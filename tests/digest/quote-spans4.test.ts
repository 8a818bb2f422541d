import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const spans = (t: string) => extractQuotes(t).map((q) => t.slice(q.start, q.end));
const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a colon after a finished quotation introduces the next one', () => {
  it('keeps “A,” said X. “B.” whole when Y agreed: “C.” follows', () => {
    const t =
      '“The levee held,” said Mayor Dana Pruitt. “Nobody lost a home.” Sheriff Tom Okafor agreed: “We were lucky this time.”';
    expect(spans(t)).toEqual([
      '“The levee held,” said Mayor Dana Pruitt. “Nobody lost a home.”',
      '“We were lucky this time.”',
    ]);
    expect(who(t)).toEqual(['Dana Pruitt', 'Tom Okafor']);
  });

  it('does not join a quotation to the one that “He added:” introduces', () => {
    const t =
      'Gov. Alan Reese spoke briefly. “The budget is balanced,” the governor told reporters. “It was not easy.” He added: “Next year will be harder.”';
    expect(spans(t)).toEqual([
      '“The budget is balanced,” the governor told reporters. “It was not easy.”',
      '“Next year will be harder.”',
    ]);
  });

  it('leaves a phrase quoted in paraphrase out when the next sentence’s colon is the only cue', () => {
    const t =
      'Reese said after the vote that he had hoped for “a start, nothing more.” He added: “We will come back in the spring.”';
    expect(spans(t)).toEqual(['“We will come back in the spring.”']);
  });
});

describe('a quotation resumed after someone cut it off', () => {
  it.each([
    ['—', '—'],
    ['--', '--'],
  ])('credits “%s which…” to the speaker whose quotation ended on the dash', (dash) => {
    const t = `Moderator Ann Pike asked about the pipeline. “I backed the route at first, but when the permits came in ${dash}” Gov. Ray Lott said.\n\n“Not true,” state Sen. Joe Vance interjected.\n\n“${dash} which my office did not write, I changed my mind.”`;
    expect(extractQuotes(t).map((q) => q.speaker)).toEqual(['Ray Lott', 'Joe Vance', 'Ray Lott']);
    expect(extractQuotes(t)[2]?.text).toBe(`${dash} which my office did not write, I changed my mind.`);
  });
});

describe('a short title in capitals inside a sentence', () => {
  it('is no quotation even when a speech verb follows it', () => {
    expect(
      extractQuotes('Mayor Hal Dunn, author of the memoir “Rust Belt Rising,” told the crowd he would run.'),
    ).toEqual([]);
    expect(extractQuotes('Dunn, whose book “Hard Roads Home” sold well, said little about it.')).toEqual([]);
  });

  it('stays speech after a speech verb or a comma', () => {
    expect(spans('The marchers chanted “Count Every Vote” outside the hall.')).toEqual(['“Count Every Vote”']);
    expect(spans('Dunn answered simply, “Not Today,” and left.')).toEqual(['“Not Today,”']);
  });
});

describe('a subject with a description set off by commas', () => {
  const credit = (para: string) =>
    who(`Rep. Dale Conway said the bill was a mistake.\n\n${para} “We will keep pushing until the vote,” she said.`);

  it.each([
    ['Lena Ortiz, whose brother Sam Ortiz died in the 2014 flood, watched the hearing from the gallery.'],
    ['Lena Ortiz, director of Rivers First, said the group would sue.'],
    ['Lena Ortiz, president of the Center for River Policy, which brought the suit, said it would go on.'],
    ['Former deputy secretary Lena Ortiz, who served under Gov. Mark Dayle, said she understood the delay.'],
  ])('credits the next “she said” to that subject: %s', (para) => {
    expect(credit(para)).toEqual(['Lena Ortiz']);
  });

  it('still reads a subject after an opening phrase that ends in a name', () => {
    expect(credit('After meeting Conway, Lena Ortiz said little.')).toEqual(['Lena Ortiz']);
  });
});
