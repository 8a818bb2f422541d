/**
 * Command answers through the CommandBus (what both adapters call), timed in this process: /digest of
 * the newest article and of an article by id, /articles, and autocomplete of the article option (empty,
 * a word that starts titles, a date that starts ids). Two cores are timed side by side — the one under
 * test and the 1-article one — the kinds and the cores taking turns call by call (which core goes first
 * alternates), so drift on a shared machine falls on both alike.
 */
import type { Caller } from '../../src/commands/bus.js';
import type { Reply } from '../../src/chat/reply.js';
import type { GeneratedArticle } from './scale-corpus.js';
import type { ScaleWorld } from './scale-world.js';
import { round, rounded, summarize, type Summary } from './stats.js';

export interface CommandTiming {
  name: string;
  /** What was sent, e.g. `digest article:<id of a sampled article>`. */
  what: string;
  n: number;
  ms: Summary;
  /** This process's CPU per call (all threads), ms. */
  cpuMs: number;
  errors: number;
}

export interface CommandTimes {
  /** /digest of each sampled article the first time (its digest computed; depends on the text, not the count). */
  coldDigest: Summary;
  commands: CommandTiming[];
}

const caller: Caller = { platform: 'discord', channelId: '499999999999999999', userId: 'U0BENCH', canManage: true };
const WARMUP = 20;

type Call = () => Promise<Reply | unknown[]>;
interface Kind {
  name: string;
  what: string;
  call: (i: number) => Call;
}

/** The same command kinds on a core and its sampled articles. */
function kindsFor(w: ScaleWorld, sample: readonly GeneratedArticle[]): Kind[] {
  const ids = sample.map((a) => a.id);
  const word = (i: number): string => (sample[i % sample.length]?.title.split(' ')[0] ?? 'the').toLowerCase();
  const day = (i: number): string => (sample[i % sample.length]?.date ?? '2026').slice(0, 8);
  return [
    { name: '/digest (newest)', what: 'digest', call: () => () => w.bus.run('digest', {}, caller) },
    {
      name: '/digest <id>',
      what: 'digest article:<id>, sampled articles in turn (digest cached)',
      call: (i) => () => w.bus.run('digest', { article: ids[i % ids.length] }, caller),
    },
    {
      name: '/articles',
      what: 'articles (20 newest, headlines kept in the index, total count)',
      call: () => () => w.bus.run('articles', {}, caller),
    },
    {
      name: 'autocomplete ""',
      what: 'bus.complete("article", "")',
      call: () => () => w.bus.complete('article', '', undefined),
    },
    {
      name: 'autocomplete <word>',
      what: 'bus.complete("article", first word of a sampled title)',
      call: (i) => () => w.bus.complete('article', word(i), undefined),
    },
    {
      name: 'autocomplete <date>',
      what: 'bus.complete("article", "YYYY-MM-" of a sampled article)',
      call: (i) => () => w.bus.complete('article', day(i), undefined),
    },
  ];
}

/** /digest of each sampled article once (computing its digest), timed. */
async function coldDigests(w: ScaleWorld, sample: readonly GeneratedArticle[]): Promise<Summary> {
  const cold: number[] = [];
  for (const a of sample) {
    const t0 = performance.now();
    const r = await w.bus.run('digest', { article: a.id }, caller);
    cold.push(performance.now() - t0);
    if (r.kind === 'error') throw new Error(`/digest ${a.id} failed before timing began`);
  }
  return rounded(summarize(cold), 3);
}

interface PairSide {
  world: ScaleWorld;
  sample: readonly GeneratedArticle[];
  /** Time the first /digest of each sampled article (false when they ran before: their digests are cached). */
  cold: boolean;
}

export async function timeCommandPair(a: PairSide, b: PairSide, reps: number): Promise<[CommandTimes, CommandTimes]> {
  const sides = [a, b].map((s) => ({
    ...s,
    kinds: kindsFor(s.world, s.sample),
    times: [] as number[][],
    cpu: [] as number[],
    errors: [] as number[],
  }));
  const colds: Summary[] = [];
  for (const s of sides) colds.push(s.cold ? await coldDigests(s.world, s.sample) : rounded(summarize([])));
  // Untimed turns first, so that no kind's first calls (compiling its code) are counted.
  for (let i = 0; i < WARMUP; i++) for (const s of sides) for (const k of s.kinds) await k.call(i)();
  for (const s of sides) {
    s.times = s.kinds.map(() => []);
    s.cpu = s.kinds.map(() => 0);
    s.errors = s.kinds.map(() => 0);
  }
  const kindCount = sides[0]?.kinds.length ?? 0;
  for (let i = 0; i < reps; i++) {
    for (let k = 0; k < kindCount; k++) {
      for (const s of i % 2 === 0 ? sides : [...sides].reverse()) {
        const call = s.kinds[k]?.call(i);
        if (!call) continue;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const r = await call();
        s.times[k]?.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        s.cpu[k] = (s.cpu[k] ?? 0) + (c.user + c.system) / 1000;
        if (!Array.isArray(r) ? r.kind === 'error' : r.length === 0 && k === 3) s.errors[k] = (s.errors[k] ?? 0) + 1;
      }
    }
  }
  const out = sides.map((s, j) => ({
    coldDigest: colds[j] ?? rounded(summarize([])),
    commands: s.kinds.map((k, i) => ({
      name: k.name,
      what: k.what,
      n: reps,
      ms: rounded(summarize(s.times[i] ?? []), 3),
      cpuMs: round((s.cpu[i] ?? 0) / reps, 3),
      errors: s.errors[i] ?? 0,
    })),
  }));
  return [out[0] as CommandTimes, out[1] as CommandTimes];
}

/** `count` articles of the corpus spread evenly over it (the same ones each time for a size). */
export function sampleArticles(
  article: (k: number) => GeneratedArticle,
  size: number,
  count: number,
): GeneratedArticle[] {
  const n = Math.min(size, count);
  return Array.from({ length: n }, (_, i) => article(Math.floor(((i + 0.5) * size) / n)));
}
