import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const speakersOf = (text: string) => buildDigest(article(text, '2025-03-04')).quotes.map((q) => q.speaker);

describe('an office named with its holder, then alone', () => {
  it('credits the office written as initials to its holder', () => {
    const text =
      'Chief Justice of India Priya Raman opened the hearing on the water tribunal on Monday. ' +
      '"No state may hold back a river that feeds another," the CJI said. The bench will sit again in April.';
    expect(speakersOf(text)).toEqual(['Priya Raman']);
  });

  it('does not take the office’s tail for the holder’s first name', () => {
    const text =
      'Chief Justice of Kenya Daniel Mwangi swore in the new judges on Monday. ' +
      '"The courts belong to the people," Mwangi said.';
    expect(speakersOf(text)).toEqual(['Daniel Mwangi']);
  });

  it('credits the office written out in capitals to its holder', () => {
    const text =
      'District Attorney Lena Ortiz charged the landlord with fraud on Monday. ' +
      '"Tenants were billed for repairs that never happened," the District Attorney said.';
    expect(speakersOf(text)).toEqual(['Lena Ortiz']);
  });

  it('leaves a party or a paper that is no office as it was', () => {
    const text =
      'The Green Party Executive met in Leeds on Monday. ' +
      '"We will stand in every seat," the Green Party said in a statement.';
    expect(speakersOf(text)).not.toContain('Executive');
  });
});
