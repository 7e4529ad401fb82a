// The chain of stages, from files to timeline. `runPipeline` is pure over its
// inputs; `loadTimeline` adds the one read of the input folder.
import { cacheKey, type CachedResult, openCache, type PipelineCache, pipelineFingerprint, saveCache } from './cache.ts';
import { cleanArticle } from './clean.ts';
import { copySketch } from './copies.ts';
import { dateArticle, publicationDateWarning } from './dates.ts';
import { extractEntities } from './entities.ts';
import { eventClues } from './events.ts';
import { DEFAULT_MAX_BYTES, type InputFile, isRejection, listInputFiles, parseArticleFile } from './ingest.ts';
import { tagLanguage } from './language.ts';
import type { CluedArticle, EntityArticle, IsoDate, Rejection, Timeline, Warning } from './model.ts';
import { buildTimeline } from './timeline.ts';
import path from 'node:path';
import { extend } from './extend.ts';

export interface PipelineOptions {
  maxBytes: number;
  /** The UTC calendar day of the build, for the "date in the future" warning. */
  today: IsoDate;
  /** Folder keeping per-article results between builds; none when absent. */
  cacheDir?: string | null;
}

/** Today as a UTC calendar day, or the day of SOURCE_DATE_EPOCH when it is set (reproducible builds). */
export function buildDay(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  const millis = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(millis).toISOString().slice(0, 10);
}

/** The per-article stages: everything that depends on the file alone. */
export function processFile(input: InputFile): CachedResult {
  const raw = parseArticleFile(input);
  if (isRejection(raw)) return { result: raw, warnings: [] };
  const cleaned = cleanArticle(raw);
  if (cleaned.text.trim() === '' && cleaned.paragraphs.length === 0) return { result: { file: raw.file, reason: 'nothing left after removing site chrome' }, warnings: [] };
  const article = clueArticle(extractEntities(dateArticle(tagLanguage(cleaned))));
  return { result: article, warnings: article.warnings };
}

/** Stage 6's per-article half: what events and copies are found by. */
export function clueArticle(article: EntityArticle): CluedArticle {
  return extend(article, { eventClues: eventClues(article), copySketch: copySketch(article.text) });
}

function processFileCached(input: InputFile, today: IsoDate, warnings: Warning[], cache: PipelineCache | null): CluedArticle | Rejection {
  const key = cache ? cacheKey(input) : '';
  let processed = cache?.get(key);
  if (!processed) {
    processed = processFile(input);
    cache?.set(key, processed);
  }
  warnings.push(...processed.warnings);
  const { result } = processed;
  // The one check that depends on the build day stays outside the cache.
  const dateWarning = 'published' in result && result.published ? publicationDateWarning(result.published, today) : null;
  if (dateWarning) warnings.push({ file: result.file, message: dateWarning });
  return result;
}

export function runPipeline(files: readonly InputFile[], rejectedBefore: readonly Rejection[] = [], today: IsoDate = buildDay(), cache: PipelineCache | null = null): Timeline {
  const rejected: Rejection[] = [...rejectedBefore];
  const warnings: Warning[] = [];
  const articles: CluedArticle[] = [];
  for (const input of files) {
    try {
      const article = processFileCached(input, today, warnings, cache);
      if ('reason' in article) rejected.push(article);
      else articles.push(article);
    } catch (error) {
      // A bug in a stage must not take the other articles down with it.
      rejected.push({ file: input.file, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return buildTimeline(articles, rejected, warnings);
}

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

export async function loadTimeline(inputDir: string, options: PipelineOptions = { maxBytes: DEFAULT_MAX_BYTES, today: buildDay() }): Promise<Timeline> {
  const listing = listInputFiles(inputDir, options);
  if (!options.cacheDir) return runPipeline(listing.files, listing.rejected, options.today);
  const cache = await openCache(options.cacheDir, await pipelineFingerprint(PROJECT_ROOT));
  const timeline = runPipeline(listing.files, listing.rejected, options.today, cache);
  // A cache that cannot be written only costs time on the next build.
  await saveCache(options.cacheDir, cache).catch(() => undefined);
  return timeline;
}
