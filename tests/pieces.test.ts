import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodedInPieces } from '../src/pieces.ts';

const lines = Array.from({ length: 40 }, (_, i) => `{"title":"Зустріч у Парижі № ${i}","place":"Paris ✓"}\n`);

test('the pieces hold the strings encoded in order, nothing lost', () => {
  const pieces = [...encodedInPieces(lines, 'utf8', 200)];
  assert.equal(Buffer.concat(pieces).toString('utf8'), lines.join(''));
  assert.ok(pieces.length > 1, 'a long text comes in several pieces');
});

test('every piece but the last reaches the piece size; no string is split', () => {
  const pieces = [...encodedInPieces(lines, 'utf8', 200)];
  for (const piece of pieces.slice(0, -1)) assert.ok(piece.length >= 200, `a piece of ${piece.length} bytes`);
  // Each piece decodes on its own: a piece boundary never falls inside a character.
  assert.equal(pieces.map((piece) => piece.toString('utf8')).join(''), lines.join(''));
});

test('the encoding is the one asked for', () => {
  const pieces = [...encodedInPieces(['Київ', ', ', 'Москва'], 'utf16le')];
  assert.equal(pieces.length, 1);
  assert.equal(pieces[0]?.length, 2 * 'Київ, Москва'.length);
  assert.equal(pieces[0]?.toString('utf16le'), 'Київ, Москва');
});

test('no strings give no pieces', () => {
  assert.deepEqual([...encodedInPieces([])], []);
});
