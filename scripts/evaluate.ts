// Scores the pipeline against a labelled corpus: a folder with `articles/` and a
// `gold.json` (file, language, published, event, people, mentioned_dates).
// Usage: npm run evaluate -- CORPUS_DIR
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import { listInputFiles } from '../src/ingest.ts';
import { detectLanguage } from '../src/language.ts';
import { runPipeline } from '../src/pipeline.ts';

interface GoldArticle {
  file: string;
  language: string;
  published: string | null;
  event: string | null;
  people: string[];
  mentioned_dates: Array<{ text: string; date: string }>;
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

function compareSets(found: ReadonlySet<string>, expected: ReadonlySet<string>, counts: Counts): { missing: string[]; extra: string[] } {
  const missing = [...expected].filter((item) => !found.has(item));
  const extra = [...found].filter((item) => !expected.has(item));
  counts.truePositives += found.size - extra.length;
  counts.falsePositives += extra.length;
  counts.falseNegatives += missing.length;
  return { missing, extra };
}

function scores(counts: Counts): string {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`;
}

function pairs(groups: ReadonlyMap<string, string | null>): Set<string> {
  const files = [...groups.keys()].sort();
  const result = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const a = groups.get(files[i] ?? '');
      const b = groups.get(files[j] ?? '');
      if (a && b && a === b) result.add(`${files[i]}|${files[j]}`);
    }
  }
  return result;
}

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
  const corpus = process.argv[2];
  if (!corpus) {
    console.error('usage: npm run evaluate -- CORPUS_DIR   (a folder with articles/ and gold.json)');
    process.exitCode = 2;
    return;
  }
  const gold = JSON.parse(await readFile(path.join(corpus, 'gold.json'), 'utf8')) as GoldArticle[];
  const listing = await listInputFiles(path.join(corpus, 'articles'), { maxBytes: 2 * 1024 * 1024 });
  const timeline = runPipeline(listing.files, listing.rejected);
  const byFile = new Map(timeline.articles.map((article) => [article.file, article]));
  const verbose = process.argv.includes('--verbose');

  let languageRight = 0;
  let publishedRight = 0;
  const people = emptyCounts();
  const dates = emptyCounts();
  const events = emptyCounts();
  for (const expected of gold) {
    const article = byFile.get(expected.file);
    if (!article) {
      console.log(`${expected.file}: not an article (${timeline.rejected.find((r) => r.file === expected.file)?.reason ?? 'missing'})`);
      continue;
    }
    if (article.language === expected.language) languageRight++;
    else console.log(`${expected.file}: language ${article.language}, gold ${expected.language}`);
    if (article.published === expected.published) publishedRight++;
    else console.log(`${expected.file}: published ${article.published}, gold ${expected.published}`);
    const peopleDiff = compareSets(new Set(article.people.map((p) => p.name)), new Set(expected.people), people);
    const dateDiff = compareSets(
      new Set(article.mentionedDates.map((d) => `${d.text} = ${d.date}`)),
      new Set(expected.mentioned_dates.map((d) => `${d.text} = ${d.date}`)),
      dates,
    );
    if (verbose) {
      for (const [kind, diff] of [['people', peopleDiff], ['dates', dateDiff]] as const) {
        if (diff.missing.length) console.log(`${expected.file}: ${kind} missing ${diff.missing.join('; ')}`);
        if (diff.extra.length) console.log(`${expected.file}: ${kind} extra ${diff.extra.join('; ')}`);
      }
    }
  }
  const goldEvents = new Map(gold.map((g) => [g.file, g.event]));
  const foundEvents = new Map(gold.map((g) => [g.file, byFile.get(g.file)?.event ?? null]));
  compareSets(pairs(foundEvents), pairs(goldEvents), events);

  // Short snippets: consecutive pieces of each article's cleaned text, cut at word boundaries.
  const snippetRows: string[] = [];
  for (const size of [60, 120]) {
    let total = 0;
    let ours = 0;
    let francAlone = 0;
    for (const expected of gold) {
      const text = byFile.get(expected.file)?.text ?? '';
      for (const snippet of snippets(text, size).slice(0, 12)) {
        total++;
        if (detectLanguage(snippet).language === expected.language) ours++;
        if ((iso6393To1[franc(snippet, { minLength: 1 })] ?? 'und') === expected.language) francAlone++;
      }
    }
    snippetRows.push(`${String(size).padStart(3)}-char snippets ${pct(ours, total)} (franc alone ${pct(francAlone, total)}, ${total} snippets)`);
  }

  const n = gold.length;
  console.log('');
  console.log(`articles          ${timeline.articles.length} of ${n} (${timeline.rejected.length} rejected)`);
  console.log(`language          ${languageRight}/${n} = ${((100 * languageRight) / n).toFixed(1)} %`);
  console.log(`publication date  ${publishedRight}/${n} = ${((100 * publishedRight) / n).toFixed(1)} %`);
  console.log(`mentioned dates   ${scores(dates)}`);
  console.log(`people            ${scores(people)}`);
  console.log(`event pairs       ${scores(events)}`);
  for (const row of snippetRows) console.log(row);
}

await main();
