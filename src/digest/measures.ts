// "expected to crest Saturday at 24 feet", "closed Friday at 24 cents": chrono reads "at 24" as a
// clock time, and drops the weekday with it when no hour fits. A number with a unit of measure after
// "at" is a level, never a time, so "at" and the number are masked, same length, and the weekday is
// read alone.
const UNITS = [
  'feet',
  'foot',
  'ft',
  'inches',
  'meters?',
  'metres?',
  'miles?',
  'kilometers?',
  'kilometres?',
  'km',
  'yards?',
  'percent',
  String.raw`per\s+cent`,
  'degrees?',
  'points?',
  'cents?',
  'mph',
  'knots?',
  'tons?',
  'tonnes?',
];
const LEVEL = new RegExp(String.raw`\bat\s{1,3}\d[\d,.]*(?=\s{0,3}(?:(?:${UNITS.join('|')})\b|%))`, 'gi');

// "closed at $14.25 on Monday": an amount of money is no clock time either (chrono read "14.25 on
// Monday" as 14:25 and the price became part of the date's text). The number after a currency sign.
const MONEY = /(?<=[$£€¥])\d[\d,]*(?:\.\d+)?/g;

/** `text` with "at 24" masked (same length) where a unit of measure follows the number, and amounts of money. */
export const maskMeasures = (text: string): string =>
  text.replace(LEVEL, (m) => '_'.repeat(m.length)).replace(MONEY, (m) => '_'.repeat(m.length));
