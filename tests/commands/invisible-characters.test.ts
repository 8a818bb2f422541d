import { describe, expect, it } from 'vitest';
import { makeWorld } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };

// As pasted from a web page or typed on some phones: a zero-width space, a soft hyphen, direction marks.
const ZWSP = '\u200B';
const SHY = '\u00AD';
const LRM = '\u200E';

describe('commands with invisible characters in what was typed or pasted', () => {
  it('read the values as they look: an article id, a time zone, a topic', async () => {
    const w = await makeWorld();
    expect(replyText(await w.bus.runText(`countdown ${LRM}2024-11-24${ZWSP}`, me))).toMatch(/days to go/);
    expect(replyText(await w.bus.run('digest', { article: `2024-11-24-kursk${ZWSP}` }, me))).toMatch(/Putin/);
    expect(replyText(await w.bus.runText(`subscribe daily 08:00 timezone:Europe/Kyiv${LRM}`, me))).toMatch(
      /^Subscribed: digests here daily 08:00 \(Europe\/Kyiv\)\./,
    );
    expect(replyText(await w.bus.run('subscribe', { topics: `kur${SHY}sk` }, me))).toMatch(/Topics: kursk\./);
    expect((await w.store.getSubscription('test', 'c1'))?.topics).toEqual({ include: ['kursk'], exclude: [] });
    // The command name too.
    expect(replyText(await w.bus.runText(`/countdown${ZWSP}`, me))).toMatch(/days to go/);
  });

  it('autocomplete reads the typed value as it looks', async () => {
    const w = await makeWorld();
    expect(await w.bus.choices('digest', { name: 'article', value: `2024-11${ZWSP}` }, {})).toEqual([
      expect.objectContaining({ value: '2024-11-24-kursk' }),
    ]);
  });
});
