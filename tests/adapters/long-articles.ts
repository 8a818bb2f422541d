import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An article file written for a roundup test, with what a reader should find of it in the post. */
export interface LongArticle {
  id: string;
  title: string;
  url: string;
}

const SUBJECTS = [
  'Bridge',
  'Library',
  'Ferry',
  'Tram',
  'School',
  'Hospital',
  'Market',
  'Museum',
  'Park',
  'Stadium',
  'Airport',
  'Harbour',
  'Theatre',
  'Canal',
  'Orchard',
  'Lighthouse',
  'Observatory',
  'Granary',
  'Aqueduct',
  'Quarry',
  'Brewery',
  'Foundry',
  'Mill',
  'Pier',
  'Tunnel',
  'Viaduct',
  'Reservoir',
  'Chapel',
  'Arena',
  'Depot',
  'Garrison',
  'Vineyard',
];
const WORDS = (
  'council engineers residents delay contract tender budget surveyors inspection river northern southern eastern western district ' +
  'mayor committee hearing objections funding grant repairs timber steel concrete traffic buses cyclists pedestrians schedule ' +
  'winter spring summer autumn neighbours shopkeepers teachers nurses volunteers drivers pilots sailors fishermen farmers ' +
  'archive records survey estimate overrun shortfall deposit loan bond auditors ministry regional provincial municipal ' +
  'petition signatures protest march meeting assembly ballot quorum majority minority amendment clause proposal draft ' +
  'foundation pillar arch span deck railing lantern tower gate wall yard shed warehouse workshop kiln furnace crane barge'
).split(' ');

// A small seeded generator, so every run writes the same articles.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(r: () => number, chars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = WORDS[Math.floor(r() * WORDS.length)] ?? 'council';
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

/**
 * Writes `count` articles into `dir` (numbered from `from`): long headlines (150 to 240 characters),
 * sentences of 200 to 280 characters of words drawn at random (so no two tell the same story), every
 * other one with a key date, a URL with parentheses or Cyrillic now and then. Returns them in order.
 */
export function writeLongArticles(dir: string, count: number, from = 0): LongArticle[] {
  const out: LongArticle[] = [];
  for (let i = from; i < from + count; i++) {
    const r = random(1000 + i);
    const subject = SUBJECTS[i % SUBJECTS.length] ?? 'Bridge';
    const head = `${subject} plan number ${i + 1} goes ahead after a long debate about`;
    const title = `${head} ${words(r, 150 + Math.floor(r() * 90) - head.length - 1)}`;
    const slug = `${subject.toLowerCase()}-${i + 1}`;
    const path = i % 4 === 1 ? `${slug}-(update)` : i % 4 === 2 ? `${slug}-новини` : slug;
    const url = `https://news.example.org/2024/${path}`;
    const sentences = Array.from({ length: 6 }, (_, k) => {
      const start = `${k === 0 ? 'The' : 'Meanwhile the'} ${subject.toLowerCase()} ${k === 0 ? 'project' : 'plan'} ${i + 1}`;
      return `${start} ${words(r, 200 + Math.floor(r() * 70) - start.length)}.`;
    });
    if (i % 2 === 0)
      sentences.splice(2, 0, `The final ${subject.toLowerCase()} vote is scheduled for ${10 + (i % 15)} January 2025.`);
    const id = `2024-11-${String(10 + (i % 15)).padStart(2, '0')}-${slug}`;
    const front = [
      '---',
      `title: "${title}"`,
      `date: 2024-11-${String(10 + (i % 15)).padStart(2, '0')}`,
      `source: ${subject} Gazette`,
      `url: "${url}"`,
      '---',
    ];
    writeFileSync(join(dir, `${id}.md`), `${front.join('\n')}\n${sentences.join(' ')}\n`);
    out.push({ id, title, url });
  }
  return out;
}

/** How many times `needle` occurs in `hay`. */
export function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}
