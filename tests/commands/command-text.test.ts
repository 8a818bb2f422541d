import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { makeWorld } from '../support/services.js';

const slack = { platform: 'slack', channelId: 'C1', userId: 'U1', canManage: true, commandPrefix: '/herald ' };

// The snapshot file was written from the commands as they were declared before they were derived
// from their zod schemas: the help and usage text a Slack user reads, and each command's options in
// the order typed text fills them, must stay as they were.
describe('command text on Slack', () => {
  it('help, usage and the option list of every command read as before', async () => {
    const w = await makeWorld();
    const help = await w.bus.runText('', slack);
    const usage: Record<string, unknown> = {};
    for (const c of COMMANDS) {
      // An unknown option names the command's options and its usage; a command without options says it takes none.
      const r = await w.bus.runText(`${c.name} colour:red`, slack);
      usage[c.name] = { kind: r.kind, parts: r.parts };
    }
    const specs = COMMANDS.map((c) => ({
      name: c.name,
      description: c.description,
      usage: c.usage,
      manage: c.manage ?? false,
      visibility: c.visibility,
      options: c.options,
    }));
    await expect(`${JSON.stringify({ help, usage, specs }, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/command-text.json',
    );
  });
});
