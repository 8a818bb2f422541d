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

/** `text` with "at 24" masked (same length) where a unit of measure follows the number. */
export const maskMeasures = (text: string): string => text.replace(LEVEL, (m) => '_'.repeat(m.length));
