import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countArticles } from '../src/i18n.ts';
import { runPipeline } from '../src/pipeline.ts';
import { buildSiteData } from '../src/site.ts';
import { inputFile } from './helpers.ts';

const file = inputFile;

const timeline = runPipeline([
  file('a.txt', ' date 2025-09-04 Лидеры встретились в Париже и обсудили гарантии безопасности для Украины.'),
  file('b.txt', ' date 2025-09-04 Лідери зустрілися в Парижі та обговорили гарантії безпеки для України.'),
  file('c.txt', ' date 2025-09-03 Министры готовят встречу в Париже, которая пройдет в четверг.'),
  file('d.txt', 'Статья без даты о переговорах, которые продолжаются.'),
]);
const site = buildSiteData(timeline);

test('days newest first, undated last, grouped by language', () => {
  assert.deepEqual(site.days.map((d) => d.date), ['2025-09-04', '2025-09-03', null]);
  assert.deepEqual(site.days[0]?.languages.map((g) => g.language).sort(), ['ru', 'uk']);
  assert.equal(site.days[2]?.url, '/dates/unknown/');
});

test('one section per language present', () => {
  assert.deepEqual(site.languages.map((s) => [s.language, s.count]), [['ru', 3], ['uk', 1]]);
  assert.equal(site.languages[1]?.uiLanguage, 'uk');
  assert.equal(site.languages[1]?.name, 'Українська');
});

test('article pages know their neighbours', () => {
  const page = site.articlePages.find((p) => p.article.file === 'a.txt');
  assert.deepEqual(page?.sameDay.map((a) => a.file), ['b.txt']);
  assert.deepEqual(page?.sameLanguage.map((a) => a.file).sort(), ['c.txt', 'd.txt']);
});

test('every page URL is listed once', () => {
  assert.equal(new Set(site.pageUrls).size, site.pageUrls.length);
  assert.ok(site.pageUrls.includes('/uk/'));
});

test('counts take the grammatical number', () => {
  assert.equal(countArticles(1, 'en'), '1 article');
  assert.equal(countArticles(3, 'ru'), '3 статьи');
  assert.equal(countArticles(5, 'ru'), '5 статей');
  assert.equal(countArticles(21, 'uk'), '21 стаття');
  assert.equal(countArticles(2, 'de'), '2 articles');
});
