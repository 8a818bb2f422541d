import type { PostOptions, PostResult } from './poster.js';

/**
 * Sends one rendered message and returns the id the platform gave it (null when it gives none).
 * `n` is the message's place in the reply, for idempotency keys.
 */
export type SendMessage<M> = (message: M, n: number) => Promise<string | null>;

/**
 * What a platform's refusal means to the core: a ChannelUnavailableError (a person must fix the
 * channel), a PermanentPostError (this post will never be taken), or null to rethrow it as it is
 * (the scheduler retries).
 */
export type ClassifyError = (err: unknown) => Error | null;

/**
 * The one posting loop every adapter uses: the messages of a reply in order, from the first not yet
 * accepted (`options.fromPart`), each reported through `options.onPart` as soon as the platform
 * takes it, so that a post interrupted half way resumes where it stopped instead of doubling.
 */
export async function postAll<M>(
  messages: readonly M[],
  options: PostOptions,
  send: SendMessage<M>,
  classify: ClassifyError,
): Promise<PostResult> {
  let first: string | null = null;
  for (const [n, m] of messages.entries()) {
    if (n < (options.fromPart ?? 0)) continue;
    let id: string | null;
    try {
      id = await send(m, n);
    } catch (err) {
      throw classify(err) ?? err;
    }
    first ??= id;
    await options.onPart?.(n + 1, first);
  }
  return { messageId: first };
}
