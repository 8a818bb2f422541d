import type { CommandSpec } from './types.js';

// The stricter of Discord's and Slack's limits (discord.js builders' Assertions.ts; Slack's
// slash command name of 32 characters and usage hint of 1,000).
const NAME = /^[a-z0-9_-]{1,32}$/;
const MAX_DESCRIPTION = 100;
const MAX_OPTIONS = 25;
const MAX_COMMANDS = 100;

/**
 * Checks every command spec, and the options read from its schema, against the platforms' limits (a
 * field without a description shows here). Returns the problems; empty when all is well.
 */
export function validateSpecs(specs: readonly CommandSpec[]): string[] {
  const problems: string[] = [];
  if (specs.length > MAX_COMMANDS) problems.push(`${specs.length} commands: at most ${MAX_COMMANDS}`);
  const names = new Set<string>();
  for (const s of specs) {
    const where = `command "${s.name}"`;
    if (!NAME.test(s.name)) problems.push(`${where}: name must be 1–32 lowercase letters, digits, - or _`);
    if (names.has(s.name)) problems.push(`${where}: declared twice`);
    names.add(s.name);
    if (s.description.length < 1 || s.description.length > MAX_DESCRIPTION)
      problems.push(`${where}: description must be 1–${MAX_DESCRIPTION} characters`);
    if (s.options.length > MAX_OPTIONS) problems.push(`${where}: at most ${MAX_OPTIONS} options`);
    let seenOptional = false;
    for (const o of s.options) {
      const ow = `${where} option "${o.name}"`;
      if (!NAME.test(o.name)) problems.push(`${ow}: name must be 1–32 lowercase letters, digits, - or _`);
      if (o.description.length < 1 || o.description.length > MAX_DESCRIPTION)
        problems.push(`${ow}: description must be 1–${MAX_DESCRIPTION} characters`);
      // Discord requires required options before optional ones.
      if (o.required && seenOptional) problems.push(`${ow}: required options must come before optional ones`);
      if (!o.required) seenOptional = true;
    }
  }
  return problems;
}
