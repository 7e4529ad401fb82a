// The same text on two sites, and one outlet's article in two languages.
// Copies: word 4-gram shingles, compared only between articles that share one
// of their smallest shingle hashes (a bottom-k sketch, made once per article
// and cached with it), so the work grows with the number of articles, not its
// square. Translations: articles of one event in different languages that
// state the same numbers and name the same people, from the same outlet when
// both name one.
import { isWordCodePoint, lowerCaseUnit } from './letters.ts';
import type { CluedArticle } from './model.ts';

const SHINGLE = 4;
const SKETCH = 6;
const COPY_SIMILARITY = 0.7;
const MAX_BUCKET = 64;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A hash of each word (a run of letters and digits, in lower case), in text order. */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let value = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const code = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCodePoint(code)) {
      if (!inWord) value = FNV_OFFSET;
      inWord = true;
      // FNV-1a: small, and the same on every machine and run.
      value = Math.imul(value ^ lowerCaseUnit(unit), FNV_PRIME) >>> 0;
      if (width === 2) value = Math.imul(value ^ text.charCodeAt(i + 1), FNV_PRIME) >>> 0;
    } else if (inWord) {
      hashes.push(value);
      inWord = false;
    }
    i += width;
  }
  if (inWord) hashes.push(value);
  return hashes;
}

/** Hashes of every run of four words, in text order, repeats included: each word is hashed once, and four word hashes make a shingle's. */
function shingleHashes(text: string): Uint32Array {
  const words = wordHashes(text);
  const result = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < result.length; i++) {
    let value = FNV_OFFSET;
    for (let w = i; w < i + SHINGLE; w++) value = Math.imul(value ^ (words[w] ?? 0), FNV_PRIME);
    // Murmur3's finaliser spreads every input bit over the result, so the smallest values are a fair sample.
    value ^= value >>> 16;
    value = Math.imul(value, 0x85ebca6b);
    value ^= value >>> 13;
    value = Math.imul(value, 0xc2b2ae35);
    value ^= value >>> 16;
    result[i] = value >>> 0;
  }
  return result;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The distinct values, in ascending order. */
function sortedDistinct(values: Uint32Array): Uint32Array {
  const sorted = values.slice().sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] as number;
  }
  return sorted.subarray(0, kept);
}

/** jaccard() for two sorted arrays of distinct values. */
function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** An article's sketch: the few shingle hashes that decide which other articles it is compared with. */
export function copySketch(text: string): number[] {
  return smallestDistinct(shingleHashes(text), SKETCH);
}

/** The `count` smallest distinct values, in ascending order (a bottom-k sketch), without sorting them all. */
function smallestDistinct(values: Uint32Array, count: number): number[] {
  const kept: number[] = [];
  for (const value of values) {
    if (kept.length === count && value >= (kept[count - 1] ?? 0)) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1] ?? 0) > value) at--;
    if (kept[at - 1] === value) continue;
    kept.splice(at, 0, value);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

export interface Entry {
  id: string;
  article: CluedArticle;
  event: string | null;
}

export interface Relations {
  copyOf: Map<string, string>;
  translations: Map<string, string[]>;
}

/** `entries` must be in timeline order; "earliest" is by publication date, then file. */
export function findRelations(entries: readonly Entry[]): Relations {
  const index = new Map<number, number[]>();
  entries.forEach((entry, position) => {
    for (const value of entry.article.copySketch) {
      const bucket = index.get(value);
      if (bucket) bucket.push(position);
      else index.set(value, [position]);
    }
  });
  // Whole shingle sets only for the articles that share a sketch value with another,
  // as sorted arrays of distinct hashes: cheaper to build and to intersect than Sets.
  const sets = new Map<number, Uint32Array>();
  const setOf = (position: number): Uint32Array => {
    let set = sets.get(position);
    if (!set) sets.set(position, (set = sortedDistinct(shingleHashes(entries[position]?.article.text ?? ''))));
    return set;
  };
  const earliest = (a: Entry, b: Entry): Entry => {
    const ka = `${a.article.published ?? '9999'}|${a.article.file}`;
    const kb = `${b.article.published ?? '9999'}|${b.article.file}`;
    return ka <= kb ? a : b;
  };
  const copyOf = new Map<string, string>();
  const checked = new Set<number>();
  for (const positions of index.values()) {
    // A shingle shared by very many articles is boilerplate ("об этом сообщает …"), not a sign of copying.
    if (positions.length > MAX_BUCKET) continue;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const [p, q] = [positions[i] ?? 0, positions[j] ?? 0];
        const key = Math.min(p, q) * entries.length + Math.max(p, q);
        if (checked.has(key)) continue;
        checked.add(key);
        const a = entries[p];
        const b = entries[q];
        if (!a || !b || a.article.language !== b.article.language) continue;
        if (sortedJaccard(setOf(p), setOf(q)) < COPY_SIMILARITY) continue;
        const first = earliest(a, b);
        const second = first === a ? b : a;
        const original = copyOf.get(first.id) ?? first.id;
        if (!copyOf.has(second.id)) copyOf.set(second.id, original);
      }
    }
  }

  const translations = new Map<string, string[]>();
  const byEvent = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (!entry.event) continue;
    const members = byEvent.get(entry.event);
    if (members) members.push(entry);
    else byEvent.set(entry.event, [entry]);
  }
  // Each article's figures and people, worked out once: an event with many articles compares each with every other.
  const figures = new Map<Entry, { numbers: Set<string>; people: Set<string> }>();
  const figuresOf = (entry: Entry): { numbers: Set<string>; people: Set<string> } => {
    let found = figures.get(entry);
    if (!found) {
      found = { numbers: new Set(entry.article.text.match(/\d+(?:[.,]\d+)?/g) ?? []), people: new Set(entry.article.people.map((p) => p.id)) };
      figures.set(entry, found);
    }
    return found;
  };
  for (const members of byEvent.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (!a || !b || a.article.language === b.article.language) continue;
        const sourceA = a.article.meta.source ?? a.article.outlets[0]?.id;
        const sourceB = b.article.meta.source ?? b.article.outlets[0]?.id;
        if (sourceA && sourceB && sourceA !== sourceB) continue;
        const sameNumbers = jaccard(figuresOf(a).numbers, figuresOf(b).numbers);
        const samePeople = jaccard(figuresOf(a).people, figuresOf(b).people);
        const lengthRatio = Math.min(a.article.text.length, b.article.text.length) / Math.max(a.article.text.length, b.article.text.length);
        // One named outlet on both sides vouches for the pair; otherwise the people must match as well as the numbers.
        const sameOutlet = sourceA !== undefined && sourceA === sourceB;
        if (sameNumbers >= 0.6 && lengthRatio >= 0.6 && (sameOutlet || samePeople >= 0.6)) {
          translations.set(a.id, [...(translations.get(a.id) ?? []), b.id]);
          translations.set(b.id, [...(translations.get(b.id) ?? []), a.id]);
        }
      }
    }
  }
  return { copyOf, translations };
}
