import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLetterCodePoint, isWordCodePoint, spansOf, wordStartMatches, wordStarts } from '../src/letters.ts';

const codePoints = (text: string): number[] => [...text].map((char) => char.codePointAt(0) ?? 0);

test('letters and digits are classified as \\p{L} and \\p{N} are, in every script', () => {
  // Every code point of the Basic Multilingual Plane, Cyrillic and Latin blocks included, and some beyond.
  const samples = [...Array.from({ length: 0x3000 }, (_, code) => code), 0x1d400, 0x1f600, 0x20000];
  for (const code of samples) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    assert.equal(isWordCodePoint(code), /^[\p{L}\p{N}]$/u.test(char), `U+${code.toString(16)}`);
    assert.equal(isLetterCodePoint(code), /^\p{L}$/u.test(char), `U+${code.toString(16)}`);
  }
  assert.deepEqual(codePoints('ґ҂5').map(isLetterCodePoint), [true, false, false]);
});

test('words start where runs of letters and digits begin, astral letters included', () => {
  const text = 'Макрон, Zelensky і 𝐀𝐁 — 2025!';
  const starts = [...wordStarts(text)];
  assert.deepEqual(starts, [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match.index));
  assert.deepEqual(starts, [0, 8, 17, 19, 26]);
  assert.deepEqual(
    spansOf(text, isWordCodePoint).map((span) => span.start),
    starts,
  );
  // Asked again for other texts, each answer is that text's.
  assert.deepEqual([...wordStarts('ab cd')], [0, 3]);
  assert.deepEqual([...wordStarts('«Київ»\u00a0і Paris')], [1, 7, 9]);
  assert.deepEqual([...wordStarts(text)], starts);
  assert.deepEqual(spansOf("п'ять-шість", (code) => code !== 0x2d), [{ start: 0, end: 5 }, { start: 6, end: 11 }]);
});

test('wordStartMatches finds what a leading lookbehind finds', () => {
  const words = 'вчера|позавчера|завтра|до';
  const withLookbehind = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})`, 'giu');
  const plain = new RegExp(`(?:${words})`, 'giu');
  const texts = ['позавчера и вчера, завтра', 'подо 5, до 6; Вчера', 'xвчера 𝐀вчера вчера', ''];
  for (const text of texts) {
    const expected = [...text.matchAll(withLookbehind)].map((match) => [match.index, match[0]]);
    assert.deepEqual([...wordStartMatches(plain, text)].map((match) => [match.index, match[0]]), expected, text);
  }
  // Only letters may come before, when asked so: a digit does not stop "сегодня".
  assert.deepEqual([...wordStartMatches(/сегодня/g, '5сегодня', /\p{L}/u)].map((match) => match.index), [1]);
  assert.throws(() => [...wordStartMatches(/a/, 'a')], /global/);
});
