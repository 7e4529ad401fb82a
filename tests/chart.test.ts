import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binStart, chooseUnit, timelineChart } from '../src/chart.ts';

const article = (published: string | null, language: string) => ({ published, language });

test('the bin unit keeps the bars countable: days, weeks or months', () => {
  assert.equal(chooseUnit('2025-09-01', '2025-09-30'), 'day');
  assert.equal(chooseUnit('2025-01-01', '2025-12-31'), 'week');
  assert.equal(chooseUnit('2024-01-01', '2026-12-31'), 'month');
});

test('weeks start on Monday and months on the 1st, whatever the time zone', () => {
  assert.equal(binStart('2025-09-04', 'week'), '2025-09-01', 'a Thursday belongs to the week of Monday 1 September');
  assert.equal(binStart('2025-09-07', 'week'), '2025-09-01', 'Sunday closes the week');
  assert.equal(binStart('2025-09-08', 'week'), '2025-09-08');
  assert.equal(binStart('2026-01-06', 'month'), '2026-01-01');
});

test('articles stack by language, most frequent first; undated articles stay off the chart', () => {
  const chart = timelineChart(
    {
      articles: [article('2025-09-04', 'ru'), article('2025-09-04', 'uk'), article('2025-09-04', 'ru'), article('2025-09-06', 'ru'), article(null, 'uk')],
      events: [{ date: '2025-09-04' }],
    },
    'en',
  );
  assert.ok(chart);
  assert.equal(chart.unit, 'day');
  assert.deepEqual(chart.languages, ['ru', 'uk']);
  assert.deepEqual(chart.bins.map((bin) => [bin.start, bin.counts, bin.events]), [
    ['2025-09-04', [2, 1], 1],
    ['2025-09-05', [0, 0], 0],
    ['2025-09-06', [1, 0], 0],
  ]);
  assert.equal(chart.articles, 4);
  assert.match(chart.svg, /^<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"/);
  assert.match(chart.svg, /<title id="chart-title">Articles per day, by language<\/title>/);
  assert.match(chart.svg, /<desc id="chart-desc">4 September 2025 – 6 September 2025: Articles: 3 Russian, 1 Ukrainian; [^<]* 1\./);
  assert.equal([...chart.svg.matchAll(/<path class="series-\d"/g)].length, 2, 'one path per language');
  assert.match(chart.svg, /<path class="event-mark"/);
  assert.doesNotMatch(chart.svg, /style=|<script/, 'nothing the page policy would block');
});

test('axis labels and description follow the page language', () => {
  const chart = timelineChart({ articles: [article('2025-09-04', 'uk'), article('2025-11-20', 'uk')], events: [] }, 'uk');
  assert.equal(chart?.unit, 'week');
  assert.match(chart?.svg ?? '', /<title id="chart-title">Статті за тижнями і мовами<\/title>/);
  assert.match(chart?.svg ?? '', />1 верес\.</);
  assert.doesNotMatch(chart?.svg ?? '', /event-mark/, 'no events, no marks');
});

test('no dated article, no chart', () => {
  assert.equal(timelineChart({ articles: [article(null, 'ru')], events: [] }, 'en'), null);
});
