/**
 * Settings that only make sense together, checked on the raw values so that every problem shows at
 * once beside the single-variable ones: each line names the variable to set and how.
 */
export function pairProblems(env: Record<string, string | undefined>): string[] {
  const set = (k: string): boolean => (env[k] ?? '').trim() !== '';
  const out: string[] = [];
  if (set('DISCORD_TOKEN') && !set('DISCORD_APPLICATION_ID')) {
    out.push(
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal → your app → General Information → Application ID)',
    );
  }
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    out.push(
      'SLACK_SIGNING_SECRET is required for HTTP mode when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (set('DISCORD_PUBLIC_KEY') && !set('DISCORD_TOKEN')) {
    out.push(
      'DISCORD_TOKEN is required when DISCORD_PUBLIC_KEY is set: answers and scheduled posts still go through the bot (Developer Portal → Bot → Reset Token)',
    );
  }
  if ((env.HERALD_CONSOLE ?? '').trim() === 'off' && !set('DISCORD_TOKEN') && !set('SLACK_BOT_TOKEN')) {
    out.push(
      'HERALD_CONSOLE is off and no platform token is set, so Herald would have nothing to run: set DISCORD_TOKEN or SLACK_BOT_TOKEN, or HERALD_CONSOLE=auto',
    );
  }
  if ((env.HERALD_HTTP ?? '').trim() === 'off') {
    const needs = [
      set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN')
        ? 'Slack HTTP mode (SLACK_SIGNING_SECRET without SLACK_APP_TOKEN)'
        : '',
      set('DISCORD_PUBLIC_KEY') ? 'Discord interactions over HTTP (DISCORD_PUBLIC_KEY)' : '',
    ].filter(Boolean);
    if (needs.length > 0)
      out.push(
        `HERALD_HTTP is off but ${needs.join(' and ')} needs the HTTP server: set HERALD_HTTP=auto, or use Socket Mode / the gateway instead`,
      );
  }
  return out;
}
