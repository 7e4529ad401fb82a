import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline, readDateline, withoutDateline } from '../src/dateline.ts';

const read = (text: string): [string, number | null, number | null, number | null, string | null, string] | null => {
  const dateline = readDateline(text);
  return dateline && [dateline.city, dateline.month, dateline.day, dateline.year, dateline.agency, text.slice(dateline.end, dateline.end + 6)];
};

test('agency datelines in their house styles: city, day, agency, then the story', () => {
  assert.deepEqual(read('БЕРЛИН, 12 марта. /ТАСС/. Канцлер ФРГ выступил'), ['БЕРЛИН', 3, 12, null, 'ТАСС', 'Канцле']);
  assert.deepEqual(read('Львів. 3 квітня. ІНТЕРФАКС-УКРАЇНА - Голова ОВА'), ['Львів', 4, 3, null, 'ІНТЕРФАКС-УКРАЇНА', 'Голова']);
  assert.deepEqual(read('РИМ, 14 фев - РИА Новости. Премьер Италии'), ['РИМ', 2, 14, null, 'РИА Новости', 'Премье']);
  assert.deepEqual(read('BRUSSELS, Feb 12 (Reuters) - NATO defence ministers'), ['BRUSSELS', 2, 12, null, 'Reuters', 'NATO d']);
  assert.deepEqual(read('Санкт-Петербург. 5 мая. INTERFAX.RU - Глава МИД'), ['Санкт-Петербург', 5, 5, null, 'INTERFAX.RU', 'Глава ']);
  assert.deepEqual(read('Одеса, 9 травня 2025 р. — Прем’єр прибув'), ['Одеса', 5, 9, 2025, null, 'Прем’є']);
  assert.deepEqual(read('Варшава, 2 жовтня (Укрінформ) – Міністр'), ['Варшава', 10, 2, null, 'Укрінформ', 'Мініст']);
  // Without a day: a city in capitals and a bracketed agency.
  assert.deepEqual(read('WARSAW (AP) — Poland’s president'), ['WARSAW', null, null, null, 'AP', 'Poland']);
  assert.deepEqual(read('ODESA, Ukraine (AP) — A drone'), ['ODESA', null, null, null, 'AP', 'A dron']);
  // An English paper's city in capitals and a long dash, with neither day nor agency.
  assert.deepEqual(read('VILNIUS — The president said'), ['VILNIUS', null, null, null, null, 'The pr']);
  assert.deepEqual(read('NEW YORK — Diplomats met'), ['NEW YORK', null, null, null, null, 'Diplom']);
});

test('sentences that open with a name, a date or an abbreviation are not datelines', () => {
  for (const text of [
    'Туск, 12 марта — день, когда всё решилось.',
    'Туск (Польша) — Премьер заявил это вчера.',
    'Вчера, 12 марта, в Берлине прошли переговоры.',
    'В Берлине 12 марта прошли переговоры.',
    'ЕС — Союз готов обсуждать миссию.',
    'Мерц: «Мы готовы обсуждать»',
    'Politico (со ссылкой на дипломатов) — Лидеры обсудят миссию.',
    'РИМ, 14 фев - в городе прошёл дождь.',
    'NATO — The alliance is ready.',
    'KYIV - A hyphen is no dateline dash.',
    'МОСКВА — Город готовится.',
  ]) {
    assert.equal(readDateline(text), null, text);
  }
});

test('the story without its dateline, and the dateline of a text’s first or second paragraph', () => {
  assert.equal(withoutDateline('РИМ, 14 фев - РИА Новости. Премьер Италии прибыла.'), 'Премьер Италии прибыла.');
  assert.equal(withoutDateline('Премьер Италии прибыла.'), 'Премьер Италии прибыла.');
  const text = '09:15 14.02.2026\n\nРИМ, 14 фев - РИА Новости. Премьер Италии прибыла.';
  assert.equal(findDateline(text)?.start, text.indexOf('РИМ'));
  assert.equal(findDateline('Первый абзац.\n\nВторой.\n\nРИМ, 14 фев - РИА Новости. Третий.'), null, 'only the first two paragraphs');
});
