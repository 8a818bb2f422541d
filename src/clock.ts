/** The time source. Tests inject a fixed or stepped clock; pure functions take `now` instead. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
