import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a church rank between "the Rev." and a name is no part of the name', () => {
  it('"The Rev. Canon Ruth Ashby" is Ruth Ashby', () => {
    const t = 'The Rev. Canon Ruth Ashby opened the food bank. “Nobody here goes hungry,” the Rev. Ashby said.';
    expect(who(t)).toEqual(['Ruth Ashby']);
  });

  it('reads the archdeacon and the monsignor the same way, and keeps a surname that is a rank', () => {
    const t =
      'Archdeacon Tom Felling blessed the boats. “May they all come home,” he said.\n\n' +
      'Monsignor Paul Ree agreed. “The sea takes enough,” Monsignor Ree said.\n\n' +
      'The fisherman Joe Deacon listened. “Amen to that,” Joe Deacon said.';
    expect(who(t)).toEqual(['Tom Felling', 'Paul Ree', 'Joe Deacon']);
  });
});
