import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isQuoted, quotationSpans } from '../src/quotations.ts';

const quoted = (text: string, minWords?: number): string[] => quotationSpans(text, minWords).map((span) => text.slice(span.start, span.end));

test('quotations: the outermost pair of each kind of mark, nested marks inside it', () => {
  assert.deepEqual(quoted('Он сказал: «Мы подпишем „декларацию о намерениях“ завтра». Потом ушёл.'), ['«Мы подпишем „декларацию о намерениях“ завтра»']);
  assert.deepEqual(quoted('Вона додала: «Це «коаліція охочих» у дії».'), ['«Це «коаліція охочих» у дії»']);
  assert.deepEqual(quoted('“We are ready to deploy,” he said, and "no one will stop us now".'), ['“We are ready to deploy,”', '"no one will stop us now"']);
  assert.deepEqual(quoted('Вона сказала: „Ми готові до цього кроку“.'), ['„Ми готові до цього кроку“']);
});

test('quotations: a quoted name is none, and a mark left open ends with its paragraph', () => {
  assert.deepEqual(quoted('Газета «Сегодня» и агентство «Интерфакс-Украина» сообщили об этом.'), []);
  assert.deepEqual(quoted('Газета «Сегодня» сообщила.', 1), ['«Сегодня»']);
  assert.deepEqual(quoted('Он сказал: «Мы готовы к этому шагу\n\nНо потом «передумал и ушёл из зала» сразу.'), ['«передумал и ушёл из зала»']);
});

test('isQuoted: a span inside a quotation, marks excluded', () => {
  const text = 'Он сказал: «Сегодня мы готовы». Сегодня он ушёл.';
  const spans = quotationSpans(text);
  const first = text.indexOf('Сегодня');
  const second = text.lastIndexOf('Сегодня');
  assert.equal(isQuoted({ start: first, end: first + 7 }, spans), true);
  assert.equal(isQuoted({ start: second, end: second + 7 }, spans), false);
  assert.equal(isQuoted({ start: text.indexOf('«'), end: text.indexOf('«') + 3 }, spans), false);
});
