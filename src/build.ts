// Builds the site: pipeline, then Eleventy, into a folder beside the output
// that replaces the output only when everything succeeded.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy';
import { prefixRootUrls } from './markup.ts';
import type { Timeline } from './model.ts';
import { buildDay, loadTimeline, PROJECT_ROOT } from './pipeline.ts';

export { PROJECT_ROOT };
import { schemaJson, toPublicJson } from './schema.ts';
import { closeSearchIndexer, SearchIndexer, searchDocuments } from './search-index.ts';
import { buildSiteData, type SiteData } from './site.ts';


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

/** Eleventy setup shared by builds and the dev server. `timeline` is read on every (re)build. */
export function eleventyFor(
  options: BuildOptions,
  output: string,
  timeline: () => Timeline,
  runMode: 'build' | 'serve',
  refresh?: () => Promise<void>,
): Eleventy {
  const search = new SearchIndexer();
  // One arrangement of each timeline, shared by the templates and the search index.
  const arranged = new WeakMap<Timeline, SiteData>();
  const site = (): SiteData => {
    const current = timeline();
    const known = arranged.get(current);
    if (known) return known;
    const built = buildSiteData(current);
    arranged.set(current, built);
    return built;
  };
  return new Eleventy(path.join(PROJECT_ROOT, 'templates'), output, {
    configPath: path.join(PROJECT_ROOT, '.eleventy.ts'),
    pathPrefix: options.pathPrefix,
    quietMode: true,
    runMode,
    config(config: EleventyUserConfig) {
      // Nothing uses Eleventy's collections; kept out of them, rendered pages are not held in memory.
      config.addGlobalData('eleventyExcludeFromCollections', true);
      config.addGlobalData('timeline', () => timeline());
      config.addGlobalData('site', site);
      config.addGlobalData('build', {
        siteUrl: options.siteUrl.replace(/\/+$/, ''),
        pathPrefix: options.pathPrefix,
        // A build date only when asked for one: otherwise the same input gives the same bytes.
        builtOn: process.env.SOURCE_DATE_EPOCH ? buildDay() : null,
      });
      if (refresh) config.addWatchTarget(path.resolve(options.input));
      config.on('eleventy.before', async () => {
        // Articles live outside Eleventy's template folder: the dev server rereads them before every rebuild.
        if (refresh) await refresh();
        // Pagefind indexes in its own process while Eleventy renders.
        search.start(searchDocuments(site()));
      });
      config.addTransform('path-prefix', function (this: { page: { outputPath: string | false } }, content: string) {
        return typeof this.page.outputPath === 'string' && this.page.outputPath.endsWith('.html') ? prefixRootUrls(content, options.pathPrefix) : content;
      });
      config.on('eleventy.after', async ({ directories }) => {
        await writeFile(path.join(directories.output, 'timeline.json'), toPublicJson(timeline()));
        await writeFile(path.join(directories.output, 'timeline.schema.json'), schemaJson());
        await search.write(directories.output);
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

/** Writes the site for `timeline`; the old output stays untouched unless the whole build succeeds. */
export async function writeSite(options: BuildOptions, timeline: Timeline): Promise<void> {
  const output = path.resolve(options.output);
  const staging = `${output}.tmp-${process.pid}`;
  const retired = `${output}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(output), { recursive: true });
  try {
    const eleventy = eleventyFor(options, staging, () => timeline, 'build');
    await eleventy.write().finally(closeSearchIndexer);
  } catch (error) {
    await removeWhenSettled(staging);
    throw error;
  }
  const hadOutput = await stat(output).then(() => true, () => false);
  if (hadOutput) await rename(output, retired);
  await rename(staging, output);
  if (hadOutput) await rm(retired, { recursive: true, force: true });
}
