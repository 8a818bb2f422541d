import { performance } from 'node:perf_hooks';

/** One progress line on stderr: rewritten in place on a terminal, a line per step in a log. */
export class Progress {
  private readonly t0 = performance.now();
  private done = 0;
  private label = '';
  private count = 0;
  private total = 0;

  /** Starts counting a dataset of `total` articles. */
  begin(label: string, total: number): void {
    this.label = label;
    this.count = 0;
    this.total = total;
    this.show();
  }

  /** Counts one article as done. */
  tick(): void {
    this.count++;
    this.done++;
    // Off a terminal every redraw would be a new line; print a tenth of the way at a time instead.
    const step = Math.max(1, Math.ceil(this.total / 10));
    if (process.stderr.isTTY || this.count % step === 0 || this.count === this.total) this.show();
  }

  /** Articles finished so far over the whole run. */
  get articles(): number {
    return this.done;
  }

  /** Seconds since the run began. */
  get seconds(): number {
    return (performance.now() - this.t0) / 1000;
  }

  /** Ends the in-place line so later output starts clean. */
  finish(): void {
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private show(): void {
    const rate = this.seconds > 0 ? this.done / this.seconds : 0;
    const line = `eval ${this.label} ${this.count}/${this.total} · ${this.done} articles · ${rate.toFixed(1)}/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
  }
}
