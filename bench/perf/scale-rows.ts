/** The scale section's rows of the table: the largest step judged against its target, the curve beside it. */
import type { Row } from './report.js';
import { ms, times } from './report.js';
import type { ScalePoint, ScaleResult } from './scale.js';

const S = '6 scale';
const n = (x: number): string => x.toLocaleString('en');
const mb = (x: number): string => `${x.toFixed(1)} MB`;
const sec = (x: number): string => `${(x / 1000).toFixed(2)} s`;

export function scaleRows(r: ScaleResult): Row[] {
  const rows: Row[] = [];
  const one = r.points[0];
  const big = r.points[r.points.length - 1];
  if (!one || !big) return rows;
  const at = `${n(big.articles)} art.`;
  const curve = (f: (p: ScalePoint) => string): string => r.points.map(f).join(' / ');
  const sizes = `curve at ${r.points.map((p) => n(p.articles)).join(' / ')}`;
  const add = (
    figure: string,
    value: string,
    baseline: string,
    ratio: number | null,
    target: string,
    pass: boolean | null,
  ): void => {
    rows.push({ section: S, figure, value, baseline, ratio: times(ratio), target, pass });
  };
  add(
    `articles held: files + source articles (text)`,
    `${n(big.files)} + ${n(big.sourceArticles)} (${mb(big.textMB)})`,
    `${n(one.files)} + ${n(one.sourceArticles)}`,
    null,
    '',
    null,
  );

  // Commands through the bus, each size timed call by call beside the 1-article core.
  for (const [i, c] of big.commands.commands.entries()) {
    const b = big.commandsBaseline?.commands[i];
    if (!b) continue;
    const ratio = c.ms.p50 / b.ms.p50;
    add(
      `${c.name} p50 (p99), ${at}`,
      `${ms(c.ms.p50)} (${ms(c.ms.p99)})`,
      `${ms(b.ms.p50)} (${ms(b.ms.p99)})`,
      ratio,
      '≤ 1.50×',
      ratio <= 1.5 && c.errors === 0,
    );
    const point = (p: ScalePoint): string => {
      const base = p.commandsBaseline?.commands[i]?.ms.p50;
      const v = p.commands.commands[i]?.ms.p50 ?? Number.NaN;
      return base === undefined ? ms(v) : `${ms(v)} (${times(v / base)})`;
    };
    add(`${c.name} p50 (ratio to 1 art.), ${sizes}`, curve(point), '', null, '', null);
  }
  add(
    `/digest <id> first time (digest computed), median, ${at}`,
    ms(big.commands.coldDigest.p50),
    ms(one.commands.coldDigest.p50),
    big.commands.coldDigest.p50 / one.commands.coldDigest.p50,
    '',
    null,
  );

  // Slack ack and Discord deferral at 50 in flight.
  for (const platform of ['slack', 'discord'] as const) {
    const first = platform === 'slack' ? 'Slack ack' : 'Discord deferral';
    const second = platform === 'slack' ? 'Slack response_url' : 'Discord final edit';
    for (const l of big.latency?.[platform] ?? []) {
      const c = `c=${l.concurrency}, ${at}`;
      add(
        `${first} p50, ${c}`,
        ms(l.herald.first.p50),
        ms(l.baseline.first.p50),
        l.ratios.firstP50,
        '≤ 1.50×',
        l.ratios.firstP50 <= 1.5 && l.herald.errors === 0,
      );
      add(
        `${first} p99, ${c}`,
        ms(l.herald.first.p99),
        ms(l.baseline.first.p99),
        l.ratios.firstP99,
        '≤ 1.50×',
        l.ratios.firstP99 <= 1.5,
      );
      add(
        `${second} p50 (p99), ${c}`,
        `${ms(l.herald.second.p50)} (${ms(l.herald.second.p99)})`,
        `${ms(l.baseline.second.p50)} (${ms(l.baseline.second.p99)})`,
        l.ratios.secondP50,
        '',
        null,
      );
      add(
        `CPU per command (bot process), ${c}`,
        ms(l.herald.cpuMsPerCommand),
        ms(l.baseline.cpuMsPerCommand),
        l.herald.cpuMsPerCommand / l.baseline.cpuMsPerCommand,
        '',
        null,
      );
    }
    const lvl = (p: ScalePoint): string => {
      const l = p.latency?.[platform][p.latency[platform].length - 1];
      return l ? `${ms(l.herald.first.p50)} (${times(l.ratios.firstP50)})` : '—';
    };
    add(`${first} p50 at c=50 (ratio to 1 art.), ${sizes}`, curve(lvl), '', null, '', null);
  }

  // One new article to every channel, with an adapter that posts nowhere.
  const f = big.subscribeFire;
  const bf = one.subscribeFire;
  const fireOk = f.fire.lost === 0 && f.fire.doubled === 0 && f.fire.exact === f.fire.channels;
  add(
    `Herald CPU, 1 new article to ${n(f.fire.channels)} channels, ${at}`,
    `${sec(f.fire.cpuMs)} (wall ${sec(f.fire.wallMs)})`,
    `${sec(bf.fire.cpuMs)} (wall ${sec(bf.fire.wallMs)})`,
    f.fire.cpuMs / bf.fire.cpuMs,
    '≤ 2 s',
    f.fire.cpuMs <= 2000 && fireOk,
  );
  add(
    `… channels with exactly that article / lost / doubled`,
    `${n(f.fire.exact)} / ${f.fire.lost} / ${f.fire.doubled}`,
    `${n(bf.fire.exact)} / ${bf.fire.lost} / ${bf.fire.doubled}`,
    null,
    'all / 0 / 0',
    fireOk,
  );
  add(
    `Herald CPU of that fire, ${sizes}`,
    curve((p) => sec(p.subscribeFire.fire.cpuMs)),
    '',
    null,
    '',
    null,
  );
  add(
    `first fire after /subscribe (newest article) CPU, ${at}`,
    sec(f.firstFire.cpuMs),
    sec(bf.firstFire.cpuMs),
    f.firstFire.cpuMs / bf.firstFire.cpuMs,
    '',
    null,
  );
  add(
    `/subscribe p50 (p99), CPU per command, ${at}`,
    `${ms(f.subscribe.ms.p50)} (${ms(f.subscribe.ms.p99)}), ${ms(f.subscribe.cpuMsPerCommand)}`,
    `${ms(bf.subscribe.ms.p50)} (${ms(bf.subscribe.ms.p99)}), ${ms(bf.subscribe.cpuMsPerCommand)}`,
    f.subscribe.ms.p50 / bf.subscribe.ms.p50,
    '',
    null,
  );
  add(
    `new file → index by fs.watch, ${sizes}`,
    curve((p) => ms(p.subscribeFire.newFileIndexedMs)),
    '',
    null,
    '',
    null,
  );

  // Database size.
  const d = f.db;
  add(
    `database: articles alone, ${sizes}`,
    curve((p) => mb(p.subscribeFire.db.beforeMB)),
    '',
    null,
    '',
    null,
  );
  add(
    `database growth after ${n(f.subscribe.n)} /subscribe, ${at}`,
    `+${mb(d.afterSubscribeMB - d.beforeMB)} (${mb(d.afterSubscribeMB)})`,
    `+${mb(bf.db.afterSubscribeMB - bf.db.beforeMB)}`,
    null,
    '≤ 10 MB',
    d.afterSubscribeMB - d.beforeMB <= 10,
  );
  add(
    `… and after 2 fan-outs to them`,
    `+${mb(d.afterFireMB - d.beforeMB)} (${mb(d.afterFireMB)})`,
    `+${mb(bf.db.afterFireMB - bf.db.beforeMB)}`,
    null,
    '≤ 10 MB',
    d.afterFireMB - d.beforeMB <= 10,
  );

  // Folder: ingest and rescan.
  const files = r.points.slice(1).reduce((a, p) => a + p.grow.filesWritten, 0);
  const ingest = r.points.slice(1).reduce((a, p) => a + p.grow.ingestMs, 0);
  add(`ArticleFiles: first pass over new files (all steps)`, `${n(files)} files in ${sec(ingest)}`, '', null, '', null);
  add(
    `rescan of the folder, nothing changed (every 60 s), ${sizes}`,
    curve((p) => ms(p.rescan.wallMs)),
    '',
    null,
    '',
    null,
  );

  // Resident memory.
  const m = r.memory.big;
  const mo = r.memory.one;
  add(
    `RSS after start (bundle, plain node), ${n(m.articles)} art., ${m.tasks} schedules`,
    mb(m.afterStart.rssMB),
    mb(mo.afterStart.rssMB),
    m.afterStart.rssMB / mo.afterStart.rssMB,
    '≤ 200 MB',
    m.afterStart.rssMB <= 200,
  );
  add(
    `… start: store open + folder pass / all`,
    `${sec(m.syncMs)} / ${sec(m.startMs)}`,
    `${sec(mo.syncMs)} / ${sec(mo.startMs)}`,
    null,
    '',
    null,
  );
  if (m.afterWarmup)
    add(
      `RSS after ${n(m.warmupCommands)} warm-up commands`,
      mb(m.afterWarmup.rssMB),
      mo.afterWarmup ? mb(mo.afterWarmup.rssMB) : '',
      null,
      '',
      null,
    );
  if (m.afterCommands && m.growthAfterWarmupPct !== null) {
    const base = mo.afterCommands
      ? `${mb(mo.afterCommands.rssMB)} (${mo.growthAfterWarmupPct}%, ${mo.heapGrowthAfterWarmupPct}%)`
      : '';
    add(
      `RSS after ${n(m.commands)} more commands (growth: RSS, heap)`,
      `${mb(m.afterCommands.rssMB)} (${m.growthAfterWarmupPct}%, ${m.heapGrowthAfterWarmupPct}%)`,
      base,
      null,
      '≤ 10%',
      m.growthAfterWarmupPct <= 10 && m.errors === 0,
    );
  }

  // Files dropped into the folder.
  const dr = r.drop;
  add(
    `${n(dr.files)} files dropped into ${n(dr.folderBefore)}: write → /digest answers, p50 / p99 / max`,
    `${ms(dr.resolveMs.p50)} / ${ms(dr.resolveMs.p99)} / ${ms(dr.resolveMs.max)}`,
    '',
    null,
    'max ≤ 2 s',
    dr.resolveMs.max <= 2000 && dr.missing === 0,
  );
  add(
    `… write → in the index by fs.watch alone, p50 / p99 / max`,
    `${ms(dr.indexedMs.p50)} / ${ms(dr.indexedMs.p99)} / ${ms(dr.indexedMs.max)}`,
    '',
    null,
    'max ≤ 2 s',
    dr.indexedMs.max <= 2000 && dr.missing === 0,
  );
  add(
    `… next fire: channels given the first 3 new / lost / doubled`,
    `${n(dr.nextFire.exact)} of ${n(dr.nextFire.channels)} / ${dr.nextFire.lost} / ${dr.nextFire.doubled}`,
    `CPU ${sec(dr.nextFire.cpuMs)}`,
    null,
    'all / 0 / 0',
    dr.nextFire.exact === dr.nextFire.channels && dr.nextFire.lost === 0 && dr.nextFire.doubled === 0,
  );
  add(
    `… one channel fired until done: posted / missing / doubled`,
    `${n(dr.drain.posted)} in ${dr.drain.fires} fires / ${dr.drain.missing} / ${dr.drain.doubled}${dr.drain.inOrder ? ', in order' : ', OUT OF ORDER'}`,
    '',
    null,
    `${n(dr.files)} / 0 / 0`,
    dr.drain.posted === dr.files && dr.drain.missing === 0 && dr.drain.doubled === 0 && dr.drain.inOrder,
  );
  return rows;
}
