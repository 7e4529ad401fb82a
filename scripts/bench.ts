// npm run bench [-- --sizes 1000,4000,10000] [--write docs/performance.md]
// Generates deterministic corpora of Russian and Ukrainian articles (realistic
// lengths, site chrome, dates over a year), builds each with the full product
// and, as the baseline, the same texts as plain Markdown with a one-file layout
// in Eleventy; prints a table and optionally writes it with the machine's description.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { DEFAULT_MAX_BYTES, listInputFiles } from '../src/ingest.ts';
import { loadLanguageModels } from '../src/language.ts';
import { runPipeline } from '../src/pipeline.ts';
import { type GeneratedArticle, generateCorpus, writeCorpus } from './corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOTES_MARKER = '<!-- notes: kept when the benchmark rewrites this file -->';
const run = promisify(execFile);

async function writeBaseline(articles: readonly GeneratedArticle[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, '_includes'), { recursive: true });
  await writeFile(path.join(dir, '_includes', 'page.njk'), '<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n');
  for (const article of articles) {
    await writeFile(path.join(dir, `${article.name}.md`), `---\nlayout: page.njk\ntitle: "${article.title}"\ndate: ${article.date}\n---\n${article.body}\n`);
  }
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

/** Size of the largest HTML page, against the 50 KB budget. */
async function largestPage(dir: string): Promise<{ file: string; bytes: number }> {
  let largest = { file: '', bytes: 0 };
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.html')) continue;
    const { size } = await stat(path.join(dir, entry));
    if (size > largest.bytes) largest = { file: entry, bytes: size };
  }
  return largest;
}

/** Wall seconds and peak resident memory (KiB) of a command, via GNU time. */
async function measure(command: string, args: string[]): Promise<{ seconds: number; peakKiB: number }> {
  const started = performance.now();
  const { stderr } = await run('/usr/bin/time', ['-f', 'peak-rss-kib %M', command, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kib (\d+)/.exec(stderr);
  return { seconds, peakKiB: peak ? Number(peak[1]) : 0 };
}

interface Row {
  articles: number;
  pipelineMsPerArticle: number;
  fullSeconds: number;
  rebuildSeconds: number;
  baselineSeconds: number;
  pages: number;
  largestPageKB: number;
  peakMiB: number;
}

async function benchmark(size: number, work: string): Promise<Row> {
  const articles = generateCorpus(size);
  const corpus = path.join(work, `corpus-${size}`);
  const baseline = path.join(work, `baseline-${size}`);
  await writeCorpus(articles, corpus);
  await writeBaseline(articles, baseline);

  // The pipeline alone, in this process, on one core.
  const listing = listInputFiles(corpus, { maxBytes: DEFAULT_MAX_BYTES });
  loadLanguageModels();
  const started = performance.now();
  const timeline = runPipeline(listing.files, listing.rejected, '2026-01-01');
  const pipelineMs = performance.now() - started;
  if (timeline.articles.length !== size) throw new Error(`expected ${size} articles, got ${timeline.articles.length}`);

  const out = path.join(work, `site-${size}`);
  const cache = path.join(work, `cache-${size}`);
  // A cold build: no cache and no earlier output (replacing one would time its deletion too).
  await rm(cache, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  const build = ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'build', '--input', corpus, '--output', out, '--cache', cache];
  const full = await measure(process.execPath, build);
  // An editor changes one article: the rebuild reuses the cache for the others.
  const changed = articles[Math.floor(size / 2)];
  if (changed) await writeFile(path.join(corpus, `${changed.name}.txt`), ` date ${changed.date} ${changed.title}\n\n${changed.body}\n\nОбновлено: добавлен комментарий редакции.\n`);
  const rebuild = await measure(process.execPath, build);
  const baselineOut = path.join(work, `baseline-site-${size}`);
  await rm(baselineOut, { recursive: true, force: true });
  const plain = await measure(process.execPath, [path.join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet', `--input=${baseline}`, `--output=${baselineOut}`]);
  const baselinePages = await countPages(baselineOut);
  if (baselinePages !== size) throw new Error(`the baseline wrote ${baselinePages} pages for ${size} articles`);
  return {
    articles: size,
    pipelineMsPerArticle: pipelineMs / size,
    fullSeconds: full.seconds,
    rebuildSeconds: rebuild.seconds,
    baselineSeconds: plain.seconds,
    pages: await countPages(out),
    largestPageKB: (await largestPage(out)).bytes / 1024,
    peakMiB: full.peakKiB / 1024,
  };
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| articles | pipeline ms/article | pipeline articles/s | full build s | baseline s | ratio | rebuild after 1 change s | rebuild / full | pages written | largest page KB | peak RSS MiB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.articles} | ${row.pipelineMsPerArticle.toFixed(3)} | ${Math.round(1000 / row.pipelineMsPerArticle)} | ${row.fullSeconds.toFixed(1)} | ${row.baselineSeconds.toFixed(1)} | ${(row.fullSeconds / row.baselineSeconds).toFixed(2)} | ${row.rebuildSeconds.toFixed(1)} | ${(row.rebuildSeconds / row.fullSeconds).toFixed(2)} | ${row.pages} | ${row.largestPageKB.toFixed(1)} | ${row.peakMiB.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const usage = 'usage: npm run bench -- [--sizes 1000,4000,10000] [--write docs/performance.md]';
  let values: { sizes?: string; write?: string };
  try {
    ({ values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,4000,10000' }, write: { type: 'string' } } }));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const sizes = (values.sizes ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length === 0) {
    console.error(`error: --sizes needs whole numbers above 0, such as 1000,4000\n${usage}`);
    process.exitCode = 2;
    return;
  }
  // Outside the repository: Eleventy skips input under git-ignored folders such as .cache/.
  const work = path.join(os.tmpdir(), 'coalition-timeline-bench');
  const rows: Row[] = [];
  for (const size of sizes) {
    const row = await benchmark(size, work);
    rows.push(row);
    console.log(`${size} articles: full build ${row.fullSeconds.toFixed(1)} s, baseline ${row.baselineSeconds.toFixed(1)} s`);
  }
  const result = table(rows);
  console.log(`\n${result}`);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && last !== first) console.log(`\n${last.articles} vs ${first.articles} articles: ${(last.fullSeconds / first.fullSeconds).toFixed(1)} times the build time`);
  if (values.write) {
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}`;
    await mkdir(path.dirname(path.resolve(values.write)), { recursive: true });
    // Notes written by hand below the marker survive a new measurement.
    const previous = await readFile(values.write, 'utf8').catch(() => '');
    const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : '';
    await writeFile(values.write, `# Performance\n\nMeasured with \`npm run bench\` on ${machine}.\n\n${result}\n${notes ? `\n${notes}` : ''}`);
    console.log(`wrote ${values.write}`);
  }
}

await main();
