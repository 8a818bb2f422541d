import { rmSync } from 'node:fs';
import { makeWorld, RecordingAdapter, worldScheduler } from './services.js';

/**
 * A story whose every word is numbered `n` ("harbour7 board7 …"), then `tail`: its words are its own,
 * so no two such stories are folded into one as the same story.
 */
export const numberedStory = (words: string, n: number, tail: string): string =>
  words
    .split(' ')
    .map((w) => `${w}${n}`)
    .join(' ')
    .concat(tail);

/** A world (articles folder, store, clock, bus) with its scheduler posting to a recording adapter; `stop` ends it and removes its files. */
export async function scheduledWorld(start?: string) {
  const w = await makeWorld(start);
  const adapter = new RecordingAdapter();
  const scheduler = worldScheduler(w, adapter);
  const stop = async (): Promise<void> => {
    await scheduler.stop(1000);
    w.files.stop();
    await w.store.close();
    rmSync(w.root, { recursive: true, force: true });
  };
  return { w, adapter, scheduler, stop };
}
