import type { CommandBus } from './bus.js';

/** How a chat platform receives commands: it connects, answers through the bus, and disconnects. */
export interface CommandReceiver {
  readonly platform: string;
  /** Connects and starts answering commands through the bus. */
  start(bus: CommandBus): Promise<void>;
  /** Stops answering and disconnects. */
  stop(): Promise<void>;
}
