// Screenshots of a built site for review: every kind of page at 375 px and 1280 px.
// Usage: npm run screenshots [-- SITE_DIR OUT_DIR]   (defaults: dist, screenshots)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { pageKinds } from './page-kinds.ts';
import { serveFolder } from './static-server.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const out = path.resolve(process.argv[3] ?? 'screenshots');
const pages = await pageKinds(site);
await mkdir(out, { recursive: true });
const server = await serveFolder(site, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(`${server.url}${url}`);
      if (name === 'search') {
        await page.fill('.pagefind-ui__search-input', 'Макрон');
        await page.waitForSelector('.pagefind-ui__result', { timeout: 10_000 }).catch(() => undefined);
      }
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
