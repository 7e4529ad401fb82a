// Times each pipeline stage over a folder: where the pipeline spends its time.
import { cleanArticle } from '../src/clean.ts';
import { dateArticle } from '../src/dates.ts';
import { extractEntities } from '../src/entities.ts';
import { DEFAULT_MAX_BYTES, isRejection, listInputFiles, parseArticleFile } from '../src/ingest.ts';
import { loadLanguageModels, tagLanguage } from '../src/language.ts';
import type { CluedArticle } from '../src/model.ts';
import { clueArticle } from '../src/pipeline.ts';
import { buildTimeline } from '../src/timeline.ts';

const listing = listInputFiles(process.argv[2] ?? 'seeds', { maxBytes: DEFAULT_MAX_BYTES });
loadLanguageModels();
const totals = new Map<string, number>();
const time = <T>(stage: string, work: () => T): T => {
  const started = performance.now();
  const result = work();
  totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - started);
  return result;
};
const articles: CluedArticle[] = [];
for (const input of listing.files) {
  const raw = time('ingest', () => parseArticleFile(input));
  if (isRejection(raw)) continue;
  const cleaned = time('clean', () => cleanArticle(raw));
  const tagged = time('language', () => tagLanguage(cleaned));
  const dated = time('dates', () => dateArticle(tagged));
  const withEntities = time('entities', () => extractEntities(dated));
  articles.push(time('event clues, copy sketch', () => clueArticle(withEntities)));
}
time('timeline (events, copies, html)', () => buildTimeline(articles, [], []));
for (const [stage, ms] of totals) console.log(`${stage.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / articles.length).toFixed(3)} ms/article`);
