import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { ConsoleAdapter } from '../../../adapters/console/index.js';
import { makeWorld } from '../../support/services.js';
import { until } from '../../support/until.js';

/** A terminal started on a fresh world: what is typed into it, and everything it has printed so far. */
async function typing() {
  const w = await makeWorld();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const terminal = new ConsoleAdapter(input, output);
  await terminal.start(w.bus);
  return { input, terminal, printed: () => out };
}

describe('Discord-style options typed in the terminal', () => {
  it('runs the README’s /subscribe example as written: the schedule runs up to timezone:', async () => {
    const example = /`(\/subscribe schedule:daily 08:00 timezone:Europe\/Kyiv)`/.exec(
      readFileSync('README.md', 'utf8'),
    );
    expect(example?.[1]).toBeDefined();
    const { input, terminal, printed } = await typing();
    input.write(`${example?.[1]}\n`);
    input.write('/subscribe schedule:"weekdays 07:30" format:roundup\n');
    input.write('/status\n');
    expect(await until(() => printed().includes('(cron 30 7 * * 1-5)'), 5000)).toBe(true);
    await terminal.stop();
    expect(printed()).not.toMatch(/Input closed/);
    expect(printed()).not.toMatch(/needs a time too/);
    expect(printed()).toContain('weekdays 07:30 (cron 30 7 * * 1-5), Europe/Kyiv');
  });

  it('says, when input ends (Ctrl-D), that the bot goes on and how to stop it', async () => {
    const { input, terminal, printed } = await typing();
    input.end();
    expect(await until(() => printed().includes('Input closed'), 5000)).toBe(true);
    expect(printed()).toContain('Input closed: Herald goes on posting on its schedule; Ctrl-C stops it.');
    await terminal.stop();
  });

  it('says it after the answers to piped commands, not before them', async () => {
    const w = await makeWorld();
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    // A command that takes a while to answer (a long article's first digest).
    const slow = {
      runText: async (...args: Parameters<typeof w.bus.runText>) => {
        await new Promise((r) => setTimeout(r, 200));
        return w.bus.runText(...args);
      },
      commandName: (text: string) => w.bus.commandName(text),
    } as unknown as typeof w.bus;
    const terminal = new ConsoleAdapter(input, output);
    await terminal.start(slow);
    input.write('/countdown\n');
    input.end();
    expect(await until(() => out.includes('Input closed'), 5000)).toBe(true);
    expect(out.indexOf('Inauguration of the new US president')).toBeGreaterThan(-1);
    expect(out.indexOf('Input closed')).toBeGreaterThan(out.indexOf('Inauguration of the new US president'));
    await terminal.stop();
  });
});
