import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copySketch } from '../src/copies.ts';

const STORY =
  'Лідери коаліції охочих зібралися в Парижі, щоб обговорити гарантії безпеки. Президент Франції заявив, що країни готові діяти разом. Наступна зустріч відбудеться в Лондоні наприкінці місяця, повідомили дипломати.';

test('a sketch is at most six distinct hashes, smallest first', () => {
  const sketch = copySketch(STORY);
  assert.equal(sketch.length, 6);
  assert.deepEqual(sketch, [...new Set(sketch)].sort((a, b) => a - b));
  for (const value of sketch) assert.ok(Number.isInteger(value) && value >= 0 && value < 2 ** 32);
});

test('case, punctuation and spacing do not change a sketch; the words and their order do', () => {
  const shouted = STORY.toUpperCase().replace(/[,.]/g, ' ;').replace(/ /g, '\u00a0 ');
  assert.deepEqual(copySketch(shouted), copySketch(STORY));
  const reordered = STORY.split(' ').reverse().join(' ');
  assert.notDeepEqual(copySketch(reordered), copySketch(STORY));
});

test('a copy with one sentence changed keeps most of its sketch', () => {
  const edited = STORY.replace('наприкінці місяця', 'у вівторок');
  const original = new Set(copySketch(STORY));
  const shared = copySketch(edited).filter((value) => original.has(value));
  assert.ok(shared.length >= 3, `shared ${shared.length} of 6`);
});

test('text of fewer than four words has no shingles; letters outside the basic plane are words', () => {
  assert.deepEqual(copySketch('Макрон заявил это'), []);
  assert.equal(copySketch('𝐌𝐚𝐜𝐫𝐨𝐧 said it twice').length, 1);
  assert.notDeepEqual(copySketch('𝐌𝐚𝐜𝐫𝐨𝐧 said it twice'), copySketch('said it twice'));
});
