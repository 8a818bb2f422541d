import { NameIndex } from './names.js';

const CUES =
  'said|says|say|told|tells|added|adds|stated|states|asked|asks|explained|explains|noted|notes|wrote|writes|warned|warns|' +
  'insisted|insists|argued|argues|claimed|claims|continued|continues|replied|replies|responded|tweeted|declared|declares|' +
  'announced|remarked|admitted|admits|recalled|recalls|acknowledged|conceded|suggested|suggests|confirmed|emphasi[sz]ed|' +
  'stressed|posted|shouted|joked|quipped|predicted|promised|vowed|maintained|observed|concluded|pointed out|went on|' +
  'reported|reports|testified|boasted|complained|cautioned|urged|thundered|fumed|countered|agreed|revealed|described|' +
  'saying|adding|telling|explaining|writing|noting|warning|insisting|according to';

// A full stop ends a name token only after an initial or a title ("J.", "Dr."), so a name never runs into the next sentence.
const TOKEN = String.raw`(?:\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Rev|Prof)\.|\p{Lu}[\p{L}’'\-]*)`;
const NAME = String.raw`${TOKEN}(?:\s+(?:(?:de|da|van|von|der|bin|al|la|le|del|di|du)\s+)?${TOKEN}){0,5}`;
const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
const APPOS = String.raw`(?:,\s[^,“”"\n]{2,90}?,)?`;
const ADVERB = String.raw`(?:(?:also|later|then|once|previously|\p{Ll}+ly)\s+)?`;
const WHO = String.raw`(?:the\s+)?(${NAME})|(${PRONOUN})`;

// After the quote: `, said Zelenskyy` · `, Zelenskyy said` · `, he said` · `Peter Morgan, a lawyer for X, said` · `according to X`.
const AFTER_CUE_NAME = new RegExp(String.raw`^\s*[,—–-]?\s*(?:${CUES})\s+(?:the\s+)?(${NAME})`, 'u');
const AFTER_NAME_CUE = new RegExp(String.raw`^\s*[,—–-]?\s*(?:${WHO})${APPOS}\s+${ADVERB}(?:${CUES})\b`, 'u');
const AFTER_ACCORDING = new RegExp(String.raw`^\s*[,—–-]?\s*according\s+to\s+(?:the\s+)?(${NAME})`, 'u');
// Before the quote: `Zelenskyy said: ` · `He told reporters on Monday: ` · `Zelenskyy said that`.
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${WHO})${APPOS}\s+${ADVERB}(?:${CUES})\b[^“”"‘.!?]{0,70}?[:,]?\s*$`, 'u');
const BEFORE_CUE_NAME = new RegExp(String.raw`(?:${CUES})\s+(?:the\s+)?(${NAME})\s*[:,]\s*$`, 'u');
const BEFORE_COLON = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME}):\s*$`, 'u');

export interface Attribution {
  /** The name or pronoun as written. */
  who: string;
  pronoun: boolean;
}

/** Finds who is credited with a quotation from the text right after it, or else right before it. */
export function attribute(text: string, qStart: number, qEnd: number, prevEnd: number): Attribution | null {
  const after = text.slice(qEnd, Math.min(text.length, qEnd + 160)).split('\n')[0] ?? '';
  for (const re of [AFTER_CUE_NAME, AFTER_ACCORDING, AFTER_NAME_CUE]) {
    const m = re.exec(after);
    const hit = m && pick(m);
    if (hit) return hit;
  }
  const from = Math.max(prevEnd, qStart - 220);
  // A quotation that opens a paragraph may be introduced at the end of the previous one ("Ann Lee said:").
  const before = text.slice(from, qStart).trimEnd().split('\n').pop() ?? '';
  for (const re of [BEFORE, BEFORE_CUE_NAME, BEFORE_COLON]) {
    const m = re.exec(before);
    const hit = m && pick(m);
    if (hit) return hit;
  }
  return null;
}

function pick(m: RegExpExecArray): Attribution | null {
  const name = m[1];
  const pron = m[2];
  if (pron) return { who: pron, pronoun: true };
  if (name && !/^(?:He|She|They|It|I|We|You|This|That|There)$/.test(name)) return { who: name, pronoun: false };
  if (name) return { who: name, pronoun: /^(?:He|She|They)$/.test(name) };
  return null;
}

/** True when the text between two quotation parts is only an attribution: “A,” he said, “B.” */
export function isInterruption(between: string): boolean {
  if (between.includes('\n') || between.length > 120) return false;
  return AFTER_NAME_CUE.test(between) || AFTER_CUE_NAME.test(between)
    ? /^\s*[,—–-]?\s*[^.!?]*[,:—–-]?\s*$/.test(between)
    : false;
}

/** Resolves names to full names and pronouns to the last named speaker. */
export class SpeakerResolver {
  private last: string | null = null;
  constructor(private readonly names: NameIndex) {}

  resolve(a: Attribution | null, at: number): string | null {
    if (a === null) return null;
    if (a.pronoun) return this.last ?? this.names.lastBefore(at);
    const full = this.names.resolve(a.who);
    if (full !== null) this.last = full;
    return full;
  }

  /** The speaker of the previous quotation, for a quote paragraph that continues it without attribution. */
  get lastSpeaker(): string | null {
    return this.last;
  }
}
