// The per-article cache: reused results give the same site byte for byte, a
// changed file is reprocessed alone, and a change to the pipeline's code or
// data sets the whole cache aside.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openCache, pipelineFingerprint, saveCache } from '../src/cache.ts';
import { processFile, runPipeline } from '../src/pipeline.ts';
import { toPublicJson } from '../src/schema.ts';
import { hashTree, inputFile, runCli, tempDir } from './helpers.ts';

const file = inputFile;
const articles = [
  file('a.txt', ' date 2025-09-04 Лидеры коалиции встретились в Париже и обсудили гарантии безопасности для Украины.'),
  file('b.txt', ' date 2025-09-04 Лідери коаліції зустрілися в Парижі та обговорили гарантії безпеки для України.'),
  file('c.md', '---\ntitle: Встреча\ndate: 2025-09-03\n---\nМинистры готовят встречу в Париже, которая пройдет в четверг, 4 сентября.'),
];

test('a second run takes every article from the cache and gives the same timeline', async () => {
  const folder = await tempDir('cache');
  const first = await openCache(folder, 'f1');
  const cold = runPipeline(articles, [], '2026-01-01', first);
  assert.deepEqual([first.hits, first.misses], [0, 3]);
  await saveCache(folder, first);
  const second = await openCache(folder, 'f1');
  const warm = runPipeline(articles, [], '2026-01-01', second);
  assert.deepEqual([second.hits, second.misses], [3, 0]);
  assert.equal(toPublicJson(warm), toPublicJson(cold));
  assert.equal(toPublicJson(warm), toPublicJson(runPipeline(articles, [], '2026-01-01')), 'the same as without a cache');
});

test('an article is stored without the text its paragraphs give back, and read back whole', async () => {
  const folder = await tempDir('cache-compact');
  const cache = await openCache(folder, 'f1');
  const key = 'k';
  const input = articles[2] as (typeof articles)[number];
  const { result } = processFile(input);
  assert.ok('text' in result && result.text.length > 0);
  assert.equal(cache.get(key), undefined);
  cache.set(key, { result, warnings: [] });
  await saveCache(folder, cache);
  const line = (await readFile(path.join(folder, 'pipeline-f1.utf16le.jsonl'), 'utf16le')).trim();
  const stored: unknown = JSON.parse(line);
  assert.ok(Array.isArray(stored) && typeof stored[1] === 'object');
  assert.equal('text' in (stored[1] as { result: object }).result, false, 'no text in the file');
  assert.ok(line.includes('Министры готовят встречу'), 'the paragraphs are there');
  const reopened = (await openCache(folder, 'f1')).get(key);
  assert.deepEqual(reopened?.result, result);
});

test('a changed file is processed again, the others are not; the build-day warning is not cached', async () => {
  const folder = await tempDir('cache-change');
  const cache = await openCache(folder, 'f1');
  runPipeline(articles, [], '2026-01-01', cache);
  await saveCache(folder, cache);
  const changed = [...articles.slice(0, 2), file('c.md', '---\ntitle: Встреча\ndate: 2027-09-03\n---\nМинистры готовят встречу в Париже.')];
  const again = await openCache(folder, 'f1');
  const timeline = runPipeline(changed, [], '2026-01-01', again);
  assert.deepEqual([again.hits, again.misses], [2, 1]);
  assert.ok(timeline.warnings.some((warning) => warning.file === 'c.md' && /future/.test(warning.message)));
  await saveCache(folder, again);
  const later = await openCache(folder, 'f1');
  assert.ok(!runPipeline(changed, [], '2028-01-01', later).warnings.some((warning) => /future/.test(warning.message)), 'a later build day, no warning, same cache');
  assert.equal(later.misses, 0);
});

