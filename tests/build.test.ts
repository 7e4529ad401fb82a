// End to end: the real CLI builds the seeds into a temporary folder; the pages,
// the JSON and every internal link are checked.
import assert from 'node:assert/strict';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { brokenLinks, listFiles, readText, ROOT, runCli, SEARCH_PAGE, tempDir, unexpectedScript } from './helpers.ts';

interface JsonArticle {
  id: string;
  file: string;
  url: string;
  language: string;
  published: string | null;
  publishedSource: string | null;
  title: string;
  people: Array<{ id: string; name: string }>;
  mentionedDates: Array<{ text: string; date: string }>;
  event: string | null;
}
interface JsonTimeline {
  articles: JsonArticle[];
  events: Array<{ id: string; date: string; articles: string[] }>;
  rejected: Array<{ file: string; reason: string }>;
}

describe('building the seeds', () => {
  let out = '';
  let timeline: JsonTimeline;
  let files: string[] = [];
  let stdout = '';

  before(async () => {
    out = path.join(await tempDir('site'), 'dist');
    const result = await runCli(['build', '--input', path.join(ROOT, 'seeds'), '--output', out]);
    assert.equal(result.code, 0, result.stderr);
    stdout = result.stdout;
    timeline = JSON.parse(await readText(out, 'timeline.json')) as JsonTimeline;
    files = await listFiles(out);
  });

  test('prints a summary of what happened to the input', () => {
    assert.match(stdout, /^5 articles, 0 rejected, 0 warnings$/m);
  });

  test('timeline.json validates against timeline.schema.json', async () => {
    const schema = JSON.parse(await readText(out, 'timeline.schema.json')) as object;
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(schema);
    assert.ok(validate(timeline), JSON.stringify(validate.errors, null, 2));
    // The schema is strict enough to catch a wrong value.
    const broken = structuredClone(timeline);
    (broken.articles[0] as { published: string | null }).published = '4 September';
    assert.equal(validate(broken), false);
  });

  test('the five seeds with their languages and dates', () => {
    const byFile = new Map(timeline.articles.map((a) => [a.file.slice(0, 3), a]));
    assert.equal(timeline.articles.length, 5);
    assert.deepEqual(
      ['000', '001', '002', '003', '004'].map((n) => byFile.get(n)?.language),
      ['ru', 'uk', 'ru', 'ru', 'ru'],
    );
    assert.equal(byFile.get('001')?.published, '2025-09-04');
    assert.equal(byFile.get('003')?.published, '2025-09-04');
    assert.equal(byFile.get('002')?.published, '2026-01-06');
    assert.equal(byFile.get('002')?.publishedSource, 'header');
    for (const article of timeline.articles) {
      assert.equal(article.url, `/articles/${article.id}/`);
      assert.ok(article.title.length > 0);
    }
    assert.deepEqual(timeline.rejected, []);
  });

  test('people and mentioned dates are extracted', () => {
    const seed = timeline.articles.find((a) => a.file.startsWith('001'));
    assert.ok(seed?.people.some((p) => p.name === 'Volodymyr Zelensky'));
    assert.ok(seed?.mentionedDates.some((d) => d.text === '4 вересня' && d.date === '2025-09-04'));
  });

  test('every page of the contract exists', () => {
    for (const expected of ['index.html', 'dates/index.html', 'dates/2025-09-04/index.html', 'dates/2026-01-06/index.html', 'ru/index.html', 'uk/index.html', '404.html', 'sitemap.xml', 'assets/style.css']) {
      assert.ok(files.includes(expected), `${expected} missing`);
    }
    for (const article of timeline.articles) assert.ok(files.includes(`articles/${article.id}/index.html`));
  });

  test('articles without a date are listed under "date unknown", not dropped', async () => {
    const undated = timeline.articles.filter((a) => a.published === null);
    assert.ok(undated.length > 0);
    const page = await readText(out, 'dates/unknown/index.html');
    assert.match(page, /Date unknown/);
    const home = await readText(out, 'index.html');
    for (const article of undated) {
      assert.ok(page.includes(article.url));
      // On the home page an undated article appears itself, or through the event it reports.
      const event = timeline.events.find((e) => e.id === article.event);
      assert.ok(home.includes(article.url) || (event !== undefined && home.includes(`/events/${event.id}/`)), article.file);
    }
  });

  test('the four seeds about 4 September form one event; 002 is the 6 January meeting', async () => {
    const bySeed = (n: string) => timeline.articles.find((a) => a.file.startsWith(n))?.event;
    const september = bySeed('001');
    assert.ok(september);
    assert.deepEqual(['000', '001', '003', '004'].map(bySeed), [september, september, september, september]);
    const event = timeline.events.find((e) => e.id === september);
    assert.equal(event?.date, '2025-09-04');
    const january = timeline.events.find((e) => e.id === bySeed('002'));
    assert.equal(january?.date, '2026-01-06');
    const page = await readText(out, `events/${september}/index.html`);
    for (const article of timeline.articles.filter((a) => a.event === september)) assert.ok(page.includes(`href="${article.url}"`));
    const articlePage = await readText(out, `articles/${timeline.articles.find((a) => a.file.startsWith('004'))?.id}/index.html`);
    assert.ok(articlePage.includes(`href="/events/${september}/"`), 'an article page links to its event');
    // The link reads in the page's language: 003 is in Russian.
    const russianPage = await readText(out, `articles/${timeline.articles.find((a) => a.file.startsWith('003'))?.id}/index.html`);
    assert.ok(russianPage.includes(`<a href="/events/${september}/" lang="ru">Встреча «коалиции желающих» в Париже, 4 сентября 2025 г.</a>`));
    assert.match(page, /<h1>Coalition of the Willing meeting in Paris, 4 September 2025<\/h1>\s*<p class="note aka"><span lang="ru">Встреча «коалиции желающих» в Париже, 4 сентября 2025 г\.<\/span> · <span lang="uk">Зустріч «коаліції охочих» у Парижі, 4 вересня 2025 р\.<\/span>/);
  });

  test('pages declare their language; chrome follows it', async () => {
    const uk = await readText(out, 'uk/index.html');
    assert.match(uk, /<html lang="uk">/);
    assert.match(uk, /Статті мовою/);
    const ru = await readText(out, 'ru/index.html');
    assert.match(ru, /<html lang="ru">/);
    const ukArticle = timeline.articles.find((a) => a.language === 'uk');
    const page = await readText(out, `articles/${ukArticle?.id}/index.html`);
    assert.match(page, /<html lang="uk">/);
    assert.match(page, /<div class="body" lang="uk">/);
    assert.match(page, /4 вересня 2025 р\./);
    assert.match(page, /<time datetime="2025-09-04">4 вересня<\/time>/);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      assert.match(await readText(out, file), /^<!DOCTYPE html>\n<html lang="[a-z]{2,3}">/, file);
    }
  });

  test('an article page links to its day, its language and its neighbours', async () => {
    const article = timeline.articles.find((a) => a.file.startsWith('003'));
    const page = await readText(out, `articles/${article?.id}/index.html`);
    assert.ok(page.includes('href="/dates/2025-09-04/"'));
    assert.ok(page.includes('href="/ru/"'));
    const sameDay = timeline.articles.find((a) => a.file.startsWith('001'));
    assert.ok(page.includes(`href="${sameDay?.url}"`), 'links to the other article of 4 September');
    assert.match(page, /003_49932adc0efb10e7\.txt/);
  });

  test('people and places have pages listing every article that names them', async () => {
    const zelensky = timeline.articles.filter((a) => a.people.some((p) => p.id === 'volodymyr-zelensky'));
    assert.ok(zelensky.length >= 4, 'Zelensky is named in most seeds');
    const page = await readText(out, 'people/volodymyr-zelensky/index.html');
    for (const article of zelensky) assert.ok(page.includes(`href="${article.url}"`), article.file);
    const ukSeed = timeline.articles.find((a) => a.file.startsWith('001'));
    const articlePage = await readText(out, `articles/${ukSeed?.id}/index.html`);
    // A Ukrainian page names them in Ukrainian; their own pages are in English and give the other names.
    assert.match(articlePage, /<a href="\/people\/volodymyr-zelensky\/" lang="uk">Володимир Зеленський<\/a>/);
    assert.match(articlePage, /<a href="\/places\/paris\/" lang="uk">Париж<\/a>/);
    assert.match(articlePage, /<li>Glavcom<\/li>/, 'the outlet is shown');
    assert.match(page, /<h1>Volodymyr Zelensky<\/h1>\s*<p class="note aka"><span lang="ru">Владимир Зеленский<\/span> · <span lang="uk">Володимир Зеленський<\/span><\/p>/);
    assert.ok(files.includes('people/index.html') && files.includes('places/index.html') && files.includes('places/paris/index.html'));
  });

  test('no JavaScript outside the search page: elsewhere the only script blocks are JSON-LD data', async () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) assert.equal(unexpectedScript(await readText(out, file), file), null, file);
    assert.match(await readText(out, SEARCH_PAGE), /<script src="\/pagefind\/0\/pagefind-ui\.js"><\/script>/);
  });

  test('the search bundle is whole: no empty file, and the entry names a metadata file that is there', async () => {
    const bundle = files.filter((f) => f.startsWith('pagefind/0/'));
    for (const file of bundle) assert.ok((await stat(path.join(out, file))).size > 0, `${file} is empty`);
    const entry = JSON.parse(await readText(out, 'pagefind/0/pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    const ru = entry.languages.ru;
    assert.ok(ru && ru.page_count > 5, JSON.stringify(entry));
    assert.ok(bundle.includes(`pagefind/0/pagefind.${ru.hash}.pf_meta`), 'the metadata file the entry names');
  });

  test('pages carry a canonical URL, OpenGraph tags and JSON-LD; robots.txt points to the sitemap', async () => {
    const article = timeline.articles.find((a) => a.file.startsWith('001'));
    const page = await readText(out, `articles/${article?.id}/index.html`);
    assert.match(page, new RegExp(`<link rel="canonical" href="http://localhost:8080${article?.url}">`));
    assert.match(page, /<meta property="og:type" content="article">/);
    assert.match(page, /<meta property="og:locale" content="uk_UA">/);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const data = JSON.parse(jsonLd) as { '@type': string; headline: string; datePublished: string; inLanguage: string };
    assert.deepEqual([data['@type'], data.headline, data.datePublished, data.inLanguage], ['NewsArticle', article?.title, '2025-09-04', 'uk']);
    const eventPage = await readText(out, `events/${article?.event}/index.html`);
    const event = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(eventPage)?.[1] ?? '{}') as { '@type': string; startDate: string };
    assert.deepEqual([event['@type'], event.startDate], ['Event', '2025-09-04']);
    assert.equal(await readText(out, 'robots.txt'), 'User-agent: *\nAllow: /\nSitemap: http://localhost:8080/sitemap.xml\n');
  });

  test('the home page is a timeline of events, newest first', async () => {
    const home = await readText(out, 'index.html');
    const positions = timeline.events.map((event) => home.indexOf(`href="/events/${event.id}/"`));
    assert.ok(positions.every((p) => p > 0), 'every event is on the home page');
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    assert.deepEqual(timeline.events.map((e) => e.date), [...timeline.events.map((e) => e.date)].sort().reverse());
  });

  test('the sitemap lists every page', async () => {
    const sitemap = await readText(out, 'sitemap.xml');
    const pages = files.filter((f) => f.endsWith('index.html'));
    for (const page of pages) assert.ok(sitemap.includes(`<loc>http://localhost:8080/${page.replace(/index\.html$/, '')}</loc>`), page);
  });

  test('zero broken internal links', async () => {
    assert.deepEqual(await brokenLinks(out, '/'), []);
  });
});

