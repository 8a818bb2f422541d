/**
 * A child process spoken to over IPC: `startChild` on the parent side, `serve` on the child side. Every
 * call has a timeout; `close` asks the child to clean up and exit, and kills it (by its pid) if it does not.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Request {
  id: number;
  cmd: string;
  args: unknown;
}
interface Response {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface ChildHandle {
  readonly pid: number;
  call<T>(cmd: string, args?: unknown, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** Starts `node [nodeArgs] --import tsx script` (plain `node` for JavaScript with `tsx: false`) in `cwd` and waits until it says it is ready. */
export async function startChild(
  script: string,
  opts: { cwd: string; nodeArgs?: string[]; readyTimeoutMs?: number; tsx?: boolean },
): Promise<ChildHandle> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), ...(opts.tsx === false ? [] : ['--import', 'tsx']), script],
    {
      cwd: opts.cwd,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, LOG_LEVEL: 'error' },
    },
  );
  const pid = child.pid ?? -1;
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  let exited = false;
  let seq = 0;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`${script} exited (code ${code}, signal ${signal})`));
      }
      pending.clear();
      resolve();
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} not ready after ${opts.readyTimeoutMs ?? 30_000} ms`)),
      opts.readyTimeoutMs ?? 30_000,
    );
    child.on('message', (m: unknown) => {
      const msg = m as Response & { ready?: boolean };
      if (msg.ready) {
        clearTimeout(timer);
        resolve();
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(`${script} ${msg.error ?? 'failed'}`));
    });
    void exitedPromise.then(() => {
      clearTimeout(timer);
      reject(new Error(`${script} exited before it was ready`));
    });
  });
  const kill = (): void => {
    if (!exited) child.kill('SIGKILL');
  };
  try {
    await ready;
  } catch (err) {
    kill();
    await exitedPromise;
    throw err;
  }
  return {
    pid,
    call<T>(cmd: string, args: unknown = null, timeoutMs = 120_000): Promise<T> {
      if (exited) return Promise.reject(new Error(`${script} has exited`));
      const id = ++seq;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${script}: ${cmd} timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        child.send({ id, cmd, args } satisfies Request);
      });
    },
    async close(): Promise<void> {
      if (exited) return;
      const id = ++seq;
      child.send({ id, cmd: 'exit', args: null } satisfies Request);
      const timer = setTimeout(kill, 10_000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}

/**
 * The child side: answers each request with its handler's result. `exit` (or the parent going away)
 * runs `cleanup` (bounded to 8 s) and exits.
 */
export function serve(
  handlers: Record<string, (args: never) => Promise<unknown> | unknown>,
  cleanup: () => Promise<void>,
): void {
  let exiting = false;
  const exit = async (): Promise<void> => {
    if (exiting) return;
    exiting = true;
    const force = setTimeout(() => process.exit(1), 8000);
    try {
      await cleanup();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('message', (m: unknown) => {
    const req = m as Request;
    if (req.cmd === 'exit') {
      void exit();
      return;
    }
    const handler = handlers[req.cmd];
    void (async () => {
      try {
        if (!handler) throw new Error(`unknown command ${req.cmd}`);
        const result = await handler(req.args as never);
        process.send?.({ id: req.id, ok: true, result } satisfies Response);
      } catch (err) {
        process.send?.({
          id: req.id,
          ok: false,
          error: err instanceof Error ? `${req.cmd}: ${err.message}` : String(err),
        } satisfies Response);
      }
    })();
  });
  process.on('disconnect', () => void exit());
  process.send?.({ ready: true });
}
