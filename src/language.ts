// Stage 3: which language each article and paragraph is written in.
// franc's trigram models confuse short Russian and Ukrainian with each other
// and with Belarusian and Bulgarian. Letters that only one of these languages
// uses settle most cases; eld (n-gram models that stay accurate on a line of
// text) settles most of the rest among the Cyrillic languages; function words
// and franc decide what is left. Latin-script text: eld for short pieces,
// franc (which knows far more languages) for long ones.
import { eld } from 'eld/medium';
import { franc, francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import type { CleanArticle, LanguageCode, LanguageGuess, LanguageTaggedArticle } from './model.ts';

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

// Words frequent in one language's running text and absent (as words) from the other.
const UKRAINIAN_WORDS = /(?<![\p{L}’'])(що|та|це|цей|ця|ці|від|він|вона|вони|але|або|його|її|буде|було|були|між|після|щодо|також|який|яка|які|коли|тому|лише|вже|ще|нам|ми|ви|сьогодні|заявив|заявила|зустріч\p{L}*|країн\p{L}*)(?![\p{L}’'])/giu;
const RUSSIAN_WORDS = /(?<![\p{L}’'])(и|что|как|это|этот|эта|эти|от|он|она|они|но|или|его|ее|будет|было|были|между|после|также|который|которая|которые|когда|поэтому|только|уже|еще|мы|вы|сегодня|заявил|заявила|встреч\p{L}*|стран\p{L}*)(?![\p{L}’'])/giu;

/** A guess for Cyrillic text: letter evidence first, then function words, then franc among close relatives. */
function detectCyrillic(text: string): LanguageGuess {
  const lower = text.toLowerCase();
  const ukrainianLetters = count(lower, /[іїєґ]/g);
  const russianLetters = count(lower, /[ыэъё]/g);
  const belarusian = count(lower, /ў/g);
  const southSlavic = count(lower, /[јљњђћџѓќѕ]/g);
  const turkic = count(lower, /[әғқңөұүһӣӯҳҷ]/g);

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
    if (count(lower, /[ыэё]/g) === 0 && count(lower, /ъ/g) > 0) return guessWithFranc(text, ['rus', 'bul'], 'letters+franc');
    return { language: 'ru', basis: 'letters' };
  }
  if (ukrainian >= russian + 2) return { language: 'uk', basis: 'letters' };
  const model = cyrillicEld.detect(text).language;
  if (model !== '') return { language: model, basis: 'eld' };
  return guessWithFranc(text, ['rus', 'ukr'], 'franc');
}

const cyrillicEld = eld.newInstance();
cyrillicEld.setLanguageSubset(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']);

/** Below this length franc's guesses on Latin-script text are often wrong; eld's are not. */
const SHORT_TEXT = 200;

function guessWithFranc(text: string, only: string[], basis: string): LanguageGuess {
  const [best] = francAll(text, { only, minLength: 1 });
  return { language: toIso6391(best?.[0] ?? 'und'), basis };
}

function toIso6391(code: string): LanguageCode {
  return iso6393To1[code] ?? 'und';
}

/** The language of a piece of text, as an ISO 639-1 code (`und` when it cannot be told). */
export function detectLanguage(text: string): LanguageGuess {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (cyrillic === 0 && latin === 0) {
    const code = franc(text, { minLength: 10 });
    return { language: toIso6391(code), basis: 'franc' };
  }
  if (cyrillic >= latin) return detectCyrillic(text);
  if (text.length < SHORT_TEXT) {
    const result = eld.detect(text);
    if (result.language !== '' && result.isReliable()) return { language: result.language, basis: 'eld' };
  }
  // Very short text that eld could not settle stays undetermined rather than guessed.
  const code = franc(text, { minLength: 10 });
  return { language: toIso6391(code), basis: 'franc' };
}

const letters = (text: string): number => count(text, /\p{L}/gu);
const isCyrillic = (text: string): boolean => count(text, /\p{Script=Cyrillic}/gu) >= count(text, /\p{Script=Latin}/gu);

/**
 * The language of one paragraph when it clearly differs from the article's: another
 * script with enough text for franc, or the same script with letters that settle it.
 */
export function paragraphLanguage(text: string, articleLanguage: LanguageCode): LanguageCode | null {
  if (letters(text) < 20) return null;
  const guess = detectLanguage(text);
  if (guess.language === articleLanguage || guess.language === 'und') return null;
  const sameScript = isCyrillic(text) === ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk'].includes(articleLanguage);
  if (!sameScript) return guess.language;
  return (guess.basis === 'letters' || guess.basis === 'eld') && letters(text) >= 40 ? guess.language : null;
}

export function tagLanguage(article: CleanArticle): LanguageTaggedArticle {
  const guess = article.meta.lang ? { language: article.meta.lang, basis: 'front-matter' } : detectLanguage(`${article.title}\n${article.text}`);
  const paragraphs = article.paragraphs.map((paragraph) => ({ ...paragraph, language: paragraphLanguage(paragraph.text, guess.language) }));
  return { ...article, paragraphs, language: guess.language, languageBasis: guess.basis };
}
