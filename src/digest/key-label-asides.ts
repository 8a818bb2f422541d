// A comma-set aside on a subject: ", who toured the site last week,", ", closed since the attacks,",
// ", sworn in on May 11,".
// (A comma inside a number, "2,000", is no end of it.) Also ", where turnout fell last year," and a
// participle after an adverb of time: ", first promised in 2023,", ", long delayed by rows,".
const ASIDE =
  /,\s+(?:who|which|whose|where|(?:(?:first|once|long|recently|newly|originally|already)\s+)?(?:\w+ed|\w+en|sworn|born))\b(?:[^,]|,(?=\d))*,/g;
// An age after a name: "Derek Hollis, 61, will be sentenced", "Ann Reed, 47, who…". A reader's label
// names the person without it. (Only after a capitalised word: "in 2023, 40, 50," is a list.)
const AGE = /(\p{Lu}[\p{L}'’-]*),\s+\d{1,3},(?=\s+(?:who|whose|which|of|from)\b)/gu;
const AGE_ALONE = /(\p{Lu}[\p{L}'’-]*),\s+\d{1,3},(?=\s|$)/gu;
// A name set beside a title: "The bank's chief executive, Tom Reyes, will step down". The title
// alone names the subject. (Only after a lower-case word and of two to four capitalised words: "Britain,
// France and Spain" is a list.)
const NAME_BESIDE = /(\b\p{Ll}[\p{L}'’-]*),\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},(?=\s)/gu;

// Where the subject is, set off by commas: "The inquest, at Avon Coroner's Court, is expected…".
const PLACE = /,\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,]*,(?=\s|$)/gu;
// Where a person named in a court report lives, before the verb: "Dan Frost, of no fixed address, will
// appear…", "Amy Holt, of Mill Lane, Derby, is due…", "Ann Lee, from Bristol, will"; or the subject
// ends there ("Amy Holt, of Mill Lane, Derby," before "is due").
const HOME = /,\s+(?:of|from)\s+(?:no\s+fixed\s+(?:address|abode)|\p{Lu}[^,]*(?:,\s+\p{Lu}[^,]*)?),(?=\s+\p{Ll}|$)/gu;

// Another name for the subject: "Typhoon Rai, locally known as Odette, is expected…", ", also called
// the Angel,"; the closing comma may be left off before the verb ("…known as Odette is expected",
// "…known as Odette will hit land").
const KNOWN_AS =
  /,\s+(?:(?:locally|also|commonly|popularly|better|widely|formerly|officially)\s+)?(?:known\s+as|called|dubbed|nicknamed)\s+(?:[^,]*,(?=\s|$)|(?:the\s+)?["“]?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}["”]?(?=$|\s+(?:is|are|was|were|will|would|could|may|might|must|should|can|has|have)\s))/gu;

// What a name is, set beside it as its subject: "Ironvale, the open-world game from Copperline, will…".
// Only at the start, right before a verb: "Paris, the capital, and Lyon" is a list.
const WHAT_IT_IS =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s+(?:the|a|an)\s+[^,]{3,70},(?=\s+(?:is|are|was|were|will|would|could|may|might|must|should|can|has|have|had)\s)/u;

/** The words without the comma-set asides on their subject: "The storm, which formed on 3 July, is…". */
export function withoutAsides(text: string): string {
  return text
    .replace(AGE, '$1,')
    .replace(AGE_ALONE, '$1')
    .replace(NAME_BESIDE, '$1')
    .replace(ASIDE, '')
    .replace(PLACE, '')
    .replace(HOME, '')
    .replace(KNOWN_AS, '')
    .replace(WHAT_IT_IS, '$1');
}

// A short aside in brackets: "(NYSE: CSF)", "(LTFRB)", "(pictured)". Its colon or bracket would end the
// label's clause inside it ("CSF) will release its results"), and a reader's label names no ticker.
const BRACKETED = /\s*\([^()\n]{1,40}\)/g;

/** The sentence without its short bracketed asides, but for one that holds `keep` (the key date's text). */
export function withoutBrackets(sentence: string, keep: string): string {
  return sentence.replace(BRACKETED, (m) => (m.includes(keep) ? m : ''));
}
