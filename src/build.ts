// Builds the site: pipeline, then Eleventy, into a folder beside the output
// that replaces the output only when everything succeeded.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import { prefixRootUrls } from './markup.ts';
import type { Timeline } from './model.ts';
import { buildDay, loadTimeline, PROJECT_ROOT } from './pipeline.ts';

export { PROJECT_ROOT };
import { publicJsonChunks, schemaJson } from './schema.ts';
import { encodedInPieces } from './pieces.ts';
import { folderForUrl, SearchIndexer, type SearchShard, searchShards } from './search-index.ts';
import { buildSiteData, type SiteData } from './site.ts';
import { renderFingerprint } from './cache.ts';
import { type PageManifest, pageCount, planRender, sharedPageData } from './incremental.ts';


export interface BuildOptions {
  input: string;
  output: string;
  /** "/" or "/name/". */
  pathPrefix: string;
  /** Absolute address of the published site, including any path prefix. */
  siteUrl: string;
  maxBytes: number;
  /** Where per-article results are kept between builds; null for none. */
  cacheDir: string | null;
}

/** A problem the user can fix; printed as a message, never as a stack trace. */
export class BuildError extends Error {}

/** "name", "/name", "name/" all become "/name/"; empty becomes "/". */
export function normalisePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) throw new BuildError(`path prefix "${prefix}" may only contain letters, digits and - . _ ~ /`);
  return `/${trimmed}/`;
}

async function isDirectory(folder: string): Promise<boolean> {
  return stat(folder).then((info) => info.isDirectory(), () => false);
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export async function checkFolders(options: BuildOptions): Promise<void> {
  if (!(await isDirectory(options.input))) throw new BuildError(`input folder "${options.input}" does not exist or is not a folder`);
  const input = path.resolve(options.input);
  const output = path.resolve(options.output);
  if (isInside(input, output)) throw new BuildError(`output folder "${options.output}" contains the input folder; choose another output`);
  if (isInside(PROJECT_ROOT, output) || isInside(process.cwd(), output)) {
    throw new BuildError(`output folder "${options.output}" would replace the project or the current folder; choose a subfolder such as dist`);
  }
}

/** The `build` data every page reads. */
function buildGlobals(options: BuildOptions): { siteUrl: string; pathPrefix: string; builtOn: string | null } {
  return {
    siteUrl: options.siteUrl.replace(/\/+$/, ''),
    pathPrefix: options.pathPrefix,
    // A build date only when asked for one: otherwise the same input gives the same bytes.
    builtOn: process.env.SOURCE_DATE_EPOCH ? buildDay() : null,
  };
}

/** What one Eleventy run renders: the timeline, the whole site, and the part of it to render now. */
export interface SiteRun {
  timeline: Timeline;
  site: SiteData;
  /** The site with only the pages that need rendering (all of them unless some are taken over). */
  rendered: SiteData;
  /** Every search shard, and the ones to index now (the others are taken over). */
  searchShards: SearchShard[];
  indexShards: SearchShard[];
}

/** A run that renders and indexes everything. */
export function fullRun(timeline: Timeline): SiteRun {
  const site = buildSiteData(timeline);
  const shards = searchShards(site);
  return { timeline, site, rendered: site, searchShards: shards, indexShards: shards };
}

/** Eleventy setup shared by builds and the dev server. `current` is read on every (re)build. */
export function eleventyFor(options: BuildOptions, output: string, current: () => SiteRun, runMode: 'build' | 'serve', search: SearchIndexer, refresh?: () => Promise<void>): Eleventy {
  const timeline = (): Timeline => current().timeline;
  return new Eleventy(path.join(PROJECT_ROOT, 'templates'), output, {
    configPath: path.join(PROJECT_ROOT, '.eleventy.ts'),
    pathPrefix: options.pathPrefix,
    quietMode: true,
    runMode,
    config(config: EleventyUserConfig) {
      // Nothing uses Eleventy's collections; kept out of them, rendered pages are not held in memory.
      config.addGlobalData('eleventyExcludeFromCollections', true);
      // Frozen at the top: Eleventy's data merge then takes them as they are
      // instead of deep-copying the whole timeline for every template.
      config.addGlobalData('timeline', () => Object.freeze({ ...timeline() }));
      config.addGlobalData('site', () => Object.freeze({ ...current().rendered }));
      config.addGlobalData('searchBundles', () => current().searchShards.map((shard) => shard.url));
      config.addGlobalData('build', buildGlobals(options));
      if (refresh) config.addWatchTarget(path.resolve(options.input));
      config.on('eleventy.before', async ({ directories }) => {
        // Articles live outside Eleventy's template folder: the dev server rereads them before every rebuild.
        if (refresh) await refresh();
        // Pagefind indexes on another thread while Eleventy renders.
        search.start(current().indexShards, directories.output);
        // Written before the pages rather than after: the garbage its pieces leave is
        // collected before the render, instead of adding to the build's peak memory.
        await mkdir(directories.output, { recursive: true });
        await writeFile(path.join(directories.output, 'timeline.json'), Readable.from(encodedInPieces(publicJsonChunks(timeline()))));
        await writeFile(path.join(directories.output, 'timeline.schema.json'), schemaJson());
      });
      // A build hands pages over as UTF-8 bytes: Eleventy holds every written page until the build
      // ends, and a string with Cyrillic in it takes two bytes a character where UTF-8 takes about one.
      // The dev server sends changed pages to the browser as text, so it keeps strings.
      const finished = runMode === 'build' ? (html: string) => Buffer.from(html) : (html: string) => html;
      config.addTransform('path-prefix', function (this: { page: { outputPath: string | false } }, content: string) {
        return typeof this.page.outputPath === 'string' && this.page.outputPath.endsWith('.html') ? finished(prefixRootUrls(content, options.pathPrefix)) : content;
      });
      config.on('eleventy.after', async () => {
        await search.finish();
      });
    },
  });
}

export async function buildTimelineFor(options: BuildOptions): Promise<Timeline> {
  await checkFolders(options);
  return loadTimeline(options.input, { maxBytes: options.maxBytes, today: buildDay(), cacheDir: options.cacheDir });
}

/**
 * Eleventy rejects on the first failed template while other writes are still in
 * flight and may recreate the folder; remove it until it stays gone.
 */
async function removeWhenSettled(folder: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await rm(folder, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!(await stat(folder).then(() => true, () => false))) return;
  }
}

