import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/slack/render.js';
import { MAX_PER_ROUNDUP } from '../../src/schedule/deliver.js';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';

// Stories whose words are their own, so none is folded into another as the same story.
const story = (i: number): string =>
  ['The', 'board', 'approved', 'plan', 'for', 'street', 'after', 'a', 'long', 'vote', 'on', 'Monday']
    .map((w) => `${w}${i}`)
    .join(' ')
    .concat('. Work starts in spring.');

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('a roundup fire with more new articles than one roundup takes', () => {
  it('says that more wait for the next post, which brings them and says nothing of the kind', async () => {
    const w = await makeWorld();
    const adapter = new RecordingAdapter();
    const scheduler = worldScheduler(w, adapter);
    cleanup = async () => {
      await scheduler.stop(1000);
      w.files.stop();
      await w.store.close();
      rmSync(w.root, { recursive: true, force: true });
    };
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
