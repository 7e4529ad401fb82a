// npm run lighthouse [-- SITE_DIR]  (default: dist; build it first)
// Scores the home, date, language, article, person and event pages with
// Lighthouse in Debian's Chromium (CHROMIUM_PATH to use another), mobile
// emulation as Lighthouse defaults to, and prints one row per page.
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { pageKinds } from './page-kinds.ts';
import { serveFolder } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const site = path.resolve(process.argv[2] ?? 'dist');
const kinds = await pageKinds(site);
const pages = Object.fromEntries(['home', 'date', 'language', 'article', 'person', 'event'].map((kind) => [kind, kinds[kind] ?? '']));

const port = 9300 + (process.pid % 500);
const server = await serveFolder(site, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let lowest = 100;
try {
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
  for (const [name, url] of Object.entries(pages)) {
    const result = await lighthouse(`${server.url}${url}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
    lowest = Math.min(lowest, ...scores);
    console.log(`| ${name} (/${url}) | ${scores.join(' | ')} |`);
    // Name what cost points, so a score below 100 says what to fix.
    for (const category of CATEGORIES) {
      for (const ref of categories[category]?.auditRefs ?? []) {
        const audit = result?.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.title}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(lowest === 100 ? 'every score is 100' : `lowest score: ${lowest}`);
process.exitCode = lowest === 100 ? 0 : 1;
