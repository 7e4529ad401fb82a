// The built site in a real browser: Debian's Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT, runCli, tempDir } from './helpers.ts';
import { generateCorpus, writeCorpus } from '../scripts/corpus.ts';
import { pageKinds } from '../scripts/page-kinds.ts';
import { serveFolder } from '../scripts/static-server.ts';

// Debian's Chromium by default; CHROMIUM_PATH points elsewhere (GitHub's runners ship Google Chrome).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run, so its absence there is a failure, not a skip.
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium when CHROMIUM_PATH is not set`);

describe('the site in Chromium', { skip: available ? false : `${CHROMIUM} is not installed` }, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let out = '';
  /** One page of every kind, by name, as paths under the prefix. */
  let kinds: Record<string, string> = {};

  before(async () => {
    out = path.join(await tempDir('browser'), 'site');
    const result = await runCli(['--output', out, '--path-prefix', '/story/']);
    assert.equal(result.code, 0, result.stderr);
    server = await serveFolder(out, '/story/');
    kinds = await pageKinds(out);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a reader goes from the timeline to an article and on to its language section', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(server.url);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('h2').first().innerText(), '6 January 2026');
    const stylesheetApplied = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
    assert.equal(stylesheetApplied, '736px', 'the stylesheet loads under the prefix');

    await page.locator('.event .card-title a', { hasText: '4 September 2025' }).click();
    await page.waitForURL(/\/story\/events\//);
    assert.match(await page.locator('h1').innerText(), /Paris, 4 September 2025/);
    await page.locator('.card-title a[lang="uk"]').first().click();
    await page.waitForURL(/\/story\/articles\//);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    assert.equal(await page.locator('h1').getAttribute('lang'), 'uk');
    assert.match(await page.locator('.facts').innerText(), /4 вересня 2025 р\./);

    await page.locator('.facts a[href$="/uk/"]').click();
    assert.match(page.url(), /\/story\/uk\/$/);
    assert.match(await page.locator('h1').innerText(), /Статті мовою/);
    await mkdir(path.join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'uk-section.png'), fullPage: true });
    await page.close();
  });

  test('an unknown address shows the 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}no/such/page/`);
    assert.equal(response?.status(), 404);
    assert.match(await page.locator('h1').innerText(), /Page not found/);
    await page.locator('a', { hasText: 'Back to the timeline' }).click();
    assert.equal(new URL(page.url()).pathname, '/story/');
    await page.close();
  });

  /** axe-core's violations on the page, as "rule: selector" lines. */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    return page.evaluate(async () => {
      const { axe: runner } = window as unknown as { axe: typeof axe };
      const result = await runner.run(document);
      return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
    });
  }

  test('axe-core finds no accessibility violation on any kind of page, in light and dark mode', async () => {
    // bypassCSP lets the test inject axe; the pages themselves forbid scripts.
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      for (const [kind, url] of Object.entries(kinds)) {
        await page.goto(`${server.url}${url}`);
        if (kind === 'search') await page.waitForSelector('.pagefind-ui__search-input');
        assert.deepEqual(await axeViolations(page), [], `${kind} (${colorScheme})`);
      }
      await context.close();
    }
  });

  test('axe is not blind: it reports an image without text and a low-contrast paragraph', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><img src="x.png"><p style="color:#eee;background:#fff">faint</p></main></body></html>');
    const violations = await axeViolations(page);
    assert.ok(violations.some((line) => line.startsWith('image-alt')), violations.join('\n'));
    assert.ok(violations.some((line) => line.startsWith('color-contrast')), violations.join('\n'));
    await context.close();
  });

  test('search finds Russian and Ukrainian text, and its results link into the site', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}search/`);
    for (const query of ['Макрон', 'Зеленський']) {
      await page.fill('.pagefind-ui__search-input', query);
      await page.waitForSelector('.pagefind-ui__result-link');
      const links = await page.locator('.pagefind-ui__result-link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      assert.ok(links.length > 0, query);
      assert.ok(links.every((href) => href.startsWith('/story/articles/') || href.startsWith('/story/events/')), links.join(' '));
    }
    await page.fill('.pagefind-ui__search-input', 'qzxqzvw');
    await page.waitForFunction(() => document.querySelector('.pagefind-ui__message')?.textContent?.startsWith('No results'));
    assert.equal(await page.locator('.pagefind-ui__result-link').count(), 0);
    await page.locator('.pagefind-ui__search-input').fill('Макрон');
    await page.locator('.pagefind-ui__result-link').first().click();
    await page.waitForURL(/\/story\/(articles|events)\//);
    assert.deepEqual(errors, [], 'no script or policy errors');
    await page.close();
  });

  test('on a site large enough for several search shards, one search box searches them all', async () => {
    const input = await tempDir('browser-shards-input');
    await writeCorpus(generateCorpus(450), input);
    const site = path.join(await tempDir('browser-shards'), 'site');
    const result = await runCli(['--input', input, '--output', site, '--path-prefix', '/big/', '--no-cache']);
    assert.equal(result.code, 0, result.stderr);
    const bundles = (await readdir(path.join(site, 'pagefind'))).sort();
    assert.ok(bundles.length >= 2, bundles.join(' '));
    const shardServer = await serveFolder(site, '/big/');
    const page = await browser.newPage();
    try {
      await page.goto(`${shardServer.url}search/`);
      // Each bundle on its own, through Pagefind's JavaScript API, against the merged search box.
      const query = 'коалиции';
      const perShard = await page.evaluate(
        async ({ bundles, query }) => {
          const counts: number[] = [];
          for (const bundle of bundles) {
            const pagefind = await import(`/big/pagefind/${bundle}/pagefind.js`);
            await pagefind.options({ baseUrl: '/big/' });
            counts.push((await pagefind.search(query)).results.length);
          }
          return counts;
        },
        { bundles, query },
      );
      assert.ok(perShard.filter((count) => count > 0).length >= 2, perShard.join(' '));
      await page.fill('.pagefind-ui__search-input', query);
      await page.waitForFunction(() => /^\d+ results?/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
      const message = (await page.locator('.pagefind-ui__message').innerText()).trim();
      assert.equal(Number(message.split(' ')[0]), perShard.reduce((sum, count) => sum + count, 0), message);
    } finally {
      await page.close();
      await shardServer.close();
    }
  });

  test('no page scrolls sideways at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const [kind, url] of Object.entries(kinds)) {
      await page.goto(`${server.url}${url}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${kind} is ${width} px wide`);
    }
    await page.close();
  });

  test('the keyboard reaches the skip link first, and it moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
    assert.ok(await page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? -1) >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'the next stop is inside the main content');
    await page.close();
  });

  test('feeds parse as XML and JSON in the browser', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const feeds = await page.evaluate(async () => {
      const links = [...document.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
      const results: string[] = [];
      for (const [type, href] of links) {
        const text = await (await fetch(href ?? '')).text();
        if (type === 'application/atom+xml') {
          const xml = new DOMParser().parseFromString(text, 'application/xml');
          results.push(xml.querySelector('parsererror') ? 'atom: parse error' : `atom: ${xml.querySelectorAll('entry').length} entries`);
        } else results.push(`json: ${(JSON.parse(text) as { items: unknown[] }).items.length} items`);
      }
      return results;
    });
    assert.deepEqual(feeds, ['atom: 3 entries', 'json: 3 items'], 'the three dated seeds');
    await page.close();
  });

  test('screenshots of every kind of page at 375 and 1280 px are written for review', async () => {
    const folder = path.join(ROOT, 'test-output', 'screenshots');
    await mkdir(folder, { recursive: true });
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [kind, url] of Object.entries(kinds)) {
        await page.goto(`${server.url}${url}`);
        const file = path.join(folder, `${kind}-${width}.png`);
        const image = await page.screenshot({ path: file, fullPage: true });
        assert.ok(image.length > 5000, `${file} has content`);
      }
      await page.close();
    }
  });
});
