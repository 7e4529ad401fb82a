// Stage 3: which language each article is written in.
// franc's trigram models confuse short Russian and Ukrainian with each other
// and with Belarusian and Bulgarian. Letters that only one of these languages
// uses settle most cases; frequent function words settle most of the rest; franc
// decides what is left, among the candidates the script allows.
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
  // which frequent function words outweigh.
  const ukrainian = ukrainianLetters + 2 * count(text, UKRAINIAN_WORDS);
  const russian = 2 * russianLetters + 2 * count(text, RUSSIAN_WORDS);
  if (russian > ukrainian) {
    // Bulgarian writes ъ but never ы or э.
    if (count(lower, /[ыэё]/g) === 0 && count(lower, /ъ/g) > 0) return guessWithFranc(text, ['rus', 'bul'], 'letters+franc');
    return { language: 'ru', basis: 'letters+words' };
  }
  if (ukrainian > russian) return { language: 'uk', basis: 'letters+words' };
  return guessWithFranc(text, ['rus', 'ukr'], 'franc');
}

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
  // Latin script: franc knows the languages; very short text stays undetermined rather than guessed.
  const code = franc(text, { minLength: 10 });
  return { language: toIso6391(code), basis: 'franc' };
}

export function tagLanguage(article: CleanArticle): LanguageTaggedArticle {
  if (article.meta.lang) return { ...article, language: article.meta.lang, languageBasis: 'front-matter' };
  const guess = detectLanguage(`${article.title}\n${article.text}`);
  return { ...article, language: guess.language, languageBasis: guess.basis };
}
