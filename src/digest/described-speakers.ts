/**
 * Descriptions that stand for someone or some body named before: "the company", "the committee",
 * "the witness". Each reader returns null when the description is not its kind.
 */
import type { NameIndex } from './names.js';
import { isOrgBackReference, organisationReferred } from './org-subjects.js';
import { bodyCalledIt } from './org-it.js';
import { unquoted } from './public-roles.js';
import { organisationByHead } from './org-heads.js';
import { onlyBodyOfKind } from './org-kinds.js';
import { witnessBefore } from './witness-speakers.js';
import { statementAuthor } from './statement-issuers.js';

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
    onlyBodyOfKind(text, description, at) ??
    subjectBody(text, names, description, at) ??
    statementAuthor(text, names, description, at) ??
    witnessBefore(text, names, description, at, since, previous)
  );
}

// How far back "the company" looks for the body its paragraph made a subject.
const WINDOW = 400;

// "Kier, a building contractor, blamed the planners. “…,” the company said.": the body its paragraph last
// made a sentence's subject, as "it said" reads it, when no "said it" marked one.
function subjectBody(text: string, names: NameIndex, description: string, at: number): string | null {
  if (!isOrgBackReference(description)) return null;
  const from = Math.max(0, at - WINDOW);
  const body = bodyCalledIt(unquoted(text.slice(from, at)), at - from, (word, where) =>
    names.person(word, from + where + 1),
  );
  return body !== null && 'name' in body ? body.name : null;
}
