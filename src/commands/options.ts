import { z } from 'zod';
import type { OptionSpec } from './types.js';

// Shared option declarations: one definition each, reused by every command that takes them.
export const articleOption: OptionSpec = { name: 'article', description: 'Article id or the start of it (default: newest)', required: false, autocomplete: 'article', type: 'string' };
export const speakerOption: OptionSpec = { name: 'speaker', description: 'Only quotes by this speaker (any part of the name)', required: false, autocomplete: 'speaker', type: 'string' };
export const publicOption: OptionSpec = { name: 'public', description: 'Show the answer to the whole channel', required: false, type: 'boolean' };

const text = (max: number) => z.string().trim().min(1).max(max);
export const articleField = text(200).optional();
export const speakerField = text(100).optional();
export const publicField = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === 'yes')
  .optional();
