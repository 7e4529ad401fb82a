// Figures, copies and translations, on texts written for these tests.
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { compatible, findClaims } from '../src/claims.ts';
import { runPipeline } from '../src/pipeline.ts';
import { readText, runCli, tempDir } from './helpers.ts';

const claims = (text: string) => findClaims(text).map((c) => [c.kind, c.value, c.qualifier, c.text]);

test('figures in Russian, Ukrainian and English', () => {
  assert.deepEqual(claims('В Лондоне собрались лидеры 27 стран.'), [['countries', 27, 'exactly', '27 стран']]);
  assert.deepEqual(claims('Участь взяли понад 20 країн.'), [['countries', 20, 'more-than', 'понад 20 країн']]);
  assert.deepEqual(claims('Partners may send up to 15 thousand troops.'), [['troops', 15000, 'up-to', 'up to 15 thousand troops']]);
  assert.deepEqual(claims('Готовится 21-й пакет санкций.'), [['sanctions-package', 21, 'exactly', '21-й пакет санкций']]);
  assert.deepEqual(claims('Около 12 тысяч военных'), [['troops', 12000, 'about', 'Около 12 тысяч военных']]);
});

test('a qualifier counts only as a word of its own, before its figure', () => {
  // "some" inside "awesome" qualifies nothing; a figure glued to a letter is no figure.
  assert.deepEqual(claims('awesome 5 troops'), [['troops', 5, 'exactly', '5 troops']]);
  assert.deepEqual(claims('x5 troops 7 troops'), [['troops', 7, 'exactly', '7 troops']]);
  // Any white space between them, a line break or a no-break space included.
  assert.deepEqual(claims('не менее\n 5 тысяч военных'), [['troops', 5000, 'more-than', 'не менее\n 5 тысяч военных']]);
  assert.deepEqual(claims('свыше\u00a05 государств'), [['countries', 5, 'more-than', 'свыше\u00a05 государств']]);
  // Only the qualifier right before the figure that the noun follows.
  assert.deepEqual(claims('more than 5 more than 6 troops'), [['troops', 6, 'more-than', 'more than 6 troops']]);
});

test('which statements can both be true', () => {
  assert.equal(compatible({ value: 30, qualifier: 'more-than' }, { value: 34, qualifier: 'exactly' }), true);
  assert.equal(compatible({ value: 34, qualifier: 'exactly' }, { value: 26, qualifier: 'exactly' }), false);
  assert.equal(compatible({ value: 30, qualifier: 'more-than' }, { value: 26, qualifier: 'exactly' }), false);
  assert.equal(compatible({ value: 30, qualifier: 'about' }, { value: 32, qualifier: 'exactly' }), true);
});

const bytes = (text: string) => new TextEncoder().encode(text);
const story = (country: number) =>
  `Сегодня в Риме прошла встреча лидеров коалиции. В ней участвовали представители ${country} стран, сообщили организаторы. Министр Марко Бьянки заявил, что встреча продолжится в среду, а итоги подведут позже.`;

test('an event compares figures and marks the ones in dispute', () => {
  const timeline = runPipeline(
    [
      { file: 'a.txt', bytes: bytes(` date 2025-10-10 Лидеры встретились в Риме\n\n${story(34)}`) },
      { file: 'b.txt', bytes: bytes(' date 2025-10-10 Зустріч у Римі\n\nСьогодні у Римі відбулася зустріч лідерів коаліції, в якій узяли участь лідери 26 країн, заявив міністр Марко Бьянкі.') },
    ],
    [],
    '2025-12-01',
  );
  const [event] = timeline.events;
  const countries = event?.claims.find((group) => group.kind === 'countries');
  assert.equal(countries?.disputed, true);
  assert.deepEqual(countries?.claims.map((c) => [c.value, c.disputed]).sort(), [[26, true], [34, true]]);
});

test('the same text on two sites counts once; one outlet in two languages is linked as a translation', async () => {
  const input = await tempDir('copies');
  await writeFile(path.join(input, 'site-a.txt'), ` date 2025-10-10 Лидеры встретились в Риме\n\n${story(34)}`);
  await writeFile(path.join(input, 'site-b.txt'), ` date 2025-10-11 Лидеры встретились в Риме\n\n${story(34)} Подписывайтесь на наш Telegram-канал.`);
  const ru = `---\ntitle: Встреча в Риме\ndate: 2025-10-10\nsource: Вестник\n---\nСегодня в Риме лидеры 31 страны обсудили поставку 40 систем ПВО. Министр Марко Бьянки назвал сумму в 2 миллиарда евро.\n`;
  const uk = `---\ntitle: Зустріч у Римі\ndate: 2025-10-10\nsource: Вестник\n---\nСьогодні в Римі лідери 31 країни обговорили постачання 40 систем ППО. Міністр Марко Бьянкі назвав суму в 2 мільярди євро.\n`;
  await writeFile(path.join(input, 'ru.md'), ru);
  await writeFile(path.join(input, 'uk.md'), uk);
  const out = path.join(await tempDir('copies-out'), 'site');
  const result = await runCli(['--input', input, '--output', out]);
  assert.equal(result.code, 0, result.stderr);
  const timeline = JSON.parse(await readText(out, 'timeline.json')) as { articles: Array<{ id: string; file: string; copyOf: string | null; translations: string[]; url: string }> };
  const byFile = new Map(timeline.articles.map((a) => [a.file, a]));
  assert.equal(byFile.get('site-b.txt')?.copyOf, byFile.get('site-a.txt')?.id, 'the later one is the copy');
  assert.equal(byFile.get('site-a.txt')?.copyOf, null);
  assert.deepEqual(byFile.get('ru.md')?.translations, [byFile.get('uk.md')?.id]);
  const page = await readText(out, `${byFile.get('ru.md')?.url.slice(1)}index.html`);
  assert.match(page, new RegExp(`<link rel="alternate" hreflang="uk" href="${byFile.get('uk.md')?.url}">`));
  assert.equal(byFile.get('ru.md')?.copyOf, null);
});
