// Stage 3: which language each article and paragraph is written in.
// franc's trigram models confuse short Russian and Ukrainian with each other
// and with Belarusian and Bulgarian. Letters that only one of these languages
// uses settle most cases; eld (n-gram models that stay accurate on a line of
// text) settles most of the rest among the Cyrillic languages; franc decides
// what is left. Latin-script text: eld for short pieces,
// franc (which knows far more languages) for long ones.
// eld's smallest model: it loads in a quarter of the medium one's time, and
// it gave the same answers on 60-character pieces of real ru/uk news without
// the telling letters (56 of 57 each) and on short lines in seven other
// languages.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import type { CleanArticle, LanguageCode, LanguageGuess, LanguageTaggedArticle } from './model.ts';
import { extend } from './extend.ts';

/** A guess for Cyrillic text: letter evidence first, then eld, then franc among close relatives. */
function detectCyrillic(text: string, counts: LetterCounts): LanguageGuess {
  const { ukrainianLetters, russianLetters, belarusian, southSlavic, turkic } = counts;

  if (southSlavic > 0) return guessWithFranc(text, ['srp', 'mkd', 'bos'], 'letters+franc');
  if (turkic > 0) return guessWithFranc(text, ['kaz', 'kir', 'tat', 'bak', 'tgk', 'uzb'], 'letters+franc');
  if (belarusian > 0 && belarusian * 10 >= ukrainianLetters + russianLetters) return { language: 'be', basis: 'letters' };

  // Ukrainian has і on almost every line; Russian has ы less often, so its letters
  // weigh double. A quoted name from the other language adds a letter or two,
  // so letters decide alone only with a clear margin.
  const ukrainian = ukrainianLetters;
  const russian = 2 * russianLetters;
  if (russian >= ukrainian + 2) {
    // Bulgarian writes ъ but never ы or э.
    if (russianLetters === counts.hardSigns && counts.hardSigns > 0) return guessWithFranc(text, ['rus', 'bul'], 'letters+franc');
    return { language: 'ru', basis: 'letters' };
  }
  if (ukrainian >= russian + 2) return { language: 'uk', basis: 'letters' };
  const model = eldModels().cyrillic.detect(text).language;
  if (model !== '') return { language: model, basis: 'eld' };
  return guessWithFranc(text, ['rus', 'ukr'], 'franc');
}

const CYRILLIC_LANGUAGES: readonly LanguageCode[] = ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk'];

type Eld = (typeof import('eld/extrasmall'))['eld'];
let models: { all: Eld; cyrillic: Eld } | null = null;

/**
 * eld, loaded the first time a text needs it. Its model is a megabyte of
 * JavaScript that takes about half a second to load, and the letters alone
 * settle every paragraph of most Russian and Ukrainian articles: a rebuild
 * after such an article changed never loads it. A synchronous load keeps the
 * stage a plain function; eld's package exports it for `import` only, so it
 * is required by its resolved file.
 */
function eldModels(): { all: Eld; cyrillic: Eld } {
  if (models === null) {
    const { eld } = createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('eld/extrasmall'))) as typeof import('eld/extrasmall');
    const cyrillic = eld.newInstance();
    cyrillic.setLanguageSubset([...CYRILLIC_LANGUAGES]);
    models = { all: eld, cyrillic };
  }
  return models;
}

/** Loads eld now instead of at the first text that needs it: timings of the stages then leave its loading out, as they leave out the other modules'. */
export function loadLanguageModels(): void {
  eldModels();
}

/** Below this length franc's guesses on Latin-script text are often wrong; eld's are not. */
const SHORT_TEXT = 200;

function guessWithFranc(text: string, only: string[], basis: string): LanguageGuess {
  const [best] = francAll(text, { only, minLength: 1 });
  return { language: toIso6391(best?.[0] ?? 'und'), basis };
}

/**
 * franc's best guess among the languages that have a two-letter code: on a paragraph of English news it often
 * ranks Scots first, which has none, and the article would be left undetermined.
 */
function francWithCode(text: string): LanguageCode {
  for (const [code] of francAll(text, { minLength: 10 })) {
    if (code === 'und') return 'und';
    const language = iso6393To1[code];
    if (language !== undefined) return language;
  }
  return 'und';
}

function toIso6391(code: string): LanguageCode {
  return iso6393To1[code] ?? 'und';
}

/** The language of a piece of text, as an ISO 639-1 code (`und` when it cannot be told). */
export function detectLanguage(text: string, counts: LetterCounts = letterCounts(text)): LanguageGuess {
  const { cyrillic, latin } = counts;
  if (cyrillic === 0 && latin === 0) return { language: francWithCode(text), basis: 'franc' };
  if (cyrillic >= latin) return detectCyrillic(text, counts);
  if (text.length < SHORT_TEXT) {
    const result = eldModels().all.detect(text);
    if (result.language !== '' && result.isReliable()) return { language: result.language, basis: 'eld' };
  }
  // Very short text that eld could not settle stays undetermined rather than guessed.
  return { language: francWithCode(text), basis: 'franc' };
}

