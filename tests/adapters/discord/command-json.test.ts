import { describe, expect, it } from 'vitest';
import { commandJson } from '../../../adapters/discord/commands.js';
import { COMMANDS } from '../../../src/commands/registry.js';

// The snapshot file was written from the commands as they were declared before they were derived
// from their zod schemas: any change to what Discord receives shows here as a diff.
describe('Discord command declarations', () => {
  it('are exactly the JSON registered so far, key order included', async () => {
    await expect(`${JSON.stringify(commandJson(COMMANDS), null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/command-json.json',
    );
  });
});
