// The built site in a real browser: Debian's Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { ROOT, runCli, tempDir } from './helpers.ts';
import { serveFolder } from '../scripts/static-server.ts';

// Debian's Chromium by default; CHROMIUM_PATH points elsewhere (GitHub's runners ship Google Chrome).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run, so its absence there is a failure, not a skip.
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium when CHROMIUM_PATH is not set`);

describe('the site in Chromium', { skip: available ? false : `${CHROMIUM} is not installed` }, () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  before(async () => {
    const out = path.join(await tempDir('browser'), 'site');
    const result = await runCli(['--output', out, '--path-prefix', '/story/']);
    assert.equal(result.code, 0, result.stderr);
    server = await serveFolder(out, '/story/');
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
});