test('new results are appended to the cache file until unused ones pass a quarter; a line cut short is passed over', async () => {
  const folder = await tempDir('cache-append');
  const stored = path.join(folder, 'pipeline-f1.utf16le.jsonl');
  const lines = async (): Promise<string[]> => (await readFile(stored, 'utf16le')).split('\n').filter(Boolean);
  const build = async (inputs: typeof articles) => {
    const cache = await openCache(folder, 'f1');
    runPipeline(inputs, [], '2026-01-01', cache);
    await saveCache(folder, cache);
    return cache;
  };
  const many = [...articles, ...['e', 'f', 'g', 'h', 'i'].map((name) => file(`${name}.txt`, ` date 2025-09-0${name.charCodeAt(0) - 100} Заметка ${name} о встрече в Париже.`))];
  await build(many);
  const first = await readFile(stored, 'utf16le');
  assert.equal((await lines()).length, 8);

  // One article edited: its new result is appended, the file keeps what it had.
  const edited = [...many.slice(0, 7), file('i.txt', ' date 2025-09-05 Заметка i о встрече в Париже, дополнена.')];
  await build(edited);
  const second = await readFile(stored, 'utf16le');
  assert.ok(second.startsWith(first) && second.length > first.length, 'appended');
  assert.equal((await lines()).length, 9);
  const warm = await build(edited);
  assert.deepEqual([warm.hits, warm.misses], [8, 0]);

  // An append cut short by a crash: that line is passed over, the others still serve.
  await writeFile(stored, `${second}["${'0'.repeat(64)}",{"result":{"fi`, 'utf16le');
  const afterCrash = await build(edited);
  assert.deepEqual([afterCrash.hits, afterCrash.misses], [8, 0]);
  const editedAgain = [...edited.slice(0, 7), file('i.txt', ' date 2025-09-05 Заметка i о встрече в Париже, дополнена дважды.')];
  assert.equal((await build(editedAgain)).misses, 1);
  assert.deepEqual(((await build(editedAgain)).hits), 8, 'the entry appended after the cut line is read back');

  // Cut short in the middle of a character: the file is written again rather than appended to one byte off.
  const whole = await readFile(stored);
  await writeFile(stored, Buffer.concat([whole, Buffer.from('["', 'utf16le'), Buffer.from([0x30])]));
  const editedThrice = [...edited.slice(0, 7), file('i.txt', ' date 2025-09-05 Заметка i о встрече в Париже, дополнена трижды.')];
  assert.deepEqual([(await build(editedThrice)).hits, (await build(editedThrice)).hits], [7, 8], 'the new entry is read back');
  assert.equal((await readFile(stored)).length % 2, 0);
  assert.equal((await lines()).length, 8, 'the used entries alone, cut line gone');

  // Half the articles gone: more than a quarter unused, so the file is written again with the used ones alone.
  await build(editedThrice.slice(0, 4));
  assert.equal((await lines()).length, 4);
  assert.deepEqual((await lines()).map((line) => (JSON.parse(line) as [string])[0]).sort(), (await lines()).map((line) => (JSON.parse(line) as [string])[0]));
});

test('the fingerprint follows the pipeline code, data and lock file; other fingerprints are removed on save', async () => {
  const project = await tempDir('fingerprint');
  await mkdir(path.join(project, 'src', 'data'), { recursive: true });
  await writeFile(path.join(project, 'src', 'clean.ts'), 'export const rule = 1;\n');
  await writeFile(path.join(project, 'src', 'data', 'people.json'), '[]\n');
  await writeFile(path.join(project, 'package-lock.json'), '{}\n');
  const original = await pipelineFingerprint(project);
  assert.equal(await pipelineFingerprint(project), original, 'stable');
  await writeFile(path.join(project, 'src', 'data', 'people.json'), '[{"name":"x"}]\n');
  const dataChanged = await pipelineFingerprint(project);
  assert.notEqual(dataChanged, original);
  await writeFile(path.join(project, 'src', 'clean.ts'), 'export const rule = 2;\n');
  assert.notEqual(await pipelineFingerprint(project), dataChanged);

  const folder = await tempDir('cache-prune');
  const old = await openCache(folder, 'aaaa');
  runPipeline(articles, [], '2026-01-01', old);
  await saveCache(folder, old);
  const fresh = await openCache(folder, 'bbbb');
  runPipeline(articles, [], '2026-01-01', fresh);
  assert.equal(fresh.hits, 0, 'another fingerprint sees nothing');
  await saveCache(folder, fresh);
  assert.deepEqual(await readdir(folder), ['pipeline-bbbb.utf16le.jsonl']);
});

