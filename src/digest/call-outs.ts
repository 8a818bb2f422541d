/**
 * Lines a page adds around the news, addressed to the reader or about the page itself: the credits
 * under a wire story, notes on how the article was made, calls to read, watch or subscribe, helpline
 * notices, captions and a press release's boilerplate. None is news, and each reached the briefing
 * of a short article, whose last lines fill it.
 */
export const CALL_OUTS: readonly RegExp[] = [
  // Credits: "Additional reporting by Kim Tran.", "Reporting by Tom Reyes; Editing by Ann Cole.",
  // "Photos by Kim Tran for the Gazette.", "Associated Press writer Ken Blum contributed from Chicago."
  // (names only after "by": "Reporting by the BBC in 2019 first revealed the scandal." is news)
  /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch) by(?:\s+(?:\p{Lu}[\p{L}.'’-]*[,;]?|and|the|in|from|(?:[Ww]riting|[Ee]diting|[Rr]eporting) by))+[.)]*$/u,
  /^(?:photo(?:graph)?s?|pictures?|images?|videos?|graphics?|illustrations?) by\s/i,
  /\bcontributed from [\p{Lu}][\p{L} ,.'’-]{0,40}\.$/u,
  // The page on itself: "This article was amended on…", "This story is developing."
  /^this (?:article|story|piece|post|page|content|press release)\b (?:was|has been|had been|will be|contains|first|originally|appeared|includes|is (?:developing|being|sponsored|part of|an? (?:updated|edited|abridged|shortened)))\b/i,
  /\bis a developing story\b/i,
  // Calls to read, watch, follow or join: "Read our full coverage here.", "Watch the full interview…"
  /^(?:listen to|watch|read|follow|catch up (?:on|with)|get|find|see) (?:this|our|the (?:full|latest)|more of our|all (?:the|our) latest)\b/i,
  /\bmore of our (?:coverage|reporting|stories|journalism)\b/i,
  /\bbecome an? (?:subscriber|member|supporter)\b|^sign up (?:to|for) (?:our|the)\b/i,
  /^(?:want|looking for|enjoy(?:ed)?|like) (?:more|this)\b[^.?!]*\b(?:stories|articles|newsletters?|content)\b/i,
  /\bin the comments(?: section)?\b|\bcomments? below\b|^(?:what do you think|have your say)\b/i,
  /^(?:have you got|got) an? (?:story|news tip|tip)\b/i,
  /^terms and conditions apply\b/i,
  // Helpline notices after a hard story: "If you have been affected by…, support is available from…"
  /^if you(?: or someone you know)?\b[^.]*\b(?:affected by|struggling|in crisis|having thoughts)\b|\b(?:help and )?support is available\b/i,
  // Captions: "Pictured above: the van after the raid.", "(Image: Residents sandbag a shop."
  /^pictured(?: (?:above|below|left|right|top|here))?\s*:/i,
  /^\((?:photo|picture|image|video)s?\s*:/i,
  // A press release's boilerplate.
  /^for (?:more|further|additional) (?:information|details)\b/i,
  /\bforward-looking statements?\b|\bresults (?:may|could) differ materially\b/i,
  /\baccepts? (?:no )?responsibility for the (?:adequacy|accuracy)\b/i,
];
