// Scores a timeline against hand-checked labels (the gold.json format): language
// and publication-date accuracy; precision, recall and F1 for people (matched on
// surname across transliterations), mentioned dates and event pairs.
import type { Timeline } from './model.ts';
import { transliterate } from './slug.ts';

export interface GoldArticle {
  file: string;
  language: string;
  published: string | null;
  /** How the label was found: date-prefix, text, url or unknown. */
  published_basis?: string;
  event: string | null;
  people: string[];
  mentioned_dates: Array<{ text: string; date: string }>;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  articles: number;
  found: number;
  language: { right: number; total: number };
  published: { right: number; total: number };
  /** Publication dates where the article itself states one (a date header or a timestamp in the text). */
  publishedStated: { right: number; total: number };
  people: Score;
  mentionedDates: Score;
  eventPairs: Score;
  /** One line per disagreement, for --verbose. */
  differences: string[];
}

/**
 * A surname reduced to its consonants, so that transliterations agree:
 * Witkoff/Vitkoff, Davitian/Davityan, Sybiha/Sibiga, Yermak/Ermak.
 */
export function surnameKey(name: string): string {
  const surname = (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
  return transliterate(surname)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/kh/g, 'h')
    .replace(/([zcs])h/g, '$1')
    .replace(/h/g, 'g')
    .replace(/w/g, 'v')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

function pairs(groups: ReadonlyMap<string, string | null>): Set<string> {
  const files = [...groups.keys()].sort();
  const result = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const a = groups.get(files[i] ?? '');
      if (a && a === groups.get(files[j] ?? '')) result.add(`${files[i]}|${files[j]}`);
    }
  }
  return result;
}

export function evaluate(timeline: Timeline, gold: readonly GoldArticle[]): Evaluation {
  const byFile = new Map(timeline.articles.map((article) => [article.file, article]));
  const differences: string[] = [];
  let languageRight = 0;
  let publishedRight = 0;
  let statedRight = 0;
  let statedTotal = 0;
  const people = [0, 0, 0];
  const dates = [0, 0, 0];
  const add = (counts: number[], tp: number, fp: number, fn: number): void => {
    counts[0] = (counts[0] ?? 0) + tp;
    counts[1] = (counts[1] ?? 0) + fp;
    counts[2] = (counts[2] ?? 0) + fn;
  };
  for (const expected of gold) {
    const article = byFile.get(expected.file);
    if (!article) {
      differences.push(`${expected.file}: not an article (${timeline.rejected.find((r) => r.file === expected.file)?.reason ?? 'missing'})`);
      add(people, 0, 0, expected.people.length);
      add(dates, 0, 0, expected.mentioned_dates.length);
      continue;
    }
    if (article.language === expected.language) languageRight++;
    else differences.push(`${expected.file}: language ${article.language}, gold ${expected.language}`);
    const stated = expected.published_basis === 'date-prefix' || expected.published_basis === 'text';
    if (stated) statedTotal++;
    if (article.published === expected.published) {
      publishedRight++;
      if (stated) statedRight++;
    } else differences.push(`${expected.file}: published ${article.published}, gold ${expected.published}`);

    const foundPeople = new Map(article.people.map((p) => [surnameKey(p.name), p.name]));
    const goldPeople = new Map(expected.people.map((name) => [surnameKey(name), name]));
    const peopleHits = [...goldPeople.keys()].filter((key) => foundPeople.has(key)).length;
    add(people, peopleHits, foundPeople.size - peopleHits, goldPeople.size - peopleHits);
    for (const [key, name] of goldPeople) if (!foundPeople.has(key)) differences.push(`${expected.file}: person missing ${name}`);
    for (const [key, name] of foundPeople) if (!goldPeople.has(key)) differences.push(`${expected.file}: person extra ${name}`);

    const found = new Set(article.mentionedDates.map((d) => `${d.text} = ${d.date}`));
    const wanted = new Set(expected.mentioned_dates.map((d) => `${d.text} = ${d.date}`));
    const dateHits = [...wanted].filter((item) => found.has(item)).length;
    add(dates, dateHits, found.size - dateHits, wanted.size - dateHits);
    for (const item of wanted) if (!found.has(item)) differences.push(`${expected.file}: date missing ${item}`);
    for (const item of found) if (!wanted.has(item)) differences.push(`${expected.file}: date extra ${item}`);
  }
  const goldPairs = pairs(new Map(gold.map((g) => [g.file, g.event])));
  const foundPairs = pairs(new Map(gold.map((g) => [g.file, byFile.get(g.file)?.event ?? null])));
  const pairHits = [...goldPairs].filter((pair) => foundPairs.has(pair)).length;
  for (const pair of goldPairs) if (!foundPairs.has(pair)) differences.push(`events: ${pair.replace('|', ' and ')} should share an event`);
  for (const pair of foundPairs) if (!goldPairs.has(pair)) differences.push(`events: ${pair.replace('|', ' and ')} should not share an event`);
  return {
    articles: gold.length,
    found: gold.filter((g) => byFile.has(g.file)).length,
    language: { right: languageRight, total: gold.length },
    published: { right: publishedRight, total: gold.length },
    publishedStated: { right: statedRight, total: statedTotal },
    people: score(people[0] ?? 0, people[1] ?? 0, people[2] ?? 0),
    mentionedDates: score(dates[0] ?? 0, dates[1] ?? 0, dates[2] ?? 0),
    eventPairs: score(pairHits, foundPairs.size - pairHits, goldPairs.size - pairHits),
    differences,
  };
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
const row = (s: Score): string => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;

export function formatEvaluation(result: Evaluation): string {
  return [
    `articles          ${result.found} of ${result.articles}`,
    `language          ${result.language.right}/${result.language.total} = ${percent(result.language.right, result.language.total)}`,
    `publication date  ${result.published.right}/${result.published.total} = ${percent(result.published.right, result.published.total)}; where the article states it: ${result.publishedStated.right}/${result.publishedStated.total} = ${percent(result.publishedStated.right, result.publishedStated.total)}`,
    `people            ${row(result.people)}`,
    `mentioned dates   ${row(result.mentionedDates)}`,
    `event pairs       ${row(result.eventPairs)}`,
  ].join('\n');
}
