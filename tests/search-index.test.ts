import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { escapeXml } from '../src/markup.ts';
import { runPipeline } from '../src/pipeline.ts';
import { scratchFolder, searchDocuments, searchShards } from '../src/search-index.ts';
import { buildSiteData } from '../src/site.ts';
import { generateCorpus } from '../scripts/corpus.ts';
import { inputFile } from './helpers.ts';

const timeline = runPipeline([
  inputFile('b.txt', ' date 2025-09-04\nМакрон & "Мерц": встреча в Париже\n\nВ четверг в Париже лидеры коалиции желающих обсудили гарантии безопасности для Украины. Макрон заявил, что 26 стран готовы участвовать.'),
  inputFile('a.txt', ' date 2025-09-05 Зеленський у Парижі\n\nЗеленський заявив, що зустріч у Парижі 4 вересня дала конкретні результати.'),
]);
const documents = searchDocuments(buildSiteData(timeline));

test('one search document per article and event, in address order', () => {
  const urls = documents.map((document) => document.url);
  assert.deepEqual(urls, [...urls].sort());
  for (const article of timeline.articles) assert.ok(urls.includes(article.url), article.url);
  assert.ok(timeline.events.length > 0);
  for (const event of timeline.events) assert.ok(urls.includes(`/events/${event.id}/`), event.id);
  assert.equal(documents.length, timeline.articles.length + timeline.events.length);
});

test('an article document holds its language, date, escaped title and body', () => {
  const article = timeline.articles.find((item) => item.file === 'b.txt');
  assert.ok(article);
  const document = documents.find((item) => item.url === article.url);
  assert.ok(document);
  assert.match(document.html, /^<html lang="ru">/);
  assert.match(document.html, /data-pagefind-meta="date:2025-09-04"/);
  assert.match(document.html, /<h1>Макрон &#38; &#34;Мерц&#34;: встреча в Париже<\/h1>/);
  assert.ok(document.html.includes('26 стран готовы участвовать'));
});

test('an event document names the reporting articles', () => {
  const event = timeline.events.find((item) => item.articles.length > 0);
  assert.ok(event);
  const document = documents.find((item) => item.url === `/events/${event.id}/`);
  assert.ok(document);
  const titles = event.articles.map((id) => timeline.articles.find((article) => article.id === id)?.title ?? '');
  for (const title of titles) assert.ok(document.html.includes(escapeXml(title)), title);
});

test('shards hold every document once, and an edited article changes its own shard only', () => {
  const corpus = generateCorpus(450).map((article) => inputFile(`${article.name}.txt`, ` date ${article.date} ${article.title}\n\n${article.body}\n`));
  const shardsOf = (files: typeof corpus) => {
    const site = buildSiteData(runPipeline(files, [], '2026-01-01'));
    return { site, shards: searchShards(site) };
  };
  const { site, shards } = shardsOf(corpus);
  assert.ok(shards.length >= 2, `${shards.length} shards`);
  const urls = shards.flatMap((shard) => shard.documents().map((document) => document.url)).sort();
  assert.deepEqual(urls, searchDocuments(site).map((document) => document.url));
  assert.deepEqual(shardsOf(corpus).shards.map((shard) => shard.key), shards.map((shard) => shard.key), 'the same input, the same keys');

  const edited = corpus.map((file, index) => (index === 7 ? inputFile(file.file, `${new TextDecoder().decode(file.bytes)}\nОбновлено редакцией.\n`) : file));
  const after = shardsOf(edited).shards;
  assert.deepEqual(after.map((shard) => shard.url), shards.map((shard) => shard.url));
  assert.equal(after.filter((shard, index) => shard.key !== shards[index]?.key).length, 1);
});

test('the search documents folder is named after the build, and folders of builds no longer running are removed', () => {
  // The id of a process that has just ended.
  const ended = spawnSync(process.execPath, ['-e', '']).pid;
  assert.ok(ended !== undefined);
  const stale = path.join(tmpdir(), `coalition-search-${ended}-test`);
  const live = path.join(tmpdir(), `coalition-search-${process.pid}-test`);
  mkdirSync(path.join(stale, 'documents'), { recursive: true });
  mkdirSync(live, { recursive: true });
  const folder = scratchFolder();
  try {
    assert.ok(existsSync(folder));
    assert.match(path.basename(folder), new RegExp(`^coalition-search-${process.pid}-`));
    assert.ok(!existsSync(stale), 'a killed build leaves nothing behind for long');
    assert.ok(existsSync(live), 'a running build keeps its folder');
  } finally {
    for (const made of [folder, stale, live]) rmSync(made, { recursive: true, force: true });
  }
});
