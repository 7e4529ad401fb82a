import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFeeds, feedTimestamp, jsonFeed } from '../src/feeds.ts';
import { documentTitle } from '../src/i18n.ts';
import { runPipeline } from '../src/pipeline.ts';
import { inputFile } from './helpers.ts';

const file = inputFile;
const timeline = runPipeline([
  file('a.txt', ' date 2025-09-04 Лидеры встретились в Париже и обсудили гарантии безопасности для Украины.'),
  file('b.txt', ' date 2025-09-05 Лідери зустрілися в Парижі та обговорили гарантії безпеки для України.'),
  file('c.md', '---\ntitle: "</script><b>Заголовок</b> & \\u2028"\ndate: 2025-09-03\n---\nМинистры готовят встречу в Париже.'),
  file('d.txt', 'Статья без даты о переговорах, которые продолжаются.'),
]);

test('one feed for everything and one per language, newest first, dated articles only', () => {
  const feeds = buildFeeds(timeline.articles, ['ru', 'uk']);
  assert.deepEqual(feeds.map((feed) => [feed.language, feed.atomUrl, feed.jsonUrl]), [
    ['all', '/feed.xml', '/feed.json'],
    ['ru', '/ru/feed.xml', '/ru/feed.json'],
    ['uk', '/uk/feed.xml', '/uk/feed.json'],
  ]);
  assert.deepEqual(feeds[0]?.articles.map((article) => article.published), ['2025-09-05', '2025-09-04', '2025-09-03']);
  assert.equal(feeds[0]?.updated, '2025-09-05');
  assert.ok(feeds[1]?.articles.every((article) => article.language === 'ru'));
});

test('a language whose articles are all undated has no feed', () => {
  const undated = runPipeline([file('x.txt', 'Стаття без дати про переговори, які тривають у Парижі.')]);
  assert.deepEqual(buildFeeds(undated.articles, ['uk']).map((feed) => feed.language), ['all']);
});

test('feed timestamps keep the calendar day at noon UTC', () => {
  assert.equal(feedTimestamp('2025-09-04'), '2025-09-04T12:00:00Z');
});

test('JSON Feed text is valid JSON that keeps hostile titles as text', () => {
  const [all] = buildFeeds(timeline.articles, ['ru', 'uk']);
  assert.ok(all);
  const parsed = JSON.parse(jsonFeed(all, 'https://example.org/story')) as { feed_url: string; items: Array<{ id: string; title: string }> };
  assert.equal(parsed.feed_url, 'https://example.org/story/feed.json');
  assert.ok(parsed.items.some((item) => item.title.startsWith('</script><b>Заголовок</b> &')));
  assert.ok(parsed.items.every((item) => item.id.startsWith('https://example.org/story/articles/')));
});

test('document titles fit in 70 characters as written, cut at a word', () => {
  assert.equal(documentTitle('Paris', 'en'), 'Paris · Coalition of the Willing: the Paris talks');
  const headline = 'Президент Украины Владимир Зеленский на фоне последних заявлений прибыл в Париж на встречу';
  const title = documentTitle(headline, 'ru');
  assert.ok(title.length <= 70 && title.endsWith('…'), title);
  assert.ok(headline.startsWith(title.slice(0, -1)), 'a prefix of the headline, ending at a word');
  const quoted = documentTitle('"'.repeat(20) + ' слово', 'ru');
  assert.ok(quoted.length + 5 * [...quoted].filter((c) => c === '"').length <= 70, 'escaped quotes count');
});
