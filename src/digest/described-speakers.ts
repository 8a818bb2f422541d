/**
 * Descriptions that stand for someone or some body named before: "the company", "the committee",
 * "the witness". Each reader returns null when the description is not its kind.
 */
import type { NameIndex } from './names.js';
import { organisationReferred } from './org-subjects.js';
import { organisationByHead } from './org-heads.js';
import { witnessBefore } from './witness-speakers.js';

/**
 * Who `description` at `at` refers back to, or null; `since` is where the quotation before ended and
 * `previous` whoever it went to.
 */
export function referredBack(
  text: string,
  names: NameIndex,
  description: string,
  at: number,
  since: number,
  previous: string | null,
): string | null {
  return (
    organisationReferred(text, description, at, since) ??
    organisationByHead(text, description, at) ??
    witnessBefore(text, names, description, at, since, previous)
  );
}