export interface LetterCounts {
  letters: number;
  cyrillic: number;
  latin: number;
  /** і ї є ґ, either case. */
  ukrainianLetters: number;
  /** ы э ъ ё, either case. */
  russianLetters: number;
  /** ъ alone, either case. */
  hardSigns: number;
  /** ў */
  belarusian: number;
  /** ј љ њ ђ ћ џ ѓ ќ ѕ */
  southSlavic: number;
  /** ә ғ қ ң ө ұ ү һ ӣ ӯ ҳ ҷ */
  turkic: number;
}

const LETTER = /^\p{L}$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;

// The letters that tell the Cyrillic languages apart, by code point from U+0400, both cases.
const UKRAINIAN = 1;
const RUSSIAN = 2;
const HARD_SIGN = 3;
const BELARUSIAN = 4;
const SOUTH_SLAVIC = 5;
const TURKIC = 6;
const EVIDENCE = new Uint8Array(0x130);
const mark = (letters: string, kind: number): void => {
  for (const letter of letters + letters.toUpperCase()) EVIDENCE[(letter.codePointAt(0) ?? 0) - 0x400] = kind;
};
mark('іїєґ', UKRAINIAN);
mark('ыэё', RUSSIAN);
mark('ъ', HARD_SIGN);
mark('ў', BELARUSIAN);
mark('јљњђћџѓќѕ', SOUTH_SLAVIC);
mark('әғқңөұүһӣӯҳҷ', TURKIC);

/**
 * Letters (\p{L}), characters of the Cyrillic and Latin scripts and the letters
 * that tell Cyrillic languages apart, counted in one pass; ASCII and the
 * Cyrillic block are classified without a regular expression.
 */
export function letterCounts(text: string): LetterCounts {
  let letters = 0;
  let cyrillic = 0;
  let latin = 0;
  // Counts of the telling letters, indexed by their kind in EVIDENCE (0: none).
  const evidence = new Int32Array(TURKIC + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
    } else if (code >= 0x400 && code <= 0x52f) {
      // U+0482–U+0489 are a sign and combining marks; U+0485–U+0486 belong to no one script.
      if (code < 0x482 || code > 0x489) letters++;
      if (code !== 0x485 && code !== 0x486) cyrillic++;
      const kind = EVIDENCE[code - 0x400] ?? 0;
      evidence[kind] = (evidence[kind] ?? 0) + 1;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) ?? code);
      if (char.length === 2) i++;
      if (LETTER.test(char)) letters++;
      if (CYRILLIC.test(char)) cyrillic++;
      else if (LATIN.test(char)) latin++;
    }
  }
  const hardSigns = evidence[HARD_SIGN] ?? 0;
  return {
    letters,
    cyrillic,
    latin,
    ukrainianLetters: evidence[UKRAINIAN] ?? 0,
    russianLetters: (evidence[RUSSIAN] ?? 0) + hardSigns,
    hardSigns,
    belarusian: evidence[BELARUSIAN] ?? 0,
    southSlavic: evidence[SOUTH_SLAVIC] ?? 0,
    turkic: evidence[TURKIC] ?? 0,
  };
}

/** The counts of several texts together: letterCounts() of their concatenation with separators that hold no letters. */
function addedCounts(all: readonly LetterCounts[]): LetterCounts {
  const total: LetterCounts = { letters: 0, cyrillic: 0, latin: 0, ukrainianLetters: 0, russianLetters: 0, hardSigns: 0, belarusian: 0, southSlavic: 0, turkic: 0 };
  for (const counts of all) for (const key of Object.keys(total) as Array<keyof LetterCounts>) total[key] += counts[key];
  return total;
}

/**
 * The language of one paragraph when it clearly differs from the article's: another
 * script with enough text for franc, or the same script with letters that settle it.
 */
export function paragraphLanguage(text: string, articleLanguage: LanguageCode, counts: LetterCounts = letterCounts(text)): LanguageCode | null {
  if (counts.letters < 20) return null;
  const sameScript = counts.cyrillic >= counts.latin === CYRILLIC_LANGUAGES.includes(articleLanguage);
  // In the article's script, a paragraph this short keeps the article's language whatever a guess says: no guess is made.
  if (sameScript && counts.letters < 40) return null;
  const guess = detectLanguage(text, counts);
  if (guess.language === articleLanguage || guess.language === 'und') return null;
  if (!sameScript) return guess.language;
  return guess.basis === 'letters' || guess.basis === 'eld' ? guess.language : null;
}

export function tagLanguage(article: CleanArticle): LanguageTaggedArticle {
  // Letters are counted once a paragraph; the article's text is its paragraphs, so its counts are their sum.
  const counts = article.paragraphs.map((paragraph) => letterCounts(paragraph.text));
  const guess = article.meta.lang
    ? { language: article.meta.lang, basis: 'front-matter' }
    : detectLanguage(`${article.title}\n${article.text}`, addedCounts([letterCounts(article.title), ...counts]));
  const paragraphs = article.paragraphs.map((paragraph, index) => ({ ...paragraph, language: paragraphLanguage(paragraph.text, guess.language, counts[index]) }));
  return extend(article, { paragraphs, language: guess.language, languageBasis: guess.basis });
}
