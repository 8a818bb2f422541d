import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { ConsoleAdapter } from '../../../adapters/console/index.js';
import { createLogger } from '../../../src/log.js';
import { noopMetrics } from '../../../src/metrics.js';
import { SOMETHING_WENT_WRONG } from '../../../src/errors.js';
import { makeWorld } from '../../support/services.js';
import { until } from '../../support/until.js';

describe('a command typed in the terminal, as one sent on a chat platform', () => {
  it('is logged with its name and channel; one that fails gets the generic answer and one error line', async () => {
    const w = await makeWorld();
    const lines: string[] = [];
    const log = createLogger('info', [], (l) => lines.push(l));
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    // A bus whose /quotes breaks inside (a bug, a store that went away), as a real fault would.
    const bus = {
      runText: async (text: string, caller: Parameters<typeof w.bus.runText>[1]) => {
        if (text.startsWith('/quotes')) throw new Error('the quotes index broke');
        return w.bus.runText(text, caller);
      },
      commandName: (text: string) => w.bus.commandName(text),
    } as unknown as typeof w.bus;
    const terminal = new ConsoleAdapter(input, output, { log, metrics: noopMetrics });
    await terminal.start(bus);
    input.write('/countdown\n/quotes\n/countdown\n');
    expect(await until(() => out.split('Inauguration of the new US president').length === 3, 5000)).toBe(true);
    await terminal.stop();
    // Before: /quotes printed nothing at all and logged nothing; the commands after it still ran.
    expect(out).toContain(SOMETHING_WENT_WRONG);
    const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.filter((e) => e.msg === 'command answered').map((e) => [e.command, e.channel])).toEqual([
      ['countdown', 'terminal'],
      ['countdown', 'terminal'],
    ]);
    const failed = events.filter((e) => e.msg === 'command failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ level: 'error', command: 'quotes', platform: 'console' });
    expect(JSON.stringify(failed[0])).toContain('the quotes index broke');
  });
});
