/** Waits (polling every 20 ms, at most `ms`) until `cond` holds; whether it does in the end. */
export async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
}
