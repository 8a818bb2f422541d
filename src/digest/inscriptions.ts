/**
 * Words written on a thing, quoted after it: "A sign still hangs above the door: “Fish for sale.”",
 * "a banner that read “…”". Nobody speaks them, so they are not the last speaker's, however close.
 */
import { anyOf } from './regex-parts.js';

const THINGS = anyOf(
  [
    'sign signs banner banners placard placards poster posters plaque plaques inscription inscriptions',
    'motto slogan caption headline label graffiti notice billboard t-shirt mural epitaph headstone',
  ]
    .join(' ')
    .split(' '),
);
// A thing with a determiner, so "sign" the verb is none ("will sign the deal"); then, in the same
// sentence, a colon or a verb of what it says right before the quotation.
const INSCRIPTION = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]nother)\s+(?:[\p{Ll}\-]+\s+){0,3}?${THINGS}(?![\p{L}\-])[^.!?“”"\n]{0,120}?(?::|\b(?:read|reads|reading|says|said|saying|declares|declared|proclaims|proclaimed)[:,]?)\s*$`,
  'u',
);
// How far back the thing may be named: a sentence (the pattern allows no sentence end after it).
const WINDOW = 200;

/** Whether the quotation starting at `at` is the words on a sign, banner or plaque named in its sentence. */
export function isInscription(text: string, at: number): boolean {
  return INSCRIPTION.test(text.slice(Math.max(0, at - WINDOW), at));
}
