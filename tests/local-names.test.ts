// Titles and names in the languages of the site's pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventTitle, localName, ukrainianIn, type EventTitleParts } from '../src/local-names.ts';

const paris = { id: 'paris', name: 'Paris' };
const parts = (extra: Partial<EventTitleParts>): EventTitleParts => ({ kind: 'meeting', place: paris, coalition: true, date: '2025-09-04', endDate: null, ...extra });
const inAll = (extra: Partial<EventTitleParts>): string[] => (['en', 'ru', 'uk'] as const).map((language) => eventTitle(parts(extra), language));

test('an event title in English, Russian and Ukrainian: the coalition, the kind, the place in its case, the date', () => {
  assert.deepEqual(inAll({}), [
    'Coalition of the Willing meeting in Paris, 4 September 2025',
    'Встреча «коалиции желающих» в Париже, 4 сентября 2025 г.',
    'Зустріч «коаліції охочих» у Парижі, 4 вересня 2025 р.',
  ]);
  assert.deepEqual(inAll({ kind: 'talks', coalition: false, place: { id: 'berlin', name: 'Berlin' }, date: '2025-12-14', endDate: '2025-12-15' }), [
    'Talks in Berlin, 14–15 December 2025',
    'Переговоры в Берлине, 14–15 декабря 2025 г.',
    'Переговори в Берліні, 14–15 грудня 2025 р.',
  ]);
  assert.deepEqual(inAll({ kind: 'summit', coalition: false, place: { id: 'moscow', name: 'Moscow' } }), [
    'Summit in Moscow, 4 September 2025',
    'Саммит в Москве, 4 сентября 2025 г.',
    'Саміт у Москві, 4 вересня 2025 р.',
  ]);
});

test('a visit goes to a place; a call has none, and the coalition’s is a video conference', () => {
  assert.deepEqual(inAll({ kind: 'visit', coalition: false, place: { id: 'kyiv', name: 'Kyiv' } }), ['Visit to Kyiv, 4 September 2025', 'Визит в Киев, 4 сентября 2025 г.', 'Візит до Києва, 4 вересня 2025 р.']);
  assert.deepEqual(inAll({ kind: 'visit', coalition: false, place: { id: 'lviv', name: 'Lviv' } })[1], 'Визит во Львов, 4 сентября 2025 г.');
  assert.deepEqual(inAll({ kind: 'call', place: null }), ['Coalition of the Willing call, 4 September 2025', 'Видеоконференция «коалиции желающих», 4 сентября 2025 г.', 'Відеоконференція «коаліції охочих», 4 вересня 2025 р.']);
  assert.deepEqual(inAll({ kind: 'call', coalition: false, place: null })[2], 'Телефонна розмова, 4 вересня 2025 р.');
});

test('statements naming the coalition are on it, not the coalition’s own', () => {
  assert.deepEqual(inAll({ kind: 'statement', place: { id: 'moscow', name: 'Moscow' } }), [
    'Statements on the Coalition of the Willing in Moscow, 4 September 2025',
    'Заявления о «коалиции желающих» в Москве, 4 сентября 2025 г.',
    'Заяви щодо «коаліції охочих» у Москві, 4 вересня 2025 р.',
  ]);
  assert.equal(inAll({ kind: 'statement', coalition: false, place: null })[0], 'Statements, 4 September 2025');
});

test('Ukrainian "у" or "в" by the sounds around it', () => {
  assert.equal(ukrainianIn('Заяви', 'у Парижі'), 'в Парижі', 'after a vowel');
  assert.equal(ukrainianIn('Саміт', 'в Парижі'), 'у Парижі', 'between consonants');
  assert.equal(ukrainianIn('охочих»', 'в Лондоні'), 'у Лондоні', 'the closing quote is not a sound');
  assert.equal(ukrainianIn('Заяви', 'у Вашингтоні'), 'у Вашингтоні', 'always before в');
  assert.equal(ukrainianIn('Заяви', 'у Львові'), 'у Львові', 'always before льв');
  assert.equal(ukrainianIn('Саміт', 'у Анкарі'), 'в Анкарі', 'before a vowel');
  assert.equal(ukrainianIn('Візит', 'до Києва'), 'до Києва', 'another preposition stays');
});

test('a listed name in the page’s language; an unlisted one, or a page in another language, keeps the English name', () => {
  const zelensky = { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky' };
  assert.deepEqual(localName(zelensky, 'ru'), { text: 'Владимир Зеленский', lang: 'ru' });
  assert.deepEqual(localName(zelensky, 'uk'), { text: 'Володимир Зеленський', lang: 'uk' });
  assert.deepEqual(localName(zelensky, 'en'), { text: 'Volodymyr Zelensky', lang: 'en' });
  assert.deepEqual(localName({ id: 'nato', name: 'NATO' }, 'uk'), { text: 'НАТО', lang: 'uk' });
  assert.deepEqual(localName({ id: 'ivan-petrenko', name: 'Ivan Petrenko' }, 'uk'), { text: 'Ivan Petrenko', lang: 'en' });
  // An unlisted person as the article wrote the name, on a page in that language only.
  const native = { id: 'olena-koval', name: 'Olena Koval', native: { language: 'uk', name: 'Олена Коваль' } };
  assert.deepEqual(localName(native, 'uk'), { text: 'Олена Коваль', lang: 'uk' });
  assert.deepEqual(localName(native, 'ru'), { text: 'Olena Koval', lang: 'en' });
});