test('through the command line: a cached rebuild writes the same site, and a broken cache file is ignored', async () => {
  const input = await tempDir('cache-input');
  for (const article of articles) await writeFile(path.join(input, article.file), article.bytes);
  const cache = path.join(await tempDir('cache-cli'), 'cache');
  const out = async (name: string, extra: string[]) => {
    const output = path.join(await tempDir(name), 'site');
    const result = await runCli(['--input', input, '--output', output, ...extra]);
    assert.equal(result.code, 0, result.stderr);
    return hashTree(output);
  };
  const uncached = await out('nocache', ['--no-cache']);
  assert.equal(await out('cold', ['--cache', cache]), uncached);
  const entry = (await readdir(cache)).find((name) => name.startsWith('pipeline-'));
  assert.match(entry ?? '', /^pipeline-[0-9a-f]{16}\.utf16le\.jsonl$/);
  assert.equal(await out('warm', ['--cache', cache]), uncached);
  await writeFile(path.join(cache, entry ?? ''), '{ not json');
  assert.equal(await out('broken', ['--cache', cache]), uncached);
});

test('a rebuild renders only the pages whose content changed, and writes what a cold build writes', async () => {
  const input = await tempDir('pages-input');
  const more = [...articles, file('d.txt', ' date 2025-08-01 Другая история о переговорах в Лондоне, без связи с Парижем.')];
  for (const article of more) await writeFile(path.join(input, article.file), article.bytes);
  const cache = path.join(await tempDir('pages-cache'), 'cache');
  const output = path.join(await tempDir('pages-site'), 'site');
  const build = async (extra: string[] = []) => {
    const result = await runCli(['--input', input, '--output', output, '--cache', cache, ...extra]);
    assert.equal(result.code, 0, result.stderr);
    const counts = /: (\d+) pages? rendered(?:, (\d+) pages? unchanged kept)?/.exec(result.stdout);
    assert.ok(counts, result.stdout);
    return { rendered: Number(counts[1]), kept: Number(counts[2] ?? 0) };
  };
  const cold = await build();
  assert.ok(cold.rendered > 10);
  assert.equal(cold.kept, 0);
  assert.deepEqual(await build(), { rendered: 0, kept: cold.rendered });

  // One article gains a sentence: its page and the pages that show it are rendered, the rest kept.
  await writeFile(path.join(input, 'd.txt'), ' date 2025-08-01 Другая история о переговорах в Лондоне, без связи с Парижем. Обновлено редакцией.');
  const after = await build();
  assert.ok(after.rendered > 0 && after.rendered < cold.rendered, JSON.stringify(after));
  assert.equal(after.rendered + after.kept, cold.rendered);
  const fresh = path.join(await tempDir('pages-fresh'), 'site');
  const reference = await runCli(['--input', input, '--output', fresh, '--no-cache']);
  assert.equal(reference.code, 0, reference.stderr);
  assert.equal(await hashTree(output), await hashTree(fresh));

  // An article removed: its page goes from the output, which again matches a cold build.
  await rm(path.join(input, 'd.txt'));
  const removed = await build();
  assert.ok(removed.kept > 0, JSON.stringify(removed));
  const fresher = path.join(await tempDir('pages-fresher'), 'site');
  assert.equal((await runCli(['--input', input, '--output', fresher, '--no-cache'])).code, 0);
  assert.equal(await hashTree(output), await hashTree(fresher));
  const total = removed.rendered + removed.kept;

  // A page missing from the output is rendered again; another path prefix changes every page.
  await rm(path.join(output, 'people', 'index.html'));
  assert.deepEqual(await build(), { rendered: 1, kept: total - 1 });
  assert.deepEqual(await build(['--path-prefix', '/story/']), { rendered: total, kept: 0 });
});
