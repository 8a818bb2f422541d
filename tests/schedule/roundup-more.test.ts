import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/slack/render.js';
import { MAX_PER_ROUNDUP } from '../../src/schedule/deliver.js';
import { numberedStory, scheduledWorld } from '../support/scheduled-world.js';

// Stories whose words are their own, so none is folded into another as the same story.
const story = (i: number): string =>
  numberedStory('The board approved plan for street after a long vote on Monday', i, '. Work starts in spring.');

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('a roundup fire with more new articles than one roundup takes', () => {
  it('says that more wait for the next post, which brings them and says nothing of the kind', async () => {
    const { w, adapter, scheduler, stop } = await scheduledWorld();
    cleanup = stop;
    const caller = { platform: 'test', channelId: 'C1', userId: 'u1', canManage: true };
    await w.bus.runText('subscribe daily 08:00 source:files format:roundup reminders:off', caller);
    await scheduler.fire('test', 'C1', 'scheduled'); // a new subscription's first post: the newest article
    for (let i = 0; i < MAX_PER_ROUNDUP + 3; i++)
      await w.addArticle(`2024-11-24-p${String(i).padStart(2, '0')}`, '2024-11-24', story(i));
    const footers = async (): Promise<string[]> => {
      adapter.posts.length = 0;
      await scheduler.fire('test', 'C1', 'scheduled');
      const texts = adapter.posts.flatMap((p) => renderReply(p.reply)).flatMap((m) => m.blocks);
      return texts.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => ('text' in e ? e.text : '')) : []));
    };
    expect(await footers()).toEqual([`${MAX_PER_ROUNDUP} new articles; more wait for the next post`]);
    expect(await footers()).toEqual(['3 new articles']);
  });
});
