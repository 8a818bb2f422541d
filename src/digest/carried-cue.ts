/**
 * The cue of wire copy carried from another agency: "Lee was quoted as saying by Yonhap", "was quoted by
 * Xinhua as saying", "is cited as saying". The subject spoke; the agency only carried the words.
 */
export const CARRIED_CUE = String.raw`(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)(?:\s+by\s+[^,.“”"\n]{1,60}?)?\s+as\s+saying`;
