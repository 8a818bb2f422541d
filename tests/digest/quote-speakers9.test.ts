import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a clause set off by commas after the name', () => {
  it('may hold a number written with a thousands comma', () => {
    const t =
      'Rovers manager Kath Dunmore, whose side drew a crowd of 31,500 on Saturday, said, “Nobody here will forget this afternoon.”\n\n' +
      'Ian Petts, who has made more than 1,000 appearances for the club, said the pitch was poor. “It cut up after ten minutes,” he said.';
    expect(who(t)).toEqual(['Kath Dunmore', 'Ian Petts']);
  });
});

describe('a peer named by title and one name', () => {
  it('is a person the pronoun after can stand for, and keeps the title', () => {
    const t =
      'Lord Ashworth of Kendal, a former transport minister, led the revolt. “This scheme was never costed,” he said.\n\n' +
      'The crossbench peer Baroness Mottram spoke next. “We are being asked to sign a blank cheque,” she said.\n\n' +
      '“The Lord Chancellor has heard both sides,” Lord Ashworth added.';
    expect(who(t)).toEqual(['Lord Ashworth', 'Baroness Mottram', 'Lord Ashworth']);
  });

  it('is the person named in full elsewhere, whichever comes first', () => {
    const t =
      'Baroness Quill opened the debate. “The evidence is overwhelming,” she said.\n\n' +
      'Helen Quill, a former health minister, was made a peer in 2019.\n\n' +
      '“I will not be moved on this,” said Baroness Quill.';
    expect(who(t)).toEqual(['Helen Quill', 'Helen Quill']);
  });
});
