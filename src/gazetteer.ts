// Finding names from a list of stems. Russian and Ukrainian decline names, so a
// form is a stem that may take a case ending; the longest match wins where two
// names overlap ("Брижит Макрон" over "Макрон").
import { wordStarts } from './letters.ts';
import type { Span } from './model.ts';

export interface GazetteerEntry {
  id: string;
  /** Canonical English name. */
  name: string;
  /** Stems as written in Russian, Ukrainian and English. Case-sensitive. */
  forms: string[];
  /** For places: city, venue, country or region. */
  kind?: string;
  /** For bodies that sit in one place, such as parliaments: the id of its city among the places. */
  seat?: string;
  /** Stems of words that, coming next, make the form something else: "Тихий" before "океан" is the ocean, not Heorhii Tykhyi. */
  notBefore?: string[];
}

export interface CompiledEntry {
  entry: GazetteerEntry;
  /** Sticky: tried only at word starts whose first letters begin one of the forms. */
  pattern: RegExp;
  prefixes: number[];
  /** The third UTF-16 units of its forms; null when a form is shorter than three. Most words that share a form's first two letters differ at the third. */
  thirds: Set<number> | null;
}

export interface CompiledGazetteer {
  entries: CompiledEntry[];
  /** Entries by the first two characters of each form: a word is tried only against the few it could begin. */
  byPrefix: Map<number, CompiledEntry[]>;
  /** 1 at the UTF-16 units that begin some form: most words are turned down without a map lookup. */
  firstUnits: Uint8Array;
  /** The last few texts searched and their matches: stages look up the same text in turn. */
  recent: Map<string, readonly Match[]>;
}

export interface Match extends Span {
  entry: GazetteerEntry;
  text: string;
}

// Case endings of names are made of these letters (Зеленск-ого, Макрон-ом, Мерц-у,
// Сибіг-и, Франци-ей); English adds y/i/e/s (Zelensk-yy). "Тусклый" is not Туск-.
const ENDING = '[аяуюоеёыиіїйьмхвгєaeiouys]{0,3}';

// Apostrophes are written four ways (' ’ ʼ `); a form with any of them matches all.
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’ʼ`]/g, "['’ʼ`]");

/** The first two UTF-16 units at `start`, as one number: a map key that needs no substring. */
const prefixKey = (text: string, start: number): number => text.charCodeAt(start) * 0x10000 + (text.charCodeAt(start + 1) || 0);

/** A form ending in "=" matches exactly, without case endings (for abbreviations such as "ЕС="). */
export function compileGazetteer(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  const compiled = entries.map((entry): CompiledEntry => {
    // A common-noun phrase ("коаліція охочих") also starts sentences and headlines with a capital.
    const capitalised = entry.forms.filter((form) => /^\p{Ll}/u.test(form)).map((form) => form.charAt(0).toUpperCase() + form.slice(1));
    const forms = [...new Set([...entry.forms, ...capitalised])].sort((a, b) => b.length - a.length);
    const alternatives = forms.map((form) => {
      if (form.endsWith('=')) return escape(form.slice(0, -1));
      // Each part of a hyphenated name declines: "Косиняком-Камышом".
      return form
        .split(/\s+/)
        .map((word) => word.split('-').map((part) => `${escape(part)}${ENDING}`).join('-'))
        .join('[\\s\\u00a0]+');
    });
    const prefixes = [...new Set(forms.map((form) => prefixKey(form, 0)))];
    const bare = forms.map((form) => form.replace(/=$/, ''));
    // An apostrophe matches all four ways of writing it.
    // A first word shorter than three letters may take an ending there ("Си" of "Си Цзиньпин"): no filter then.
    const thirds = bare.some((form) => (form.split(/[\s-]/)[0] ?? '').length < 3) ? null : new Set(bare.flatMap((form) => (/['’ʼ`]/.test(form.charAt(2)) ? [..."'’ʼ`"] : [form.charAt(2)]).map((unit) => unit.charCodeAt(0))));
    const notBefore = entry.notBefore?.length ? `(?![\\s\\u00a0]+(?:${entry.notBefore.map(escape).join('|')}))` : '';
    return { entry, prefixes, thirds, pattern: new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])${notBefore}`, 'uy') };
  });
  const byPrefix = new Map<number, CompiledEntry[]>();
  const firstUnits = new Uint8Array(0x10000);
  for (const item of compiled) {
    for (const prefix of item.prefixes) {
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), item]);
      firstUnits[Math.floor(prefix / 0x10000)] = 1;
    }
  }
  return { entries: compiled, byPrefix, firstUnits, recent: new Map() };
}

const RECENT = 16;

/** Every match in `text`; overlapping matches resolved in favour of the longer. */
export function findMatches(text: string, compiled: CompiledGazetteer): readonly Match[] {
  const known = compiled.recent.get(text);
  if (known) return known;
  const candidates: Match[] = [];
  const { firstUnits } = compiled;
  for (const start of wordStarts(text)) {
    if (firstUnits[text.charCodeAt(start)] === 0) continue;
    const entries = compiled.byPrefix.get(prefixKey(text, start));
    if (!entries) continue;
    const third = text.charCodeAt(start + 2);
    for (const { entry, pattern, thirds } of entries) {
      if (thirds !== null && !thirds.has(third)) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match) candidates.push({ entry, text: match[0], start, end: start + match[0].length });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  for (const candidate of candidates) {
    if (taken.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  // An article's text, headline and credit lines fit; the next article starts afresh.
  if (compiled.recent.size >= RECENT) compiled.recent.clear();
  compiled.recent.set(text, taken);
  return taken;
}
