import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPipeline } from '../src/pipeline.ts';
import { publicJsonChunks, toPublicJson } from '../src/schema.ts';
import { inputFile } from './helpers.ts';

test('timeline.json written in pieces is JSON.stringify of the timeline without rendered bodies', () => {
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
  const expected = `${JSON.stringify({ ...timeline, articles }, null, 2)}\n`;
  assert.equal(toPublicJson(timeline), expected);
  assert.ok([...publicJsonChunks(timeline)].length > 6, 'more than one piece');
  const empty = { articles: [], events: [], rejected: [], warnings: [] };
  assert.equal(toPublicJson(empty), `${JSON.stringify(empty, null, 2)}\n`);
});
