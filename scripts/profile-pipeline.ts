// Runs the pipeline over a folder once, for `node --cpu-prof`.
import { DEFAULT_MAX_BYTES, listInputFiles } from '../src/ingest.ts';
import { loadLanguageModels } from '../src/language.ts';
import { runPipeline } from '../src/pipeline.ts';

const listing = listInputFiles(process.argv[2] ?? 'seeds', { maxBytes: DEFAULT_MAX_BYTES });
loadLanguageModels();
const started = performance.now();
const timeline = runPipeline(listing.files, listing.rejected, '2026-01-01');
const ms = performance.now() - started;
console.log(`${timeline.articles.length} articles in ${ms.toFixed(0)} ms: ${(ms / Math.max(1, timeline.articles.length)).toFixed(2)} ms per article`);
