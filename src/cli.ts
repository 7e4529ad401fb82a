// Command line: `build` (default) and `serve`. Prints what happened to every
// input file; user errors are one clear line, never a stack trace.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BuildError, type BuildOptions, buildTimelineFor, checkFolders, eleventyFor, fullRun, normalisePathPrefix, type SiteRun, writeSite } from './build.ts';
import { DEFAULT_MAX_BYTES } from './ingest.ts';
import type { Timeline } from './model.ts';
import { buildDay, loadTimeline } from './pipeline.ts';
import { SearchIndexer } from './search-index.ts';

const HELP = `Usage: npm run build -- [options]      build the site once
       npm start -- [options]          serve it with live reload, rebuilding on changes

Options:
  --input DIR         folder of articles, read recursively (default: seeds)
  --output DIR        folder to write the site to (default: dist)
  --path-prefix PATH  serve the site under PATH, e.g. /my-repo/ for a GitHub
                      project site (default: $PATH_PREFIX or /)
  --site-url URL      public address of the site, for sitemap.xml
                      (default: $SITE_URL or http://localhost:8080)
  --max-bytes N       refuse article files larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --cache DIR         keep per-article results here between builds (default: .cache);
                      they are reused while the file and the pipeline's code are unchanged
  --no-cache          process every article from scratch
  --strict            fail if any file is rejected or any warning is raised
  --port N            dev server port for serve (default: 8080)
  --help              show this help
`;

interface CliOptions extends BuildOptions {
  strict: boolean;
  port: number;
}

function parseCli(argv: string[]): { command: 'build' | 'serve' | 'help'; options: CliOptions } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string', default: 'seeds' },
      output: { type: 'string', default: 'dist' },
      'path-prefix': { type: 'string' },
      'site-url': { type: 'string' },
      'max-bytes': { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      strict: { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
      help: { type: 'boolean', default: false },
    },
  });
  const command = values.help ? 'help' : (positionals[0] ?? 'build');
  if (command !== 'build' && command !== 'serve' && command !== 'help') throw new BuildError(`unknown command "${command}"; use build or serve`);
  const maxBytes = Number(values['max-bytes'] ?? DEFAULT_MAX_BYTES);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new BuildError(`--max-bytes must be a positive whole number, not "${values['max-bytes']}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new BuildError(`--port must be a port number, not "${values.port}"`);
  const pathPrefix = normalisePathPrefix(values['path-prefix'] ?? process.env.PATH_PREFIX ?? '/');
  const siteUrl = values['site-url'] ?? process.env.SITE_URL ?? `http://localhost:8080${pathPrefix}`;
  if (!/^https?:\/\/[^\s]+$/.test(siteUrl)) throw new BuildError(`--site-url must start with http:// or https://, not "${siteUrl}"`);
  return {
    command,
    options: { input: values.input ?? 'seeds', output: values.output ?? 'dist', pathPrefix, siteUrl, maxBytes, strict: values.strict ?? false, port, cacheDir: values['no-cache'] ? null : (values.cache ?? '.cache') },
  };
}

function where(entry: { file: string; line?: number }): string {
  return entry.line === undefined ? entry.file : `${entry.file}:${entry.line}`;
}

export function summarise(timeline: Timeline): string {
  const lines = [`${timeline.articles.length} articles, ${timeline.rejected.length} rejected, ${timeline.warnings.length} warnings`];
  for (const rejection of timeline.rejected) lines.push(`  rejected ${where(rejection)}: ${rejection.reason}`);
  for (const warning of timeline.warnings) lines.push(`  warning  ${where(warning)}: ${warning.message}`);
  return lines.join('\n');
}

async function build(options: CliOptions): Promise<number> {
  const started = performance.now();
  const timeline = await buildTimelineFor(options);
  console.log(summarise(timeline));
  if (options.strict && (timeline.rejected.length > 0 || timeline.warnings.length > 0)) {
    console.error(`--strict: not building because of the rejected files or warnings above; ${options.output} is unchanged`);
    return 1;
  }
  const pages = await writeSite(options, timeline);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const count = (n: number): string => `${n} ${n === 1 ? 'page' : 'pages'}`;
  const unchanged = pages.reused > 0 ? `, ${count(pages.reused)} unchanged kept` : '';
  console.log(`wrote ${path.join(options.output, '')} (path prefix ${options.pathPrefix}) in ${seconds} s: ${count(pages.rendered)} rendered${unchanged}`);
  return 0;
}

async function serve(options: CliOptions): Promise<void> {
  await checkFolders(options);
  const empty: Timeline = { articles: [], events: [], rejected: [], warnings: [] };
  let run: SiteRun = fullRun(empty);
  // Articles live outside Eleventy's template folder: reread them before every rebuild.
  const refresh = async (): Promise<void> => {
    const timeline = await loadTimeline(options.input, { maxBytes: options.maxBytes, today: buildDay(), cacheDir: options.cacheDir });
    run = fullRun(timeline);
    console.log(summarise(timeline));
  };
  const eleventy = eleventyFor(options, path.resolve(options.output), () => run, 'serve', new SearchIndexer(), refresh);
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  process.on('SIGINT', () => {
    void eleventy.stopWatch().then(() => process.exit(0));
  });
}

async function main(): Promise<void> {
  try {
    const { command, options } = parseCli(process.argv.slice(2));
    if (command === 'help') {
      process.stdout.write(HELP);
      return;
    }
    if (command === 'serve') return await serve(options);
    process.exitCode = await build(options);
  } catch (error) {
    if (error instanceof BuildError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`error: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
