import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

/** A Herald process started as `npm start` runs it (from source), with what it printed so far. */
export interface RunningHerald {
  proc: ChildProcessWithoutNullStreams;
  /** Everything on stdout: the terminal's digests and answers. */
  out: () => string;
  /** Everything on stderr: the JSON log lines. */
  err: () => string;
}

/** Starts adapters/main.ts with `env` only (no inherited tokens), stdin open for typed commands. */
export function spawnHerald(env: NodeJS.ProcessEnv): RunningHerald {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { proc, out: () => out, err: () => err };
}
