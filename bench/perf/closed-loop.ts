/** Runs `n` tasks with `concurrency` always in flight (a closed loop), stopping early at `deadlineMs`. */
export interface LoopResult {
  done: number;
  errors: number;
  /** The first few error messages. */
  errorSamples: string[];
  wallMs: number;
  timedOut: boolean;
}

export async function closedLoop(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  deadlineMs: number,
): Promise<LoopResult> {
  const t0 = performance.now();
  const deadline = t0 + deadlineMs;
  let next = 0;
  let done = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const worker = async (): Promise<void> => {
    while (next < n && performance.now() < deadline) {
      const i = next++;
      try {
        await task(i);
        done++;
      } catch (err) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, n)) }, worker));
  return { done, errors, errorSamples, wallMs: performance.now() - t0, timedOut: next < n };
}
