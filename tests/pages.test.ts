// A site big enough to paginate, built from a generated corpus: every page stays
// under the 50 KB budget, long lists are split without losing an article, feeds
// carry the newest articles, and html-validate finds no error on any page.
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { generateCorpus, writeCorpus } from '../scripts/corpus.ts';
import { FEED_LENGTH } from '../src/feeds.ts';
import { ARTICLES_PER_PAGE } from '../src/site.ts';
import { brokenLinks, listFiles, readText, ROOT, runCli, tempDir } from './helpers.ts';

const PAGE_BUDGET = 50 * 1024;
const ARTICLES = 400;

interface PublicTimeline {
  articles: Array<{ id: string; url: string; language: string; published: string | null; people: Array<{ id: string }> }>;
}

async function validator(): Promise<HtmlValidate> {
  return new HtmlValidate(JSON.parse(await readFile(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as object);
}

/** Every error html-validate reports for `pages` (default: every HTML page of `out`), as "file:line rule message". */
async function validationErrors(out: string, pages?: readonly string[]): Promise<string[]> {
  const html = await validator();
  const errors: string[] = [];
  for (const file of pages ?? (await listFiles(out)).filter((name) => name.endsWith('.html'))) {
    const report = await html.validateString(await readText(out, file), file);
    for (const result of report.results) for (const message of result.messages) if (message.severity === 2) errors.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
  }
  return errors;
}

describe('a site of 400 generated articles', () => {
  let out = '';
  let files: string[] = [];
  let timeline: PublicTimeline;

  before(async () => {
    const input = await tempDir('paged-input');
    await writeCorpus(generateCorpus(ARTICLES), input);
    out = path.join(await tempDir('paged'), 'site');
    const result = await runCli(['--input', input, '--output', out]);
    assert.equal(result.code, 0, result.stderr);
    files = await listFiles(out);
    timeline = JSON.parse(await readText(out, 'timeline.json')) as PublicTimeline;
  });

  test('every HTML page is at most 50 KB', async () => {
    let largest = { file: '', size: 0 };
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const { size } = await stat(path.join(out, file));
      if (size > largest.size) largest = { file, size };
    }
    assert.ok(largest.size <= PAGE_BUDGET, `${largest.file} is ${largest.size} bytes`);
    assert.ok(largest.size > 5 * 1024, 'the measure saw real pages');
  });

  test('language sections paginate and, page by page, list every article of their language once', async () => {
    for (const language of ['ru', 'uk']) {
      const pages = files.filter((file) => file === `${language}/index.html` || file.startsWith(`${language}/page/`));
      const expected = timeline.articles.filter((article) => article.language === language);
      assert.equal(pages.length, Math.ceil(expected.length / ARTICLES_PER_PAGE), language);
      const linked: string[] = [];
      for (const page of pages) {
        const html = await readText(out, page);
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        linked.push(...[...main.matchAll(/<h3 class="card-title"><a href="([^"]+)"/g)].map((match) => match[1] ?? ''));
      }
      assert.deepEqual(linked.sort(), expected.map((article) => article.url).sort(), language);
    }
  });

  test('a pager links the pages of a list, the current one marked', async () => {
    const second = await readText(out, 'ru/page/2/index.html');
    assert.match(second, /<nav class="pager" aria-label="Страницы">/);
    assert.match(second, /<a href="\/ru\/" rel="prev">/);
    assert.match(second, /<a href="\/ru\/page\/3\/" rel="next">/);
    assert.match(second, /<a href="\/ru\/page\/2\/" aria-current="page">2<\/a>/);
    assert.match(second, /<link rel="canonical" href="http:\/\/localhost:8080\/ru\/page\/2\/">/);
    assert.match(second, /<title>[^<]*страница 2 из \d+/);
  });

  test('person pages, date index and home paginate too, and no link is broken', async () => {
    const busiest = new Map<string, number>();
    for (const article of timeline.articles) for (const person of article.people) busiest.set(person.id, (busiest.get(person.id) ?? 0) + 1);
    const [person, count] = [...busiest.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    assert.ok(count > ARTICLES_PER_PAGE, `${person} is named in ${count} articles`);
    assert.ok(files.includes(`people/${person}/page/2/index.html`));
    assert.ok(files.includes('dates/page/2/index.html'), 'hundreds of days split the date index');
    assert.ok(files.includes('page/2/index.html'), 'the home timeline continues on page 2');
    assert.deepEqual(await brokenLinks(out, '/'), []);
  });

  test('feeds list the newest dated articles, newest first, in Atom and JSON Feed', async () => {
    const feed = JSON.parse(await readText(out, 'uk/feed.json')) as { version: string; items: Array<{ id: string; language: string; date_published: string }> };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.items.length, FEED_LENGTH);
    assert.ok(feed.items.every((item) => item.language === 'uk'));
    const dates = feed.items.map((item) => item.date_published);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const newest = timeline.articles.filter((article) => article.language === 'uk' && article.published).map((article) => article.published ?? '').sort().at(-1);
    assert.equal(dates[0], `${newest}T12:00:00Z`);
    const atom = await readText(out, 'feed.xml');
    assert.equal([...atom.matchAll(/<entry /g)].length, FEED_LENGTH);
    assert.match(atom, /<link href="http:\/\/localhost:8080\/feed\.xml" rel="self" type="application\/atom\+xml"\/>/);
  });

  test('html-validate reports no error on the first three and the last page of every kind', async () => {
    // All 1,000-odd pages take html-validate half a minute; the kinds share their templates.
    const byKind = new Map<string, string[]>();
    for (const file of files.filter((name) => name.endsWith('.html')).sort()) {
      const kind = file.replace(/[^/]+\/index\.html$|\/?page\/\d+\/index\.html$/, '').split('/').slice(0, 1).join('') + (file.includes('/page/') ? ' paged' : '');
      byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
    }
    const sample = [...byKind.values()].flatMap((list) => [...new Set([...list.slice(0, 3), list.at(-1) ?? ''])]);
    assert.ok(sample.length >= 25, `${sample.length} pages sampled`);
    assert.deepEqual(await validationErrors(out, sample), []);
  });
});

test('html-validate reports no error on any page of the seeds site', async () => {
  const out = path.join(await tempDir('validate'), 'site');
  const result = await runCli(['--output', out, '--path-prefix', '/story/']);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(await validationErrors(out), []);
});

test('the validator is not blind: it reports a page with a duplicate id and an unclosed element', async () => {
  const report = await (await validator()).validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p id="a">one<p id="a">two</div></body></html>', 'broken.html');
  assert.equal(report.valid, false);
  assert.ok(report.errorCount >= 2, `${report.errorCount} errors`);
});
