// The same text on two sites, and one outlet's article in two languages.
// Copies: word 4-gram shingles, compared only between articles that share one
// of their smallest shingle hashes (a bottom-k sketch), so the work grows with
// the number of articles, not its square. Translations: articles of one event
// in different languages that state the same numbers and name the same people,
// from the same outlet when both name one.
import { isWordCodePoint, spansOf, type WordSpan } from './letters.ts';
import type { EntityArticle } from './model.ts';

const SHINGLE = 4;
const SKETCH = 6;
const COPY_SIMILARITY = 0.7;
const MAX_BUCKET = 64;

/** Hashes of every run of four words (lower case, joined by one space). */
export function shingles(text: string): Set<number> {
  const lower = text.toLowerCase();
  const words = spansOf(lower, isWordCodePoint);
  const result = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    // FNV-1a (a small 32-bit hash, the same on every machine and run) over the
    // words and the spaces between them, without building the string.
    let value = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE; w++) {
      const word = words[w] as WordSpan;
      if (w > i) value = Math.imul(value ^ 0x20, 0x01000193) >>> 0;
      for (let c = word.start; c < word.end; c++) value = Math.imul(value ^ lower.charCodeAt(c), 0x01000193) >>> 0;
    }
    result.add(value);
  }
  return result;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Entry {
  id: string;
  article: EntityArticle;
  event: string | null;
}

export interface Relations {
  copyOf: Map<string, string>;
  translations: Map<string, string[]>;
}

/** `entries` must be in timeline order; "earliest" is by publication date, then file. */
export function findRelations(entries: readonly Entry[]): Relations {
  const sets = entries.map((entry) => shingles(entry.article.text));
  const index = new Map<number, number[]>();
  sets.forEach((set, position) => {
    for (const value of [...set].sort((a, b) => a - b).slice(0, SKETCH)) index.set(value, [...(index.get(value) ?? []), position]);
  });
  const earliest = (a: Entry, b: Entry): Entry => {
    const ka = `${a.article.published ?? '9999'}|${a.article.file}`;
    const kb = `${b.article.published ?? '9999'}|${b.article.file}`;
    return ka <= kb ? a : b;
  };
  const copyOf = new Map<string, string>();
  const checked = new Set<string>();
  for (const positions of index.values()) {
    // A shingle shared by very many articles is boilerplate ("об этом сообщает …"), not a sign of copying.
    if (positions.length > MAX_BUCKET) continue;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const [p, q] = [positions[i] ?? 0, positions[j] ?? 0];
        const key = `${Math.min(p, q)}|${Math.max(p, q)}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const a = entries[p];
        const b = entries[q];
        if (!a || !b || a.article.language !== b.article.language) continue;
        if (jaccard(sets[p] ?? new Set(), sets[q] ?? new Set()) < COPY_SIMILARITY) continue;
        const first = earliest(a, b);
        const second = first === a ? b : a;
        const original = copyOf.get(first.id) ?? first.id;
        if (!copyOf.has(second.id)) copyOf.set(second.id, original);
      }
    }
  }

  const translations = new Map<string, string[]>();
  const byEvent = new Map<string, Entry[]>();
  for (const entry of entries) if (entry.event) byEvent.set(entry.event, [...(byEvent.get(entry.event) ?? []), entry]);
  const numbers = (text: string): Set<string> => new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);
  for (const members of byEvent.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i];
        const b = members[j];
        if (!a || !b || a.article.language === b.article.language) continue;
        const sourceA = a.article.meta.source ?? a.article.outlets[0]?.id;
        const sourceB = b.article.meta.source ?? b.article.outlets[0]?.id;
        if (sourceA && sourceB && sourceA !== sourceB) continue;
        const sameNumbers = jaccard(numbers(a.article.text), numbers(b.article.text));
        const samePeople = jaccard(new Set(a.article.people.map((p) => p.id)), new Set(b.article.people.map((p) => p.id)));
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
