import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('"it said" credits a body, never a person', () => {
  it('"The Fenland Drainage Board met… “…,” it said in its annual review" is the board, not the person before', () => {
    const t =
      'Marta Lindqvist, a farmer, said the ditches had silted up. “My fields flood every spring,” she said.\n\n' +
      'The Fenland Drainage Board disputed that last year. “Our pumps have never run harder,” it said in its annual review.';
    expect(who(t)).toEqual(['Marta Lindqvist', 'Fenland Drainage Board']);
  });

  it('"Its publisher, Larkspur, said… “…,” it said. It added: “…”" are both Larkspur', () => {
    const t =
      'Owen Tarrant signed copies all afternoon. “I have lost count,” he said.\n\n' +
      'The novel’s publisher, Larkspur, said it had ordered a reprint. “We cannot keep it on the shelves,” it said. ' +
      'It added: “A second run is already at the printer.”';
    expect(who(t)).toEqual(['Owen Tarrant', 'Larkspur', 'Larkspur']);
  });

  it('"“…,” it said" with no body in its paragraph keeps the body quoted just before', () => {
    const t =
      'Halden Foods said sales had fallen. “It has been a hard winter,” a Halden Foods spokesperson said.\n\n' +
      'Shoppers cut back on treats in January. “We expect a better spring,” it said.';
    expect(who(t)).toEqual(['a Halden Foods spokesperson', 'a Halden Foods spokesperson']);
  });
});

describe('"the witness" is the person last named or asked, not the one asking', () => {
  it('"“…?” asked the prosecutor, Ruth Hale. “No,” the witness replied." after two witnesses is the one named last', () => {
    const t =
      'The court heard from Bram Oster, a lorry driver, and then from Delia Fenwick, who was walking her dog.\n\n' +
      '“Did you see the van stop?” asked the prosecutor, Ruth Hale.\n\n' +
      '“No,” the witness replied. “It was too dark.”';
    expect(who(t)).toEqual(['Ruth Hale', 'Delia Fenwick']);
  });

  it('"The chairman asked Mr Oster whether… “Never,” the witness said." is Bram Oster', () => {
    const t =
      'Delia Fenwick and Bram Oster both gave evidence on Monday. “I heard a bang,” Ms Fenwick said.\n\n' +
      'The chairman, Colin Wray, asked Mr Oster whether he had reported the fault.\n\n' +
      '“Never,” the witness said.';
    expect(who(t)).toEqual(['Delia Fenwick', 'Bram Oster']);
  });
});

describe('a described speaker after the cue stops before "as he…"', () => {
  it('"“Typical,” groaned one woman in a red coat as she stepped over a puddle" is one woman in a red coat', () => {
    const t =
      'The 8.15 was cancelled again on Friday. “Typical,” groaned one woman in a red coat as she stepped back over a puddle on the platform.';
    expect(extractQuotes(t).map((q) => [q.text, q.speaker])).toEqual([['Typical', 'one woman in a red coat']]);
  });

  it('"“Finally,” said an older man with a walking stick when he saw the bus" is the older man', () => {
    const t =
      'The first bus for a week reached the village at noon. “Finally,” said an older man with a walking stick when he saw it turn into the square.';
    expect(who(t)).toEqual(['an older man with a walking stick']);
  });
});

describe('"the company" is the body its paragraph just made a subject', () => {
  it('"One of the suppliers, Corvell, blamed… “…,” the company said" is Corvell, not the person before', () => {
    const t =
      'Mina Sato, who runs the depot, said lorries had queued all night. “It was chaos,” she said.\n\n' +
      'One of the suppliers, Corvell, blamed a software fault. “Deliveries are back to normal,” the company said.';
    expect(who(t)).toEqual(['Mina Sato', 'Corvell']);
  });

  it('"Brackley Water apologised. “…,” the firm said" is Brackley Water', () => {
    const t = 'Brackley Water apologised on Monday. “We let our customers down,” the firm said.';
    expect(who(t)).toEqual(['Brackley Water']);
  });
});
