import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileGazetteer, findPeople } from '../src/entities.ts';

const names = (text: string): string[] => findPeople(text).map((p) => p.name);

test('surnames in every grammatical case map to one English name', () => {
  assert.deepEqual(names('Зеленский встретился с Макроном.'), ['Volodymyr Zelensky', 'Emmanuel Macron']);
  assert.deepEqual(names('Президент Зеленського привітав Стармера'), ['Volodymyr Zelensky', 'Keir Starmer']);
  assert.deepEqual(names('Zelensky and Rutte spoke.'), ['Volodymyr Zelensky', 'Mark Rutte']);
  assert.deepEqual(names('разговор с Уиткоффом и Віткоффу'), ['Steve Witkoff']);
});

test('the longer name wins where two overlap', () => {
  assert.deepEqual(names('Брижит Макрон приехала'), ['Brigitte Macron']);
});

test('mentions keep exact offsets', () => {
  const text = 'Встреча: Мерцу позвонили.';
  const [merz] = findPeople(text);
  assert.equal(merz?.id, 'friedrich-merz');
  const mention = merz?.mentions[0];
  assert.ok(mention);
  assert.equal(text.slice(mention.start, mention.end), 'Мерцу');
});

test('a stem does not match inside another word', () => {
  const compiled = compileGazetteer([{ id: 'x', name: 'X', forms: ['Туск'] }]);
  assert.equal(findPeople('Тусклый свет', compiled).length, 0);
  assert.equal(findPeople('Туска', compiled).length, 1);
});
