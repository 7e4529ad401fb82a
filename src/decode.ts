// Bytes to text. Editors save articles from many tools: UTF-8 with or without
// a byte-order mark, UTF-16 from Windows editors, and the old Cyrillic code
// pages Windows-1251 and KOI8-R. Anything that still looks like binary data
// is refused rather than published as mojibake.
import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  // By code unit: neither half of a surrogate pair is a control character or U+FFFD.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) controls++;
  }
  return controls / text.length;
}

// Letters that dominate running Russian and Ukrainian text, lower case. A text
// decoded with the wrong Cyrillic code page gets mostly capitals and rare
// letters instead, so the share of these tells the right page.
const FREQUENT_CYRILLIC = new Set('оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфіїєґ');

function cyrillicScore(text: string): number {
  let score = 0;
  for (const char of text) if (FREQUENT_CYRILLIC.has(char)) score++;
  return score;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'UTF-8 with BOM');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not an article' };

  // Checked first (a fast native scan), then decoded without a second check.
  if (isUtf8(bytes)) return finish(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'UTF-8');
  // Not UTF-8: try the single-byte Cyrillic pages and keep the one that reads as Cyrillic.
  const candidates = ['windows-1251', 'koi8-r'].map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, score: cyrillicScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < Math.max(8, best.text.length * 0.2)) {
    return { ok: false, reason: 'not text: the bytes are neither UTF-8, UTF-16 nor Cyrillic Windows-1251/KOI8-R' };
  }
  return finish(best.text, best.encoding === 'koi8-r' ? 'KOI8-R' : 'Windows-1251');
}

function finish(text: string, encoding: string): Decoded {
  if (controlShare(text) > 0.01) return { ok: false, reason: `binary file (control characters after decoding as ${encoding})` };
  return { ok: true, text, encoding };
}

/** CRLF and lone CR become LF. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
