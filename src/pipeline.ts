// The chain of stages, from files to timeline. `runPipeline` is pure over its
// inputs; `loadTimeline` adds the one read of the input folder.
import { cleanArticle } from './clean.ts';
import { dateArticle, publicationDateWarning } from './dates.ts';
import { extractEntities } from './entities.ts';
import { DEFAULT_MAX_BYTES, type InputFile, isRejection, listInputFiles, parseArticleFile } from './ingest.ts';
import { tagLanguage } from './language.ts';
import type { EntityArticle, IsoDate, Rejection, Timeline, Warning } from './model.ts';
import { buildTimeline } from './timeline.ts';

export interface PipelineOptions {
  maxBytes: number;
  /** The UTC calendar day of the build, for the "date in the future" warning. */
  today: IsoDate;
}

/** Today as a UTC calendar day, or the day of SOURCE_DATE_EPOCH when it is set (reproducible builds). */
export function buildDay(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  const millis = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(millis).toISOString().slice(0, 10);
}

function processFile(input: InputFile, today: IsoDate, warnings: Warning[]): EntityArticle | Rejection {
  const raw = parseArticleFile(input);
  if (isRejection(raw)) return raw;
  const cleaned = cleanArticle(raw);
  if (cleaned.text.trim() === '' && cleaned.paragraphs.length === 0) return { file: raw.file, reason: 'nothing left after removing site chrome' };
  const article = extractEntities(dateArticle(tagLanguage(cleaned)));
  warnings.push(...article.warnings);
  const dateWarning = article.published ? publicationDateWarning(article.published, today) : null;
  if (dateWarning) warnings.push({ file: article.file, message: dateWarning });
  return article;
}

export function runPipeline(files: readonly InputFile[], rejectedBefore: readonly Rejection[] = [], today: IsoDate = buildDay()): Timeline {
  const rejected: Rejection[] = [...rejectedBefore];
  const warnings: Warning[] = [];
  const articles: EntityArticle[] = [];
  for (const input of files) {
    try {
      const article = processFile(input, today, warnings);
      if ('reason' in article) rejected.push(article);
      else articles.push(article);
    } catch (error) {
      // A bug in a stage must not take the other articles down with it.
      rejected.push({ file: input.file, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return buildTimeline(articles, rejected, warnings);
}

export async function loadTimeline(inputDir: string, options: PipelineOptions = { maxBytes: DEFAULT_MAX_BYTES, today: buildDay() }): Promise<Timeline> {
  const listing = await listInputFiles(inputDir, options);
  return runPipeline(listing.files, listing.rejected, options.today);
}
