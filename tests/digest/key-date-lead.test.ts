import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (title: string | null, text: string) => buildDigest(article(text, '2024-03-12', { title })).keyDate?.date;

describe('key date: the lead sentence names the event the story is about', () => {
  it('prefers the event of the opening sentence to a side day the body names twice', () => {
    expect(
      key(
        null,
        'The city’s bin collectors will strike on 25 March over a pay freeze, their union said. Householders can book a bulky-waste pickup on Friday. Pickups on Friday start at 7 a.m.',
      ),
    ).toBe('2024-03-25');
    expect(
      key(
        null,
        'The new footbridge over the Esk will be opened at a ceremony on 6 April, the council said on Tuesday. Volunteers can sign up as stewards at the town hall on Thursday. The first stewards start training on Thursday.',
      ),
    ).toBe('2024-04-06');
  });

  it('gives nothing to a day the lead merely mentions', () => {
    expect(key(null, 'The canteen at the depot reopens on Thursday. Bus drivers will strike on 25 March.')).toBe(
      '2024-03-25',
    );
  });
});
