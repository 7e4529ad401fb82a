// Character classes by code point, for scans that run over every character of
// every article. A Unicode regular expression per character, or a lookbehind
// tried at every position, costs several times more than these comparisons;
// ASCII and Cyrillic (nearly all our text) never reach the regular expression.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True for a letter or digit (\p{L} or \p{N}), given its code point. */
export function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Cyrillic and Cyrillic Supplement are letters, except ҂ and the combining marks U+0483–U+0489.
  if (code >= 0x400 && code <= 0x52f) return code <= 0x481 || code >= 0x48a;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

const LETTER = /^\p{L}$/u;

/** True for a letter (\p{L}), given its code point. */
export function isLetterCodePoint(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  if (code >= 0x400 && code <= 0x52f) return code <= 0x481 || code >= 0x48a;
  return LETTER.test(String.fromCodePoint(code));
}

export interface WordSpan {
  start: number;
  end: number;
}

/** The maximal runs of code points that pass `test`, in order. */
export function spansOf(text: string, test: (code: number) => boolean): WordSpan[] {
  const spans: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    if (test(code)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      spans.push({ start, end: i });
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start !== -1) spans.push({ start, end: text.length });
  return spans;
}

let lastText = '';
let lastWords: readonly WordSpan[] = [];

/**
 * The maximal runs of letters and digits in `text`, in order. Several stages
 * scan the same text in turn, so the last answer is kept.
 */
export function wordSpans(text: string): readonly WordSpan[] {
  if (text === lastText) return lastWords;
  lastWords = spansOf(text, isWordCodePoint);
  lastText = text;
  return lastWords;
}

/** The code point that ends just before `index` (a UTF-16 offset), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const code = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: the whole code point.
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.codePointAt(index - 2) ?? code;
  return code;
}

/**
 * Every match of a global pattern that does not follow a letter or digit (or a
 * character that the non-global `notAfter` matches, when given): the matches of
 * the pattern behind `(?<![\p{L}\p{N}])`, several times faster, because without
 * a leading lookbehind the engine can skip ahead to the pattern's first characters.
 */
export function* wordStartMatches(pattern: RegExp, text: string, notAfter?: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error('wordStartMatches needs a global pattern');
  // A copy, as matchAll makes: the caller may use the same pattern meanwhile.
  const scanner = new RegExp(pattern);
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    const before = codePointBefore(text, match.index);
    if (before !== -1 && (notAfter ? notAfter.test(String.fromCodePoint(before)) : isWordCodePoint(before))) {
      // Past the whole code point: inside a surrogate pair a Unicode pattern would start again at the same place.
      scanner.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    if (match[0] === '') scanner.lastIndex++;
    yield match;
  }
}
