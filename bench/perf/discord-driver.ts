/**
 * Plays Discord towards a bot: INTERACTION_CREATE dispatched on the fake gateway, timed from the
 * dispatch to the interaction callback arriving (the deferral) and to the original response being
 * filled (the final edit).
 */
import type { FakeDiscord } from '../../tests/fakes/discord.js';

export interface InteractionTiming {
  deferralMs: number;
  finalMs: number;
}

/** Sends one slash command and waits until its deferral has been filled (or its reply sent). */
export async function timeInteraction(
  fake: FakeDiscord,
  name: string,
  options: Record<string, string | boolean>,
  channelId: string,
  timeoutMs = 10_000,
): Promise<InteractionTiming> {
  const payload = fake.chatInput(name, options, { channelId });
  const t0 = performance.now();
  const it = fake.sendInteraction(payload);
  let deferral = Number.NaN;
  let final = Number.NaN;
  // The fake runs the check after every request it answers, so these are the arrival times.
  await fake.waitFor(
    () => {
      if (it.callbacks.length === 0) return false;
      if (Number.isNaN(deferral)) deferral = performance.now() - t0;
      if (it.loading) return false;
      final = performance.now() - t0;
      return true;
    },
    timeoutMs,
    `the answer to /${name}`,
  );
  const bad = it.callbacks.find((c) => c.type !== 5 && c.type !== 4);
  if (bad) throw new Error(`unexpected callback type ${bad.type}`);
  return { deferralMs: deferral, finalMs: final };
}
