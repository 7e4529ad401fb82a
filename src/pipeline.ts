// The chain of stages, from files to timeline. `runPipeline` is pure over its
// inputs; `loadTimeline` adds the one read of the input folder.
import { cleanArticle } from './clean.ts';
import { dateArticle } from './dates.ts';
import { extractEntities } from './entities.ts';
import { DEFAULT_MAX_BYTES, type InputFile, isRejection, listInputFiles, parseArticleFile } from './ingest.ts';
import { tagLanguage } from './language.ts';
import type { EntityArticle, Rejection, Timeline, Warning } from './model.ts';
import { buildTimeline } from './timeline.ts';

export interface PipelineOptions {
  maxBytes: number;
}

export function runPipeline(files: readonly InputFile[], rejectedBefore: readonly Rejection[] = []): Timeline {
  const rejected: Rejection[] = [...rejectedBefore];
  const warnings: Warning[] = [];
  const articles: EntityArticle[] = [];
  for (const input of files) {
    const raw = parseArticleFile(input);
    if (isRejection(raw)) {
      rejected.push(raw);
      continue;
    }
    const cleaned = cleanArticle(raw);
    if (cleaned.text.trim() === '' && cleaned.paragraphs.length === 0) {
      rejected.push({ file: raw.file, reason: 'nothing left after removing site chrome' });
      continue;
    }
    const article = extractEntities(dateArticle(tagLanguage(cleaned)));
    warnings.push(...article.warnings);
    articles.push(article);
  }
  return buildTimeline(articles, rejected, warnings);
}

export async function loadTimeline(inputDir: string, options: PipelineOptions = { maxBytes: DEFAULT_MAX_BYTES }): Promise<Timeline> {
  const listing = await listInputFiles(inputDir, options);
  return runPipeline(listing.files, listing.rejected);
}
