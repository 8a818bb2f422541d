import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../fakes/discord.js';
import { embedText, harness, interact, until, type Harness } from './harness.js';

let h: Harness;
// What reached Node's last-resort handlers: in production (adapters/main.ts) either ends the process.
const escaped: unknown[] = [];
const record = (err: unknown): void => void escaped.push(err);
beforeAll(async () => {
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  h = await harness();
}, 15_000);
afterAll(async () => {
  process.off('unhandledRejection', record);
  process.off('uncaughtException', record);
  await h?.close();
}, 10_000);

describe('Discord adapter: a malformed interaction', () => {
  it('is answered privately with an error, and the next command is answered as usual', {
    timeout: 15_000,
  }, async () => {
    const bad = h.fake.chatInput('quotes', { speaker: 'zelenskyy' });
    // `options` an object instead of an array, as a hostile or broken gateway could send it.
    (bad.data as Record<string, unknown>).options = { name: 'speaker', type: 3, value: 'zelenskyy' };
    const it1 = h.fake.sendInteraction(bad);
    await until(() => it1.callbacks.length > 0, 5000, 'an answer to the malformed interaction');
    expect(it1.callbacks[0]?.type).toBe(4);
    expect(Number(it1.callbacks[0]?.data?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(it1.original?.body)).toMatch(/could not be read/);
    expect(
      h.log.lines.some(
        (l) =>
          l.level === 'error' && l.msg === 'discord interaction could not be read' && l.fields.interaction === it1.id,
      ),
    ).toBe(true);

    const it2 = await interact(h, h.fake.chatInput('countdown'));
    expect(it2.callbacks[0]?.type).toBe(5);
    expect(embedText(it2.original?.body)).toMatch(/days to go/);
    expect(escaped).toEqual([]);
  });

  it('as an autocomplete, gets no choices instead of a crash', { timeout: 15_000 }, async () => {
    const bad = h.fake.autocomplete('quotes', { speaker: 'zel' }, 'speaker');
    (bad.data as Record<string, unknown>).options = 'speaker=zel';
    const it = h.fake.sendInteraction(bad);
    await until(() => it.callbacks.length > 0, 5000, 'an answer to the malformed autocomplete');
    expect(it.callbacks[0]).toEqual({ type: 8, data: { choices: [] } });
    expect(escaped).toEqual([]);
  });
});
