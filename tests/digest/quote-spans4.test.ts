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