/** Where a page's file lies inside the output folder: "/people/" → "people/index.html". */
function pageFile(url: string): string {
  const relative = url.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The page hashes of the last build into `output`, kept in the cache folder. */
function manifestFile(cacheDir: string, output: string): string {
  return path.join(cacheDir, `pages-${createHash('sha256').update(output).digest('hex').slice(0, 16)}.json`);
}

async function readManifest(file: string): Promise<PageManifest> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as PageManifest) : {};
  } catch {
    return {};
  }
}

/** Decides which pages to render: with a cache, those whose content differs from the last build into the same folder. */
interface SitePlan {
  run: SiteRun;
  /** Pages kept from the last output. */
  reused: string[];
  /** This build's page and shard hashes, and the last build's. */
  manifest: PageManifest | null;
  previous: PageManifest;
}

async function planSite(options: BuildOptions, output: string, timeline: Timeline): Promise<SitePlan> {
  const run = fullRun(timeline);
  if (!options.cacheDir) return { run, reused: [], manifest: null, previous: {} };
  const previous = await readManifest(manifestFile(options.cacheDir, output));
  const shared = JSON.stringify({ code: await renderFingerprint(PROJECT_ROOT), build: buildGlobals(options), data: sharedPageData(run.site) });
  // Asked only for pages whose hash is unchanged. One check a page: listing the whole earlier
  // output took four times as long, most of it in Pagefind's thousands of files.
  const plan = planRender(run.site, createHash('sha256').update(shared).digest('base64url'), previous, (url) => existsSync(path.join(output, pageFile(url))));
  // A search shard whose documents are unchanged keeps its bundle.
  const indexShards: SearchShard[] = [];
  for (const shard of run.searchShards) {
    plan.manifest[`search:${shard.url}`] = shard.key;
    const bundle = path.join(folderForUrl(output, shard.url), 'pagefind-entry.json');
    if (previous[`search:${shard.url}`] !== shard.key || !(await stat(bundle).then(() => true, () => false))) indexShards.push(shard);
  }
  return { run: { ...run, rendered: plan.site, indexShards }, reused: plan.reused, manifest: plan.manifest, previous };
}

