// npm run evaluate -- --input DIR --gold FILE [--verbose]
// Runs the pipeline over DIR and scores it against FILE (gold.json format).
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import { evaluate, formatEvaluation, type GoldArticle } from '../src/evaluate.ts';
import { DEFAULT_MAX_BYTES } from '../src/ingest.ts';
import { detectLanguage } from '../src/language.ts';
import { buildDay, loadTimeline } from '../src/pipeline.ts';

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

/** Pieces of about `size` characters, each cut at a word boundary. */
function snippets(text: string, size: number): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const result: string[] = [];
  let start = 0;
  while (start + size <= flat.length) {
    let end = flat.lastIndexOf(' ', start + size);
    if (end <= start) end = start + size;
    result.push(flat.slice(start, end).trim());
    start = end + 1;
  }
  return result;
}

async function main(): Promise<void> {
  const usage = 'usage: npm run evaluate -- --input DIR --gold FILE [--verbose]';
  let values: { input?: string; gold?: string; verbose?: boolean };
  try {
    ({ values } = parseArgs({ options: { input: { type: 'string' }, gold: { type: 'string' }, verbose: { type: 'boolean', default: false } } }));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (!values.input || !values.gold) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  let gold: GoldArticle[];
  try {
    gold = JSON.parse(await readFile(values.gold, 'utf8')) as GoldArticle[];
  } catch (error) {
    console.error(`error: cannot read gold file ${values.gold}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  if (!Array.isArray(gold)) {
    console.error(`error: gold file ${values.gold} must hold a JSON array of labelled articles`);
    process.exitCode = 2;
    return;
  }
  if (!(await stat(values.input).then((info) => info.isDirectory(), () => false))) {
    console.error(`error: input folder ${values.input} does not exist or is not a folder`);
    process.exitCode = 2;
    return;
  }
  const timeline = await loadTimeline(values.input, { maxBytes: DEFAULT_MAX_BYTES, today: buildDay() });
  const result = evaluate(timeline, gold);
  if (values.verbose) for (const line of result.differences) console.log(line);
  console.log(formatEvaluation(result));

  // Short snippets of each article's cleaned text: the language detector against franc alone.
  for (const size of [60, 120]) {
    let total = 0;
    let ours = 0;
    let francAlone = 0;
    for (const expected of gold) {
      const text = timeline.articles.find((a) => a.file === expected.file)?.text ?? '';
      for (const snippet of snippets(text, size).slice(0, 12)) {
        total++;
        if (detectLanguage(snippet).language === expected.language) ours++;
        if ((iso6393To1[franc(snippet, { minLength: 1 })] ?? 'und') === expected.language) francAlone++;
      }
    }
    console.log(`${String(size).padStart(3)}-char snippets ${pct(ours, total)} (franc alone ${pct(francAlone, total)}, ${total} snippets)`);
  }
}

await main();
