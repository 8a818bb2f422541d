import { TextDecoder } from 'node:util';

// windows-1252's 0x80–0x9F (curly quotes, dashes, €): Node 20's TextDecoder drops these bytes, so
// that one encoding (which the labels latin1 and iso-8859-1 also mean, per the Encoding standard) is
// decoded here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes a response body: a byte-order mark first, then the charset from the Content-Type header,
 * else the XML declaration's encoding or the HTML <meta charset>, else UTF-8. Labels are often wrong
 * (an old server default of ISO-8859-1 on a UTF-8 site, a CMS declaring one encoding and writing
 * another), and the wrong guess shows as "CafÃ©" or "caf\uFFFD" in every post, so the bytes have the
 * last word: a body that is valid UTF-8 with non-ASCII in it is UTF-8 whatever its label (legacy text
 * practically never is), and one labelled UTF-8 that is not valid UTF-8 is read by the document's own
 * declaration (browsers honour a <meta> past the first 1024 bytes too), else as windows-1252. An
 * unknown charset name counts as no label.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const bom = byteOrderMark(bytes);
  const label = bom ?? /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? sniff(bytes, 1024) ?? 'utf-8';
  const encoding = encodingOf(label) ?? 'utf-8';
  if (bom || encoding.startsWith('utf-16')) return decodeAs(encoding, bytes);
  // Pure ASCII is left to the label: a 7-bit encoding (ISO-2022-JP) is valid UTF-8 too.
  const utf8 = bytes.some((b) => b >= 0x80) ? strictUtf8(bytes) : null;
  if (utf8 !== null) return utf8;
  if (encoding !== 'utf-8') return decodeAs(encoding, bytes);
  const own = encodingOf(sniff(bytes, 65_536) ?? '');
  return decodeAs(own && own !== 'utf-8' && !own.startsWith('utf-16') ? own : 'windows-1252', bytes);
}

/**
 * Decodes an article file, which has no label: a byte-order mark (UTF-8, or UTF-16 as Windows
 * Notepad's "Unicode" saves), else UTF-8, else Windows-1252 (an older editor's "ANSI") when more of
 * its non-ASCII bytes fail as UTF-8 than read as UTF-8 characters. A UTF-8 file with a few damaged
 * bytes stays UTF-8, each bad byte a U+FFFD, rather than turning every "é" in it into "Ã©".
 */
export function decodeFile(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeAs(bom, bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    // A surrogate pair is one character: count its first half only.
    else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) good++;
  }
  return bad > good ? decodeCp1252(bytes) : text;
}

/** The Encoding standard's name for a label, or null when it names none. */
function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeCp1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The text, if the bytes are valid UTF-8; else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// The document's own declaration in its first `within` bytes: the XML declaration or a <meta> charset.
function sniff(bytes: Uint8Array, within: number): string | null {
  const head = Buffer.from(bytes.subarray(0, within)).toString('latin1');
  return (
    /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1] ??
    null
  );
}