/** The paths of the files under a folder, relative to it. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/**
 * Moves a partial build from `staging` into the last output: the pages rendered
 * again, every file rendered on each build, and the search shards indexed again
 * replace their old versions; pages and shards that are gone are removed.
 */
async function updateInPlace(output: string, staging: string, plan: SitePlan): Promise<void> {
  for (const shard of plan.run.indexShards) {
    const folder = folderForUrl('', shard.url);
    await rm(path.join(output, folder), { recursive: true, force: true });
    await mkdir(path.dirname(path.join(output, folder)), { recursive: true });
    await rename(path.join(staging, folder), path.join(output, folder));
  }
  for (const file of await filesIn(staging)) {
    await mkdir(path.dirname(path.join(output, file)), { recursive: true });
    await rename(path.join(staging, file), path.join(output, file));
  }
  const current = plan.manifest ?? {};
  for (const key of Object.keys(plan.previous)) {
    if (key in current) continue;
    if (key.startsWith('search:')) await rm(folderForUrl(output, key.slice('search:'.length)), { recursive: true, force: true });
    else {
      await rm(path.join(output, pageFile(key)), { force: true });
      // The page's folder goes too when nothing else is left in it.
      await rmdir(path.dirname(path.join(output, pageFile(key)))).catch(() => undefined);
    }
  }
  await rm(staging, { recursive: true, force: true });
}

/**
 * Writes the site for `timeline`; the old output stays untouched unless the
 * whole build succeeds. A build that keeps pages of the last output moves its
 * new files into that output; any other replaces the output folder whole.
 */
export async function writeSite(options: BuildOptions, timeline: Timeline): Promise<{ rendered: number; reused: number }> {
  const output = path.resolve(options.output);
  const staging = `${output}.tmp-${process.pid}`;
  const retired = `${output}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(output), { recursive: true });
  const search = new SearchIndexer();
  search.prepare();
  const plan = await planSite(options, output, timeline).catch(async (error: unknown) => {
    await search.close();
    throw error;
  });
  const { run, reused, manifest } = plan;
  const keepsOldFiles = reused.length > 0 || run.indexShards.length < run.searchShards.length;
  try {
    const eleventy = eleventyFor(options, staging, () => run, 'build', search);
    await eleventy.write().finally(() => search.close());
  } catch (error) {
    await removeWhenSettled(staging);
    throw error;
  }
  // The manifest describes the output folder: it goes while the folder changes and comes back once it is in place.
  const manifestPath = options.cacheDir ? manifestFile(options.cacheDir, output) : null;
  if (manifestPath) await rm(manifestPath, { force: true });
  if (keepsOldFiles) {
    await updateInPlace(output, staging, plan);
  } else {
    const hadOutput = await stat(output).then(() => true, () => false);
    if (hadOutput) await rename(output, retired);
    await rename(staging, output);
    if (hadOutput) await rm(retired, { recursive: true, force: true });
  }
  if (manifestPath && manifest) {
    // A manifest that cannot be written only costs time on the next build.
    await mkdir(path.dirname(manifestPath), { recursive: true })
      .then(() => writeFile(`${manifestPath}.tmp`, JSON.stringify(manifest)))
      .then(() => rename(`${manifestPath}.tmp`, manifestPath))
      .catch(() => undefined);
  }
  return { rendered: pageCount(run.site) - reused.length, reused: reused.length };
}
