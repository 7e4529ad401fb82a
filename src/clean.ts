// Stage 2: from a scraped body to clean paragraphs and a title.
// Every removal is recorded with the rule that made it, so an editor can see
// what the build threw away and why.
import { withoutDateline } from './dateline.ts';
import { isWordCodePoint, lowerCaseUnit } from './letters.ts';
import { markdownLibraries } from './markdown.ts';
import { INTERVIEWER_LINE, isSignedFirstName, matchFirstName } from './names.ts';
import { isTimestampLine, TIME } from './timestamps.ts';
import type { Nodes as MdastNode } from 'mdast';
import type { CleanArticle, Paragraph, RawArticle, Removal, Span } from './model.ts';
import { extend } from './extend.ts';

interface Block {
  text: string;
  markdown: string | null;
}

/** A rule that removes a whole block (a line of site chrome). */
interface ChromeRule {
  name: string;
  test: (text: string) => boolean;
}

const SOCIAL = /(telegram|телеграм|viber|вайбер|whatsapp|facebook|фейсбук|youtube|ютуб|instagram|tiktok|соцсет|соцмереж|социальных сетях|соціальних мережах|google news|t\.me\/|@[a-z0-9_]{3,})/i;
// Two or more places to share a story to, and nothing else.
const SHARE_TARGETS =
  /^(?:(?:facebook|fb|twitter|x|telegram|viber|whatsapp|linkedin|vk|вконтакте|одноклассники|pinterest|reddit|messenger|threads|bluesky|email|e-mail)(?:[\s,|•·/]+|$)){2,}$/iu;
