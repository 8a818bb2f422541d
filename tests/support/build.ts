import { execFileSync } from 'node:child_process';

/**
 * vitest global setup: bundles Herald as `npm start` and `npm run herald` run it (`npm run build`:
 * esbuild into dist/), once per test run, so the CLI tests run what a person runs.
 */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

/** The command line `npm run --silent herald -- …` runs, for spawning the bundled CLI. */
export const HERALD_CLI = ['--enable-source-maps', 'dist/cli.js'];
