import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../fakes/discord.js';
import { embedText, harness, interact, type Harness } from './harness.js';

const CHANNEL = '200000000000000088';

let h: Harness;
beforeAll(async () => {
  h = await harness();
}, 15_000);
afterAll(async () => h?.close(), 10_000);

// Discord offers public on /digest and /countdown; False is a choice in its list, and it means: not
// to the whole channel (to look at a story before sharing it, say).
describe('Discord: public:False keeps a channel command’s answer to the caller', () => {
  for (const [command, says] of [
    ['digest', 'Inauguration of the new US president'],
    ['countdown', '57 days to go'],
  ] as const) {
    it(`/${command} public:False answers privately, with no public "thinking…" on the way`, {
      timeout: 10_000,
    }, async () => {
      const it = await interact(h, h.fake.chatInput(command, { public: false }, { channelId: CHANNEL }));
      expect(it.callbacks).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
      expect(it.original?.flags).toBe(EPHEMERAL);
      expect(it.original?.deleted).toBe(false);
      expect(embedText(it.original?.body)).toContain(says);
      expect(h.fake.channelMessages(CHANNEL)).toHaveLength(0);
    });
  }

  it('/digest public:True and no public option still answer in the channel', { timeout: 10_000 }, async () => {
    for (const options of [{ public: true }, {}]) {
      const it = await interact(h, h.fake.chatInput('digest', options, { channelId: CHANNEL }));
      expect(it.callbacks[0]?.data).toEqual({ flags: 0 });
      expect(it.original?.flags).toBe(0);
    }
  });
});
