import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { ConsoleAdapter } from '../../../adapters/console/index.js';
import { renderText } from '../../../adapters/console/render.js';
import type { Reply } from '../../../src/chat/reply.js';

// What a hostile article could carry into a terminal: colour, a cleared screen, a retitled window
// (OSC, ended by BEL or by ST), an OSC 8 hyperlink, 8-bit CSI, a carriage return that overwrites the line,
// a backspace, a bell, NUL and DEL.
const ESC = '\x1b';
const hostile = {
  title: `${ESC}[31mRed${ESC}[0m headline${ESC}[2J${ESC}[H`,
  url: `https://news.example/a${ESC}]0;pwned\x07`,
  text: `Before${ESC}]0;new title${ESC}\\ after.\rOverwritten?\tTabbed\nSecond line\x08\x07\x00\x7f.`,
  bullets: [
    `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\ here`,
    `\x9b31mcolour\x9b0m and \x9d2;x\x9c done`,
  ],
  fields: [{ name: `Key${ESC}[1m`, value: `date${ESC}c` }],
  quotes: [{ speaker: `Ann${ESC}[5mie`, quotes: [`We${ESC}[8m hide${ESC}[28m nothing`] }],
  footer: `foot${ESC}P1$qm${ESC}\\er`,
};

/** Every control character a terminal acts on, other than newline and tab. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('the console never prints control characters or escape sequences', () => {
  it('strips them from every part of a reply and keeps the visible text', () => {
    const out = renderText({ visibility: 'channel', kind: 'digest', parts: [hostile] });
    expect(out).not.toMatch(CONTROL);
    expect(out.split('\n')).toEqual([
      '■ Red headline',
      '  https://news.example/a',
      'Before after.Overwritten?\tTabbed',
      'Second line.',
      '  • click here',
      '  • colour and  done',
      '  Key: date',
      '  Annie:',
      '    “We hide nothing”',
      '  — footer',
    ]);
  });

  it('prints a scheduled post through the adapter without them', async () => {
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const adapter = new ConsoleAdapter(new PassThrough(), output);
    const reply: Reply = {
      visibility: 'channel',
      kind: 'digest',
      parts: [hostile, { text: `${ESC}[?1049h${ESC}[3J plain` }],
    };
    await adapter.post('terminal', reply, 'key');
    expect(printed).not.toMatch(CONTROL);
    expect(printed).toContain('Red headline');
    expect(printed).toContain(' plain');
  });

  it('gives each message an id of its own run, so /status never names an earlier run’s message', async () => {
    const reply: Reply = { visibility: 'channel', kind: 'digest', parts: [{ text: 'x' }] };
    const first = await new ConsoleAdapter(new PassThrough(), new PassThrough()).post('terminal', reply, 'k');
    await new Promise((r) => setTimeout(r, 5));
    const second = await new ConsoleAdapter(new PassThrough(), new PassThrough()).post('terminal', reply, 'k');
    expect(first.messageId).toMatch(/^console-[a-z0-9]+-1$/);
    expect(second.messageId).not.toBe(first.messageId);
  });
});
