import { describe, expect, it } from 'vitest';
import { briefingCandidates, FEATURE_NAMES } from '../../src/digest/briefing-features.js';
import { buildBriefing, scoreCandidates, selectBriefing } from '../../src/digest/briefing.js';
import { splitSentences } from '../../src/digest/sentences.js';
import weights from '../../src/digest/briefing-weights.json' with { type: 'json' };

const STORY = [
  'The river authority closed the northern lock on Monday after divers found a crack in its lower gate.',
  'Barges bound for the port must now take the southern canal, which adds a day to the journey.',
  'It is the second closure of the lock in three years.',
  'Engineers expect repairs to take at least six weeks, the authority said in a statement.',
  'He told reporters the gate had passed its last inspection in the spring.',
  'Shipping firms have asked for the canal fees to be waived while the lock is shut.',
].join(' ');

describe('the learned briefing scorer', () => {
  it('ships weights for exactly the features the core computes, and a target length', () => {
    expect(weights.features).toEqual([...FEATURE_NAMES]);
    expect(weights.weights).toHaveLength(FEATURE_NAMES.length);
    expect(weights.targetWords).toBeGreaterThan(20);
  });

  it('gives every candidate one value per feature', () => {
    const cands = briefingCandidates(splitSentences(STORY), 'Northern lock closed');
    expect(cands.length).toBeGreaterThanOrEqual(5);
    for (const c of cands) expect(c.features).toHaveLength(FEATURE_NAMES.length);
  });

  it('briefs in 3–5 of the article’s own sentences, in article order', () => {
    const b = buildBriefing(splitSentences(STORY), null);
    expect(b.length).toBeGreaterThanOrEqual(3);
    expect(b.length).toBeLessThanOrEqual(5);
    const at = b.map((s) => STORY.indexOf(s));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });
});

describe('readable briefings', () => {
  const sentences = splitSentences(STORY);
  const cands = briefingCandidates(sentences, null);
  const scoreBy = (order: string[]) =>
    cands.map((c) => {
      const i = order.findIndex((o) => c.text.startsWith(o));
      return i < 0 ? 0 : 100 - i;
    });

  it('leaves out a sentence opening with "He" or "It" when the sentence before it is not in the briefing', () => {
    const b = selectBriefing(sentences, cands, scoreBy(['He told', 'It is', 'The river', 'Shipping', 'Barges']), 40);
    expect(b.some((s) => /^(?:He|It)\b/.test(s))).toBe(false);
    expect(b).toHaveLength(3);
  });

  it('keeps such a sentence when its antecedent is in too', () => {
    const b = selectBriefing(sentences, cands, scoreBy(['Barges', 'It is', 'The river', 'Shipping']), 40);
    expect(b).toContain('It is the second closure of the lock in three years.');
    expect(b.indexOf('It is the second closure of the lock in three years.')).toBe(
      b.findIndex((s) => s.startsWith('Barges')) + 1,
    );
  });

  it('takes a fourth or fifth item only when it scores at least the floor', () => {
    const scores = scoreBy(['The river', 'Barges', 'Engineers', 'Shipping', 'It is']).map((s) => s - 97);
    // Scores 3, 2, 1 for the first three, 0 and -1 for the next: a floor of 0.5 stops at three.
    expect(selectBriefing(sentences, cands, scores, 1000, 0.5)).toHaveLength(3);
    expect(selectBriefing(sentences, cands, scores, 1000, -0.5)).toHaveLength(4);
    expect(selectBriefing(sentences, cands, scores, 1000, null)).toHaveLength(5);
  });

  it('scores with the shipped model when no other is given', () => {
    expect(scoreCandidates(cands)).toHaveLength(cands.length);
  });
});
