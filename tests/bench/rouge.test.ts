import { describe, expect, it } from 'vitest';
import { lcsLength, porterStem, rouge, rougeTokens } from '../../bench/eval/rouge.js';

describe('porterStem (Porter 1980)', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['relational', 'relat'],
    ['generalizations', 'gener'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['agreed', 'agre'],
    ['happy', 'happi'],
    ['replacement', 'replac'],
    ['cement', 'cement'],
    ['controll', 'control'],
    // The published algorithm, not NLTK's extensions: y -> i after any vowel, no irregular table.
    ['enjoy', 'enjoi'],
    ['dying', 'dy'],
  ])('%s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('rougeTokens', () => {
  it('lower-cases, splits on non-alphanumerics and stems only tokens longer than 3', () => {
    expect(rougeTokens("The U.S. ties were Obama's 2nd-best: WAS")).toEqual([
      'the',
      'u',
      's',
      'ti',
      'were',
      'obama',
      's',
      '2nd',
      'best',
      'was',
    ]);
  });

  it('treats non-ASCII letters as separators, as rouge-score does', () => {
    expect(rougeTokens('café Zürich')).toEqual(['caf', 'z', 'rich']);
  });
});

describe('rouge', () => {
  it('matches the rouge-score README example', () => {
    // rouge-score: rouge1 P .75 R .6667 F .70588; rougeL P .625 R .5556 F .58824.
    const s = rouge('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
    expect(s.r1).toBeCloseTo(12 / 17, 6);
    expect(s.rl).toBeCloseTo(10 / 17, 6);
    // Bigram overlap: "the quick", "quick brown" = 2 of 7 predicted, 2 of 8 reference.
    expect(s.r2).toBeCloseTo(4 / 15, 6);
  });

  it('counts repeated n-grams only as often as the reference has them', () => {
    // Prediction "the the the the" vs "the cat": 1 clipped match, P 1/4, R 1/2.
    expect(rouge('the the the the', 'the cat').r1).toBeCloseTo(1 / 3, 6);
  });

  it('scores unequal lengths by hand-computed F1', () => {
    // police->polic, killed->kill; 3 shared unigrams of 4 and 7, 1 shared bigram of 3 and 6,
    // LCS "the gunman" = 2.
    const s = rouge('police killed the gunman', 'the gunman was shot down by police');
    expect(s.r1).toBeCloseTo(6 / 11, 6);
    expect(s.r2).toBeCloseTo(2 / 9, 6);
    expect(s.rl).toBeCloseTo(4 / 11, 6);
  });

  it('stems before matching and scores empty text as zero', () => {
    expect(rouge('running', 'runs').r1).toBe(1);
    expect(rouge('ran', 'run').r1).toBe(0);
    expect(rouge('', 'anything')).toEqual({ r1: 0, r2: 0, rl: 0 });
  });

  it('computes the LCS over whole texts', () => {
    expect(lcsLength(['a', 'b', 'c', 'b', 'd'], ['b', 'd', 'c', 'a', 'b'])).toBe(3); // b c b
    expect(lcsLength([], ['a'])).toBe(0);
  });
});