// "👉 Підписуйтесь на наш канал": a call to subscribe is a promo whichever platform it names, or none.
// Not inside quotation marks: «Подпишитесь под декларацией», — a quoted call is news.
const SUBSCRIBE_CALL = /^[^\p{L}\p{N}«"„“]*(подписывайтесь|подпишитесь|подписаться|підписуйтесь|підпишіться|підписатися|subscribe|follow us)(?!\p{L})/iu;
// Calls and possessives only: news that someone "подписал" a declaration or "присоединился" to the coalition, "написал
// в Telegram-канале", is no promo.
const PROMO_VERB =
  /(подписывайтесь|подпишитесь|подписаться|подписк|підписуйтесь|підпишіться|підписатися|підписк|читайте|читати|слідкуйте|стежте|следите|присоединяйтесь|приєднуйтесь|переходите|переходьте|у нас в|у нас у|наш(?:ем|ему|ей|ой|ій|ому|ого|а|у)?\s+(?:канал|telegram|телеграм|viber|вайбер|сторінц|страниц|групп|груп|youtube|ютуб|instagram|facebook|фейсбук|tiktok)|только проверенн|тільки перевірен|тільки актуальн|только актуальн)/i;

// The word before a picture's credit: "Фото: … / AFP", "Ілюстрація: …".
const PICTURE_CREDIT = '(?:фото|photo|foto|ілюстрація|иллюстрация)';
const PHOTO_CREDIT_LINE = new RegExp(`^\\(?${PICTURE_CREDIT}\\s*:?\\s*[^/]{2,60}\\/\\s*[^/]{2,40}\\)?$`, 'iu');

// An outlet asking its readers for money. Some phrases say so alone; "support us" or «підтримайте нас» only beside a
// word of money or journalism, since a minister may well ask partners to «поддержать нас». A case-sensitive look for
// a part of those words comes first: the full patterns would read every short block.
const SUPPORT_HINT = /orking hard|ecome a|ndependent journalism|our work|our journalism|our reporting|atreon|uymeacoffee|атроном|онором|журналистик|журналістик|редакц|нашу работу|нашу роботу|onate|upport us|оддержите нас|оддержать нас|ідтримайте нас|ідтримати нас/;
const SUPPORT_APPEAL =
  /(?:we['’]ve\s+been\s+working\s+hard\s+to\s+bring\s+you|become\s+a\s+(?:member|patron|supporter)|support\s+(?:independent\s+journalism|our\s+(?:work|journalism|reporting|newsroom))|if\s+you\s+(?:value|appreciate|enjoy)\s+our\s+(?:work|journalism|reporting)|patreon|buymeacoffee|станьте\s+(?:нашим\s+)?(?:патроном|донором)|(?:поддержите|поддержать|підтримайте|підтримати)\s+(?:независимую\s+журналистику|незалежну\s+журналістику|редакци\p{L}*|нашу\s+(?:работу|роботу)))(?![\p{L}])/iu;
const SUPPORT_ASK = /(?:support\s+us|donate|(?:поддержите|поддержать|підтримайте|підтримати)\s+нас)(?![\p{L}])/iu;
const SUPPORT_MONEY = /donat|донат|пожертв|monobank|монобанк|paypal|card|картк|карту|карта|рахун|сч[её]т|гривн|грн|рубл|[$€£]|journalism|журналист|журналіст|newsroom|subscri|подписк|підписк/iu;

const CHROME_RULES: ChromeRule[] = [
  // Before breadcrumbs: "Фото: Zelenskiy / Official", "Pierre Albouy / Reuters" (the byline stage reads the name).
  { name: 'photo-credit', test: (t) => PHOTO_CREDIT_LINE.test(t) },
  // "17:44 Источник: Информационное агентство …", "Джерело: Укрінформ" (the outlets stage reads it).
  { name: 'source-line', test: (t) => t.length < 120 && /^(\d{1,2}:\d{2}\s+)?(источник|джерело|source)\s*:/iu.test(t) },
  // Numbered menu entries: "1. У світі", "2. / В Україні".
  { name: 'menu', test: (t) => /^\d{1,2}\.\s*(\/\s*)?[\p{L} ]{2,30}$/u.test(t) },
  { name: 'advert', test: (t) => /^(реклама|видео дня|відео дня|новости партнеров|новини партнерів|advertisement|sponsored)\.?$/i.test(t) },
  {
    name: 'read-also',
    test: (t) =>
      t.length < 300 &&
      /^(читайте также|читайте також|читать также|смотрите также|дивіться також|сейчас смотрят|зараз дивляться|подробнее читайте|подробнее —|детальніше читайте|читайте детальніше|читайте подробнее|узнать больше|читать дальше|read more|see also|по теме|на тему)(?!\p{L})/iu.test(t),
  },
  { name: 'social-promo', test: (t) => t.length < 300 && ((SOCIAL.test(t) && PROMO_VERB.test(t)) || SUBSCRIBE_CALL.test(t)) },
  // "#Париж #коалиция #Зеленский": a post's tags.
  { name: 'hashtags', test: (t) => t.length < 300 && /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u.test(t) },
  { name: 'cookie-banner', test: (t) => t.length < 400 && /cookie|куки/i.test(t) && /(использ|використ|use|принять|прийняти|accept)/i.test(t) },
  // "Главная / Новости / Мир", "1. У світі / 2. / В Україні"
  // "›", "»" and ">" stand between spaces there: a closing quote is followed by text but never preceded by a space
  // («Медуза» рассказывает главное).
  { name: 'breadcrumbs', test: (t) => t.length < 160 && /\S\s*\/\s*\S|\S\s+[›»>]\s+\S/.test(t) && t.split(/\s(?:\/|›|»|>)\s|\s\/|\/\s/).every((part) => part.trim().length < 40) && !/[.!?]\s/.test(t) },
  { name: 'view-counter', test: (t) => /^[•·\s]*[\d\s.,kк]+\s*(views|просмотр\p{L}*|перегляд\p{L}*)$/iu.test(t) },
  { name: 'currency-widget', test: (t) => t.length < 60 && /^[$€₴]\s?\d/.test(t) },
  // "(Reporting by …; Editing by …)", "Associated Press writer … contributed to this report." (or just "contributed.") close wire copy:
  // no part of the story, though the entities stage still takes the staff they name, as it does a byline's.
  {
    name: 'wire-credit',
    test: (t) =>
      t.length < 300 &&
      (/^\(?\s*(?:additional reporting|reporting|writing|editing|edited|compiled) by\s/i.test(t) ||
        (t.includes('contributed') && /\b(?:writers?|reporters?|correspondents?|journalists?)\b.{0,120}\bcontributed(?:\b.{0,20}\breport(?:ing)?)?\.?$/i.test(t))),
  },
  // "___", "* * *", "—": a rule between the story and what follows it.
  { name: 'separator', test: (t) => t.length < 40 && /^[\p{P}\p{S}\s]+$/u.test(t) },
  // "Автор: …", "Photo: …", and the English "By Jane Doe" line of a name alone.
  // "Михайло Ткач — Вівторок, 6 січня 2026, 22:47": the author's name, then the page's timestamp.
  {
    name: 'byline',
    test: (t) => t.length < 120 && (/^(автор|author|текст|фото|photo|редактор|editor)\s*:/i.test(t) || /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(t) || isNameAndTimestamp(t) || INTERVIEWER_LINE.test(t)),
  },
  { name: 'language-switcher', test: (t) => /^((укр|рус|eng|ua|ru|en|uk|українська|русский|english)[\s|/•·]*){2,}$/i.test(t) },
  // "Kyiv • UNN", "Київ • УНН": city and agency line above the story.
  { name: 'dateline', test: (t) => (t.includes('•') || t.includes('·')) && /^[\p{L} .-]{2,25}\s[•·]\s[\p{L}\p{N} .-]{2,25}$/u.test(t) },
  // "Поделиться", and the row of buttons under it: "Facebook Telegram X", "Viber | WhatsApp | Email".
  { name: 'share-buttons', test: (t) => t.length < 80 && (/^(поделиться|поділитися|поширити|share|копировать ссылку|скопіювати посилання)(?!\p{L})/iu.test(t) || SHARE_TARGETS.test(t)) },
  // "Помітили помилку? Виділіть її та натисніть Ctrl+Enter".
  { name: 'typo-notice', test: (t) => t.length < 200 && /ctrl\s*\+\s*enter/i.test(t) },
  { name: 'tags', test: (t) => t.length < 300 && /^(?:теги|тэги|мітки|tags|ключевые слова|ключові слова)\s*:/iu.test(t) },
  // The heading of a list or widget beside the story: "Популярне", "Новости по теме:", "Коментарі (12)", "Загрузка...".
  {
    name: 'widget-heading',
    test: (t) =>
      t.length < 40 &&
      /^(?:популярн\p{L}*|самое популярное|найпопулярніше|самое читаемое|найчитаніше|останні новини|последние новости|свежие новости|свіжі новини|новости по теме|новини по темі|матеріали по темі|материалы по теме|схожі новини|похожие новости|related(?: news| stories)?|more news|latest news|топ новин|коментарі|комментарии|comments|загрузка|завантаження|loading)(?:\s*\(\d+\))?\s*[:.…]*$/iu.test(t),
  },
  // A cheap look for "прав" or "©" first: these scans ran on every short block.
  { name: 'copyright', test: (t) => t.length < 200 && (t.includes('прав') || t.includes('©') || t.includes('(c)') || t.includes('rights')) && /(?:^©|^\(c\)|усі права захищені|всі права захищені|все права защищены|all rights reserved)/iu.test(t) },
  // "Редакция может не разделять мнение автора", "Думка автора може не збігатися з позицією редакції".
  {
    name: 'disclaimer',
    test: (t) => t.length < 300 && (t.includes('едакц') || t.includes(' автора')) && /(?:редакция|редакція)\s+(?:может\s+|може\s+)?не\s+(?:разделя|поділя|несе|несёт|несет)|(?:мнение|думка|позиция|позиція) автора\s+(?:может|може)\s+не\s+(?:совпада|збіга)/iu.test(t),
  },
  // "Note from the author: Hi, this is … Subscribe …", "Editor's note: this story was updated …", «Примечание редакции: …»:
  // the page speaking about itself, whose writer is no one the story names.
  {
    name: 'page-note',
    test: (t) => t.length < 700 && PAGE_NOTE.test(t),
  },
  // "Support independent journalism", «Підтримайте нас на Patreon», "We've been working hard to bring you …": the outlet
  // asking its readers for money. Only its own objects count: a story may well "support our partners".
  { name: 'support-appeal', test: (t) => t.length < 400 && SUPPORT_HINT.test(t) && (SUPPORT_APPEAL.test(t) || (SUPPORT_ASK.test(t) && SUPPORT_MONEY.test(t))) },
];

const PAGE_NOTE = /^(?:note from the author|a note from the author|author['’]s note|editor['’]s note|от автора|від автора|примечание редакции|примітка редакції)\s*[:.—–-]/iu;
/** The label of a page note on a line of its own: the note is the block after it. */
const PAGE_NOTE_LABEL = new RegExp(`${PAGE_NOTE.source}\\s*$`, 'iu');

/** A related-links heading on a line of its own, with nothing after it but a colon. */
const LIST_HEADING = /^(?:читайте также|читайте також|читать также|смотрите также|дивіться також|по теме|на тему|новости по теме|новини по темі|матеріали по темі|материалы по теме|схожі новини|похожие новости|related(?: news| stories)?|see also)\s*:?$/iu;

/** Rules that also apply to single sentences inside a paragraph. */
const INLINE_RULES = CHROME_RULES.filter((rule) => rule.name === 'social-promo' || rule.name === 'read-also' || rule.name === 'advert');
/** The rules for a whole block of several sentences, which the inline rules judge sentence by sentence. */
const BLOCK_RULES = CHROME_RULES.filter((rule) => !INLINE_RULES.includes(rule));

// Latin letters that look like Cyrillic ones and the reverse, for words typed with mixed keyboards.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

function fixMixedScriptWord(word: string): string {
  if (!HAS_LATIN.test(word) || !HAS_CYRILLIC.test(word)) return word;
  const cyrillic = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (word.match(/\p{Script=Latin}/gu) ?? []).length;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  const fixed = [...word].map((char) => table[char] ?? char).join('');
  // Only when every foreign letter had a look-alike: "iPhone-версия" stays as it is.
  const stillMixed = /\p{Script=Cyrillic}/u.test(fixed) && /\p{Script=Latin}/u.test(fixed);
  return stillMixed ? word : fixed;
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const CAPTION_CREDIT = new RegExp(`${PICTURE_CREDIT}\\s*:[^<]*$`, 'iu');

// Class or id words of the furniture around a story: related links, tags, share buttons, comments, promos.
const FURNITURE = /(?:^|[\s_-])(?:related|tags?|share|sharing|social|comments?|breadcrumbs?|newsletter|subscribe|subscription|promo|advert|ads|banner|sidebar|widget|read-?also|see-?also|recommend\w*|popular|most-?read)(?:$|[\s_-])/i;
const FURNITURE_OPENING = /<(div|section|ul|ol|span|p|figure)\b[^>]*?\b(?:class|id)\s*=\s*["']([^"']*)["'][^>]*>/gi;

/**
 * The page's elements whose class or id names furniture, each with everything in it. Nested elements of the same tag
 * are counted, so the whole element goes. One that holds two paragraphs or more is kept: that is a story's body,
 * whatever its class says ("post has-comments").
 */
function withoutFurniture(html: string): string {
  let result = '';
  let copied = 0;
  FURNITURE_OPENING.lastIndex = 0;
  for (let match = FURNITURE_OPENING.exec(html); match; match = FURNITURE_OPENING.exec(html)) {
    if (match.index < copied || !FURNITURE.test(match[2] ?? '')) continue;
    const tag = (match[1] ?? '').toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let inner = tags.exec(html); inner; inner = tags.exec(html)) {
      depth += inner[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = inner.index + inner[0].length;
        break;
      }
    }
    if ((html.slice(match.index, end).match(/<p\b/gi) ?? []).length >= 2) continue;
    result += html.slice(copied, match.index);
    copied = end;
    FURNITURE_OPENING.lastIndex = end;
  }
  return result + html.slice(copied);
}

/**
 * Raw HTML, a saved page or a pasted fragment: the page's head, menus, footer
 * and scripts go with everything in them; block tags become paragraph breaks,
 * other tags go.
 */
export function htmlToText(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text;
  return decodeEntities(
    withoutFurniture(text.replace(/<!--[\s\S]*?-->|<!doctype[^>]*>/gi, ''))
      .replace(/<(script|style|head|nav|footer|aside|noscript|form|svg|iframe|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      // A picture's caption is not the story; its credit ("Фото: … / AFP") names a photographer, kept on a line of its own.
      .replace(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/gi, (_, caption: string) => {
        const credit = CAPTION_CREDIT.exec(caption.replace(/<[^>]*>/g, ''));
        return credit ? `\n\n${credit[0].trim()}\n\n` : '';
      })
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|tr|table)\b[^>]*>/gi, '\n\n')
      .replace(/<\/?[a-z][^>]*>/gi, ''),
  );
}

const MIN_DOUBLED = 16;
const MAX_DOUBLED = 120;
const PROBE = 6;
const IS_LETTER = /^\p{L}$/u;
const isLetterAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  // Digits are word characters but not letters: "5Макрон" starts a phrase at М.
  if (code >= 0x30 && code <= 0x39) return false;
  if (code < 0x80 || (code >= 0x400 && code <= 0x52f)) return isWordCodePoint(code);
  return IS_LETTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
};
const ENDS_PHRASE = /^[\s\p{P}]$/u;

/** The length of a phrase starting at `i` that is printed again right after itself, or 0. */
function doubledLengthAt(text: string, i: number): number {
  const probe = text.slice(i, i + PROBE);
  // A bounded window: indexOf over the rest of a long text would make the whole scan quadratic.
  const window = text.slice(i, i + MAX_DOUBLED + probe.length);
  for (let j = window.indexOf(probe, MIN_DOUBLED); j !== -1; j = window.indexOf(probe, j + 1)) {
    const after = text[i + 2 * j];
    if (text.startsWith(window.slice(0, j), i + j) && (after === undefined || ENDS_PHRASE.test(after))) return j;
  }
  return 0;
}

/**
 * "по вопросампремьер-министра Великобритании по вопросам": a phrase of 16 to 120
 * characters printed twice in a row by a scraping glitch is kept once. Phrases
 * start at word starts and each looks only at the next places its first
 * characters recur, so the cost stays linear in the text's length.
 */
export function removeDoubledPhrases(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  // Whether the character before `i` is a letter, carried along so each is classified once.
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const letter = isLetterAt(text, i);
    if (!letter || afterLetter) {
      afterLetter = letter;
      continue;
    }
    afterLetter = true;
    const doubled = doubledLengthAt(text, i);
    if (doubled === 0) continue;
    pieces.push(text.slice(copied, i + doubled));
    copied = i + 2 * doubled;
    i = copied - 1;
    afterLetter = isLetterAt(text, i);
  }
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Non-ASCII spaces, punctuation and symbols common in news text: never a letter or a mark. */
function isPunctuationCode(code: number): boolean {
  return code === 0xa0 || code === 0xab || code === 0xbb || code === 0xb0 || code === 0xb7 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20c0) || code === 0x2116;
}

/** True when some word may mix Latin and Cyrillic letters; false only when none can. */
function mayMixScripts(text: string): boolean {
  let cyrillic = false;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isLatin = code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : false;
    const isCyrillic = code >= 0x400 && code <= 0x52f;
    if (isLatin) latin = true;
    else if (isCyrillic) cyrillic = true;
    // Any other non-ASCII character might be a letter of either script, unless it is
    // punctuation that news text is full of (« » — … ’ and the like): let the exact rule decide.
    else if (code >= 0x80 && !isPunctuationCode(code)) return true;
    else {
      cyrillic = false;
      latin = false;
      continue;
    }
    if (latin && cyrillic) return true;
  }
  return false;
}

const ODD_SPACE = /[\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad\t]/;
// Two spaces, or a space at the start or end of a line: what the last three repairs remove.
const EXTRA_SPACE = /  |^ | $| [\n\r\u2028\u2029]|[\n\r\u2028\u2029] /;

/** Character-level repairs that never change meaning. */
export function normaliseText(text: string): string {
  // Most blocks need none of the space repairs: two tests spare them five scans.
  const spaced = ODD_SPACE.test(text)
    ? text
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
        .replace(/\t/g, ' ')
    : text;
  // "Макрон.Він": a sentence glued to the next one.
  // The pattern starts with the punctuation, which the engine can scan for fast; the lookbehind checks the letters before it.
  const unglued = (mayMixScripts(spaced) ? spaced.replace(/[\p{L}\p{M}]+/gu, fixMixedScriptWord) : spaced).replace(/([.!?])(?<=\p{Ll}{2}[»")]?[.!?])(?=\p{Lu}\p{Ll})/gu, '$1 ');
  return removeDoubledPhrases(EXTRA_SPACE.test(unglued) ? unglued.replace(/ {2,}/g, ' ').replace(/ +$/gm, '').replace(/^ +/gm, '') : unglued);
}

// A lone consonant that is not a word by itself, split from the rest of its word: "п рессекретарка".
const SPLIT_WORD = /(^|[\s«"(])([бгджлмнпрстфхцчшщБГДЖЛМНПРТФХЦЧШЩ]) (\p{Ll}{3,})/gu;

function repairSplitWords(text: string): string {
  return text.replace(SPLIT_WORD, (whole, before: string, letter: string, rest: string) => {
    // "с" is a Russian preposition and "з" a Ukrainian one; keep them apart.
    if (letter === 'с' || letter === 'С') return whole;
    return `${before}${letter}${rest}`;
  });
}

function stripBullets(text: string): string {
  return text.replace(/^[\s\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}•·▪►▶✅✔️➡️-]+(?=\p{L}|\p{N}|["«„])/u, '').trim();
}

function plainTextBlocks(body: string): Block[] {
  const lines = htmlToText(body)
    .split('\n')
    .map((line) => line.trim());
  const blocks: Block[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // A line that continues a sentence (no closing punctuation, next starts lower case) was wrapped, not a new block.
    // A timestamp line ends without punctuation too, and "by Jane Doe" below it is a byline of its own.
    if (last && !previousBlank && !/[.!?:;…»"”)]$/.test(last.text) && /^\p{Ll}/u.test(line) && !isTimestampLine(last.text)) {
      last.text += ` ${line}`;
    } else {
      blocks.push({ text: line, markdown: null });
    }
    previousBlank = false;
  }
  return blocks;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'tableCell']);

/** A block's text with a space between its items and paragraphs: toString() runs "…вогню." and "США…" together. */
function blockText(node: MdastNode, toString: (node: MdastNode) => string): string {
  if (!('children' in node) || !node.children.some((child) => BLOCK_TYPES.has(child.type))) return toString(node);
  return node.children.map((child) => blockText(child, toString)).join(' ');
}

function markdownBlocks(body: string): { blocks: Block[]; heading: string | null } {
  const { fromMarkdown, toString } = markdownLibraries();
  const tree = fromMarkdown(body);
  const blocks: Block[] = [];
  let heading: string | null = null;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === 'html' && /^<!--/.test(node.value)) continue;
    // Inline HTML counts as its text only: markup never reaches titles, summaries or analysis.
    const text = htmlToText(node.type === 'html' ? node.value : blockText(node, toString)).replace(/\s*\n\s*/g, ' ').trim();
    if (node.type === 'heading' && node.depth === 1 && blocks.length === 0 && heading === null) {
      heading = text;
      continue;
    }
    if (text === '' && node.type !== 'thematicBreak') continue;
    blocks.push({ text, markdown: body.slice(start, end) });
  }
  return { blocks, heading };
}

/** The code point at `index` and how many UTF-16 units it takes. */
const codePointAt = (text: string, index: number): number => text.codePointAt(index) ?? 0;
const unitsOf = (code: number): number => (code > 0xffff ? 2 : 1);
const isWordAt = (text: string, index: number): boolean => index < text.length && isWordCodePoint(codePointAt(text, index));

/**
 * Whether two texts have the same words in the same order, whatever the case,
 * punctuation and spacing: a block repeated with other punctuation. Compared in
 * place and stopped at the first difference, since nearly every pair differs
 * within a few letters.
 */
export function sameWords(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isWordAt(a, i)) i += unitsOf(codePointAt(a, i));
    while (j < b.length && !isWordAt(b, j)) j += unitsOf(codePointAt(b, j));
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    // One word of each, letter by letter.
    while (isWordAt(a, i) && isWordAt(b, j)) {
      const code = codePointAt(a, i);
      const other = codePointAt(b, j);
      if (code !== other && (code > 0xffff || other > 0xffff || lowerCaseUnit(code) !== lowerCaseUnit(other))) return false;
      i += unitsOf(code);
      j += unitsOf(code);
    }
    if (isWordAt(a, i) || isWordAt(b, j)) return false;
  }
}

const TERMINAL = /[.!?…]["»”)]?$/;

/** A first block that reads as a headline: not too long, no closing full stop, not a lead-in. */
export function isHeadline(text: string): boolean {
  return text.length >= 15 && text.length <= 220 && !TERMINAL.test(text) && !/[:,;–—-]$/.test(text);
}

/** The first sentence of a paragraph, cut at a word boundary. */
export function firstSentence(text: string, maxLength = 140): string {
  const sentence = splitSentences(text)[0] ?? text;
  if (sentence.length <= maxLength) return sentence.replace(/[.:;,]$/, '');
  const cut = sentence.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

// Common abbreviations after which a full stop does not end a sentence; so does a capital initial.
const NO_BREAK_WORDS = new Set(
  'г гг р рр т н им ул св ст тыс млн млрд руб грн долл см др пр проф акад обл вул ім янв фев февр мар апр авг сент сен окт нояб ноя дек січ лют бер квіт трав черв лип серп вер жовт лист груд Mr Mrs Dr St No vs etc Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec'.split(' '),
);
const CAPITAL = /^\p{Lu}$/u;

/** True when the full stop ending at `end` closes an initial or an abbreviation. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== '.') return false;
  let wordStart = end - 1;
  while (wordStart > start && isWordCodePoint(text.charCodeAt(wordStart - 1))) wordStart--;
  // Longer than any abbreviation: not worth a slice.
  if (end - 1 - wordStart > 5 || wordStart === end - 1) return false;
  const word = text.slice(wordStart, end - 1);
  return NO_BREAK_WORDS.has(word) || CAPITAL.test(word);
}

/** Adds the span of text[from, to) without its surrounding white space, unless nothing is left. */
function pushTrimmedSpan(spans: Span[], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed !== '') spans.push({ start: from + lead, end: from + lead + trimmed.length });
}

let lastSpansText: string | null = null;
let lastSpans: readonly Span[] = [];

/**
 * Sentence spans of a text, split after . ! ? … when the next sentence starts
 * with a capital, quote or digit; paragraphs always end one. Several stages ask
 * for the same text's sentences in turn, so the last answer is kept.
 */
export function sentenceSpans(text: string): readonly Span[] {
  if (text === lastSpansText) return lastSpans;
  const spans: Span[] = [];
  const boundary = /[.!?…]+["»”)]*[ \t]+(?=["«„“(]?[\p{Lu}\p{N}])|\n+/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const at = match.index ?? 0;
    const end = match[0].startsWith('\n') ? at : at + match[0].trimEnd().length;
    if (!match[0].startsWith('\n') && endsWithAbbreviation(text, start, end)) continue;
    pushTrimmedSpan(spans, text, start, end);
    start = at + match[0].length;
  }
  pushTrimmedSpan(spans, text, start, text.length);
  lastSpansText = text;
  lastSpans = spans;
  return spans;
}

/** Sentences of a text, as strings. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end));
}

/** The sentence that contains an offset, from a list of spans in order. */
export function sentenceAt(spans: readonly Span[], offset: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) break;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return { start: offset, end: offset };
}

/** The first sentence or two of the body, at most about `maxLength` characters. */
/** An article's text: its paragraphs, a blank line between them (the offsets of its paragraphs count on that). */
export function joinParagraphs(paragraphs: ReadonlyArray<{ text: string }>): string {
  return paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/** The first `count` sentences longer than 20 characters, splitting only as many paragraphs as it takes. */
function leadingSentences(paragraphs: readonly string[], count: number): string[] {
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      if (sentence.length <= 20) continue;
      found.push(sentence);
      if (found.length === count) return found;
    }
  }
  return found;
}

export function summarise(paragraphs: readonly string[], maxLength = 320): string {
  let summary = '';
  for (const sentence of leadingSentences(paragraphs, 2)) {
    const next = summary === '' ? sentence : `${summary} ${sentence}`;
    if (summary !== '' && next.length > maxLength) break;
    summary = next;
  }
  if (summary.length > maxLength) {
    const cut = summary.slice(0, maxLength);
    summary = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).replace(/[\s,;:–—-]+$/, '')}…`;
  }
  return summary;
}

const RUBRIC = /^\p{Lu}[\p{L}'’ʼ-]*(?:\s[\p{L}'’ʼ-]+){0,2}$/u;
const SECTION_UNDER_HEADLINE =
  /^(?:аналитика|анализ|мнение|мнения|колонка|блог|разбор|комментарий|интервью|политика|мир|в мире|экономика|общество|новости|аналітика|аналіз|думка|думки|розбір|коментар|інтерв['’ʼ]ю|політика|світ|у світі|економіка|суспільство|новини|analysis|opinion|commentary|comment|column|explainer|editorial|interview|politics|world|world news|news)[.:]?$/iu;

// A reporter's signature closing the story: "Алексей Ковалев, Киев", "Олена Коваль (Брюссель)", "Jane Doe, Paris".
const SIGNATURE = /^(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}[\p{L}'’-]+(?:\s*,\s*\p{Lu}[\p{L} -]{1,25}|\s+\(\p{Lu}[\p{L} -]{1,25}\))?$/u;

const NAME_BEFORE_TIMESTAMP = /^(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}[\p{L}'’-]+\s*[—–|•·,]\s*/u;

function isNameAndTimestamp(text: string): boolean {
  const match = NAME_BEFORE_TIMESTAMP.exec(text);
  return match !== null && isSignedFirstName(match[1] ?? '') && isTimestampLine(text.slice(match[0].length));
}

function isSignature(text: string): boolean {
  const match = text.length <= 60 ? SIGNATURE.exec(text) : null;
  return match !== null && isSignedFirstName(match[1] ?? '');
}

/**
 * A section's name above the headline ("Інтерв'ю", "Мнение", "World news"): at most three words,
 * nothing but letters. A name standing there is a byline, and it stays.
 */
function isRubric(text: string): boolean {
  return text.length <= 30 && RUBRIC.test(text) && !text.split(/\s/).some((word) => matchFirstName(word) !== null);
}

const COUNTER_WORD = /просмотр|перегляд|views/i;
const TRAILING_VIEW_COUNTER = /^(.{6,80}?)\s+[•·|]?\s*(?:\d{1,3}(?:[\s.,]\d{3})+|\d+(?:[.,]\d)?[kк]?)\s*(?:views|просмотр\p{L}*|перегляд\p{L}*)$/iu;
const ENTRY_CLOCK_TIME = new RegExp(`^${TIME}\\s*(?:[–—-]\\s*)?(?=[\\p{Lu}"«„])`, 'u');

export function cleanArticle(raw: RawArticle): CleanArticle {
  const removed: Removal[] = [];
  let heading: string | null = raw.meta.title ?? null;
  let blocks: Block[];
  if (raw.format === 'markdown') {
    const parsed = markdownBlocks(raw.body);
    blocks = parsed.blocks;
    heading ??= parsed.heading;
  } else {
    blocks = plainTextBlocks(raw.body);
  }

  const kept: Block[] = [];
  // After a list's heading standing alone ("Материалы по теме", "Читайте також:"), the headlines listed under it.
  let inLinkList = false;
  let afterNoteLabel = false;
  for (const block of blocks) {
    let repaired = repairSplitWords(normaliseText(stripBullets(block.text)));
    if (inLinkList && isHeadline(repaired)) {
      removed.push({ rule: 'related-links', text: block.text });
      continue;
    }
    inLinkList = false;
    if (afterNoteLabel && repaired.length < 700) {
      afterNoteLabel = false;
      removed.push({ rule: 'page-note', text: block.text });
      continue;
    }
    afterNoteLabel = false;
    // "2 апреля 2026, 21:15 1 532 просмотра": a page's date and its view counter on one line; the date stays.
    const counted = repaired.length < 120 && COUNTER_WORD.test(repaired) ? TRAILING_VIEW_COUNTER.exec(repaired) : null;
    if (counted && isTimestampLine(counted[1] ?? '')) {
      removed.push({ rule: 'view-counter', text: repaired.slice((counted[1] ?? '').length).trim() });
      repaired = counted[1] ?? '';
    }
    const sentences = splitSentences(repaired);
    // Promo rules judge a many-sentence paragraph sentence by sentence (below), never whole.
    const rule = (sentences.length === 1 ? CHROME_RULES : BLOCK_RULES).find((candidate) => candidate.test(repaired));
    if (rule) {
      removed.push({ rule: rule.name, text: block.text });
      inLinkList = LIST_HEADING.test(repaired);
      afterNoteLabel = PAGE_NOTE_LABEL.test(repaired);
      continue;
    }
    // A promo glued to a real paragraph ("… сообщили организаторы. Подписывайтесь на наш Telegram"): drop only its sentences.
    if (sentences.length > 1 && block.markdown === null) {
      const kept = sentences.filter((sentence) => {
        const inline = INLINE_RULES.find((candidate) => candidate.test(sentence));
        if (inline) removed.push({ rule: inline.name, text: sentence });
        return !inline;
      });
      repaired = kept.join(' ');
      if (repaired === '') continue;
    }
    if (repaired === '') continue;
    // The same block twice in a row (a headline repeated by the page template).
    const previous = kept[kept.length - 1];
    if (previous !== undefined && sameWords(previous.text, repaired)) {
      removed.push({ rule: 'repeated-block', text: block.text });
      continue;
    }
    kept.push({ text: repaired, markdown: block.markdown });
  }

  // The byline stage reads the name, as it does "Автор: …".
  const last = kept[kept.length - 1];
  if (last && kept.length > 2 && isSignature(last.text)) {
    removed.push({ rule: 'byline', text: last.text });
    kept.pop();
  }
  let titleIsHeadline = false;
  // The headline is the first block, or the first after the page's timestamp lines ("06 січня 2026, 18:15", "Оновлено о 19:40").
  const firstProse = kept.findIndex((block) => !isTimestampLine(block.text));
  const label = kept[firstProse];
  const next = kept[firstProse + 1];
  if (heading === null && label && next && firstProse <= 3 && kept.length > firstProse + 2 && isRubric(label.text) && isHeadline(next.text)) {
    removed.push({ rule: 'rubric', text: label.text });
    kept.splice(firstProse, 1);
  }
  const first = kept[firstProse];
  if (heading === null && first && firstProse <= 3 && kept.length > firstProse + 1 && isHeadline(first.text)) {
    heading = first.text;
    kept.splice(firstProse, 1);
  }
  if (heading !== null) {
    titleIsHeadline = true;
    // "Аналитика", "Світ", "Opinion" under the headline: a section's label above a paragraph of prose. Only known
    // section names: a lone word there may be the story's city ("Брюссель") or a name.
    const under = kept.findIndex((block) => !isTimestampLine(block.text));
    const label = kept[under];
    if (label && SECTION_UNDER_HEADLINE.test(label.text) && (kept[under + 1]?.text.length ?? 0) >= 80) {
      removed.push({ rule: 'rubric', text: label.text });
      kept.splice(under, 1);
    }
    // "Simon Tisdall", «Олена Коваль, Брюссель» on a line of its own between the headline and the story: the writer.
    const byline = kept[under];
    if (byline && isSignature(byline.text) && (kept[under + 1]?.text.length ?? 0) >= 80) {
      removed.push({ rule: 'byline', text: byline.text });
      kept.splice(under, 1);
    }
    // Page templates print the headline again above the story, or under the lead.
    for (let index = kept.length - 1; index >= 0; index--) {
      const block = kept[index];
      if (block && sameWords(block.text, heading)) {
        removed.push({ rule: 'repeated-headline', text: block.text });
        kept.splice(index, 1);
      }
    }
  }
  // The page's timestamp line stays in the text (it states a date and is shown as a dateline) but says nothing a title or summary needs.
  // Nor does an agency dateline ("ПАРИЖ, 6 января. /ТАСС/.") at the start of the story.
  // Nor does a live blog's clock time at the start of an entry ("12:45 Зеленський прибув …").
  const prose = kept.map((block) => block.text.replace(ENTRY_CLOCK_TIME, '')).filter((text) => !isTimestampLine(text));
  if (prose[0] !== undefined) prose[0] = withoutDateline(prose[0]);
  const title = heading ?? (prose[0] !== undefined ? firstSentence(prose[0]) : raw.file);

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of kept) {
    paragraphs.push({ text: block.text, markdown: block.markdown, language: null, start: offset, end: offset + block.text.length });
    offset += block.text.length + 2;
  }
  const text = joinParagraphs(kept);
  const summary = summarise(prose) || (splitSentences(text)[0] ?? title);
  return extend(raw, { title, titleIsHeadline, summary, paragraphs, text, removed });
}
