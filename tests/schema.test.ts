import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPipeline } from '../src/pipeline.ts';
import { publicJsonChunks, toPublicJson } from '../src/schema.ts';
import { inputFile } from './helpers.ts';

test('timeline.json is the timeline without rendered bodies, one article or event a line', () => {
  const timeline = runPipeline(
    [
      inputFile('a.txt', ' date 2025-09-04\nВстреча в Париже\n\nВ четверг в Париже лидеры «коалиции желающих» обсудили гарантии.\n\nМакрон заявил, что 26 стран готовы.'),
      inputFile('b.txt', 'Зеленський у Парижі заявив, що зустріч дала результати.'),
      inputFile('c.txt', ''),
    ],
    [{ file: 'd.bin', reason: 'not text' }],
    '2026-01-01',
  );
  assert.ok(timeline.articles.length === 2 && timeline.rejected.length === 2);
  const articles = timeline.articles.map(({ bodyHtml: _bodyHtml, ...rest }) => rest);
  const json = toPublicJson(timeline);
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify({ ...timeline, articles })));
  assert.ok([...publicJsonChunks(timeline)].length > 6, 'more than one piece');
  // One line an item: each article line is that article, whole.
  const lines = json.split('\n');
  for (const article of articles) assert.ok(lines.some((line) => line.replace(/,$/, '') === JSON.stringify(article)), article.file);
  const lists = [articles, timeline.events, timeline.rejected, timeline.warnings];
  // Items, plus a line opening each list that has any, the closing line and the empty string after the last newline.
  assert.equal(lines.length, lists.reduce((sum, list) => sum + list.length + (list.length > 0 ? 1 : 0), 0) + 2);
  const empty = { articles: [], events: [], rejected: [], warnings: [] };
  assert.equal(toPublicJson(empty), `${JSON.stringify(empty)}\n`);
});