describe('building with a path prefix', () => {
  test('every internal link resolves under the prefix', async () => {
    const out = path.join(await tempDir('prefixed'), 'site');
    const result = await runCli(['--input', 'seeds', '--output', out, '--path-prefix', '/coalition/', '--site-url', 'https://example.github.io/coalition/']);
    assert.equal(result.code, 0, result.stderr);
    const home = await readText(out, 'index.html');
    assert.match(home, /href="\/coalition\/assets\/style\.css"/);
    assert.doesNotMatch(home, /href="\/dates\//, 'no link escapes the prefix');
    assert.deepEqual(await brokenLinks(out, '/coalition/'), []);
    const sitemap = await readText(out, 'sitemap.xml');
    assert.match(sitemap, /<loc>https:\/\/example\.github\.io\/coalition\/dates\/2025-09-04\/<\/loc>/);
  });

  test('PATH_PREFIX works as well', async () => {
    const out = path.join(await tempDir('prefixed-env'), 'site');
    const result = await runCli(['--output', out], { PATH_PREFIX: 'news' });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(await brokenLinks(out, '/news/'), []);
  });
});

describe('the command line', () => {
  test('--help lists the options', async () => {
    const result = await runCli(['--help']);
    assert.equal(result.code, 0);
    for (const option of ['--input', '--output', '--path-prefix', '--strict', '--help']) assert.ok(result.stdout.includes(option), option);
  });

  test('a missing input folder is one clear line, no stack trace', async () => {
    const result = await runCli(['--input', 'no-such-folder', '--output', path.join(await tempDir('x'), 'out')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^error: input folder "no-such-folder" does not exist/m);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  test('an unknown option is refused clearly', async () => {
    const result = await runCli(['--frobnicate']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /error: .*frobnicate/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  test('bad files are rejected with their reason; --strict fails and leaves the old output alone', async () => {
    const input = await tempDir('input');
    await writeFile(path.join(input, 'good.txt'), ' date 2025-09-04 Лидеры встретились в Париже и обсудили гарантии безопасности.');
    await writeFile(path.join(input, 'empty.txt'), '');
    await writeFile(path.join(input, 'bad.md'), '---\ntitle: [oops\n---\nText\n');
    await writeFile(path.join(input, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await mkdir(path.join(input, 'nested'));
    await writeFile(path.join(input, 'nested', 'more.md'), '---\ntitle: Вложенная статья\ndate: 2025-09-05\n---\nТекст вложенной статьи о встрече.\n');
    await writeFile(path.join(input, '.hidden.txt'), 'ignored');
    const out = path.join(await tempDir('strict'), 'site');

    const lenient = await runCli(['--input', input, '--output', out]);
    assert.equal(lenient.code, 0, lenient.stderr);
    assert.match(lenient.stdout, /^2 articles, 3 rejected/m);
    assert.match(lenient.stdout, /rejected bad\.md:[23]: front matter is not valid YAML/);
    assert.match(lenient.stdout, /rejected empty\.txt: empty file/);
    assert.match(lenient.stdout, /rejected photo\.png: unsupported file type/);
    const json = JSON.parse(await readFile(path.join(out, 'timeline.json'), 'utf8')) as JsonTimeline;
    assert.deepEqual(json.articles.map((a) => a.file).sort(), ['good.txt', 'nested/more.md']);
    assert.deepEqual(json.rejected.map((r) => r.file), ['bad.md', 'empty.txt', 'photo.png']);

    const before = await readFile(path.join(out, 'index.html'), 'utf8');
    await writeFile(path.join(input, 'another.txt'), 'Новая статья о встрече лидеров в Париже.');
    const strict = await runCli(['--input', input, '--output', out, '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /--strict/);
    assert.equal(await readFile(path.join(out, 'index.html'), 'utf8'), before, 'output untouched');
  });
});
