// Character classes by code point, for scans that run over every character of
// every article. A Unicode regular expression per character, or a lookbehind
// tried at every position, costs several times more than a table lookup; each
// code point reaches the regular expression once.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Answers for the Basic Multilingual Plane, remembered once asked: a table
// lookup is cheaper than comparisons that the processor mispredicts, and
// punctuation such as « » — … ’ comes up many times in every article.
const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const wordAnswers = new Uint8Array(0x10000);
const letterAnswers = new Uint8Array(0x10000);

function remembered(answers: Uint8Array, pattern: RegExp, code: number): boolean {
  if (code > 0xffff) return pattern.test(String.fromCodePoint(code));
  const known = answers[code];
  if (known !== UNKNOWN) return known === YES;
  // A lone surrogate is not a letter; the first half of a pair is never looked up here (callers pass whole code points).
  const answer = pattern.test(String.fromCodePoint(code));
  answers[code] = answer ? YES : NO;
  return answer;
}

/** True for a letter or digit (\p{L} or \p{N}), given its code point. */
export function isWordCodePoint(code: number): boolean {
  return remembered(wordAnswers, LETTER_OR_DIGIT, code);
}

const LETTER = /^\p{L}$/u;

/** True for a letter (\p{L}), given its code point. */
export function isLetterCodePoint(code: number): boolean {
  return remembered(letterAnswers, LETTER, code);
}

// Lower case by UTF-16 unit, remembered: comparing or hashing words letter by
// letter in lower case costs less than lower-casing whole texts first. A unit whose
// lower case takes more than one unit (İ) stays as it is.
const lowerUnits = new Uint16Array(0x10000);

/** The lower case of one UTF-16 unit (the unit itself when it has none of one unit). */
export function lowerCaseUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  let lower = lowerUnits[unit] ?? 0;
  if (lower === 0) {
    const folded = String.fromCharCode(unit).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : unit;
    lowerUnits[unit] = lower;
  }
  return lower;
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

/**
 * Where each maximal run of letters and digits begins, in order: the positions
 * of spansOf(text, isWordCodePoint), with the table read in place and no
 * object per word, since this runs over every article.
 */
function findWordStarts(text: string): Int32Array {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    const known = wordAnswers[unit];
    if (known !== UNKNOWN && (unit < 0xd800 || unit > 0xdbff)) word = known === YES;
    else {
      const code = text.codePointAt(i) ?? unit;
      if (code > 0xffff) width = 2;
      word = isWordCodePoint(code);
    }
    if (word && !inWord) starts.push(i);
    inWord = word;
    i += width;
  }
  return Int32Array.from(starts);
}

// The last few texts asked for: stages look up an article's text, then a short
// line (a headline, a surname), then the text again.
const RECENT = 4;
const recentTexts: string[] = [];
const recentStarts: Int32Array[] = [];
let nextSlot = 0;

/** Where the words of `text` begin. Several stages scan the same text in turn, so the last few answers are kept. */
export function wordStarts(text: string): Int32Array {
  const index = recentTexts.indexOf(text);
  const known = index === -1 ? undefined : recentStarts[index];
  if (known) return known;
  const starts = findWordStarts(text);
  recentTexts[nextSlot] = text;
  recentStarts[nextSlot] = starts;
  nextSlot = (nextSlot + 1) % RECENT;
  return starts;
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
