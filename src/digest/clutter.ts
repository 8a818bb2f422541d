/** Sentences that are page furniture rather than news: bylines, datelines, captions, calls to action. */

const FURNITURE = [
  /^by\s*\.?\s/i,
  /\b(?:published|updated|last updated)\s*:/i,
  /scroll down for (?:video|more)/i,
  /\bclick here\b/i,
  /\bread more\s*:/i,
  /\bfollow (?:us|him|her|@)\b/i,
  /^(?:photo|picture|image|video|watch|caption|credit|source)s?\s*[:|]/i,
  /\b(?:getty images|reuters|afp|ap photo)\s*$/i,
  /\(cnn\)\s*--\s*$/i,
  /^\s*(?:e-?mail|share|tweet|comments?)\b/i,
  /\bsign up\b.*\bnewsletter\b/i,
];

/** True for a sentence no briefing should contain. */
export function isClutter(sentence: string): boolean {
  if (FURNITURE.some((re) => re.test(sentence))) return true;
  // Captions and headlines pasted into the body often lack any sentence-final punctuation.
  if (!/[.!?]["'”’)]*$/.test(sentence)) return true;
  // Daily Mail bylines come as "By . Name . PUBLISHED: ." fragments.
  if (/(?:^|\s)\.(?:\s|$)/.test(sentence) || sentence.split(/\s+/).length < 4) return true;
  return false;
}

/** Strips a leading dateline such as "LONDON, England (CNN) -- " or "(CNN) -- ", which is not part of the news. */
export function stripDateline(sentence: string): string {
  return sentence.replace(/^(?:[A-Z][A-Za-z .,'-]{0,60})?\((?:CNN|AP|Reuters|AFP)\)\s*(?:--|—|-)\s*/, '');
}
