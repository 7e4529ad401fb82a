// Stage 4: the publication date and every calendar date the text mentions.
// Mentions are found with patterns built from the month and weekday names of
// Russian, Ukrainian and English in all their grammatical cases, and resolved
// against the publication date. A date with no basis is left out: null beats wrong.
import { addCalendarDays, daysBetween, isoDate, numericDate, parseIsoDate, weekdayOf } from './calendar.ts';
import { sentenceAt, sentenceSpans } from './clean.ts';
import { MONTH_ALTERNATION, monthIndex, WEEKDAY_ALTERNATION, weekdayIndex } from './calendar-words.ts';
import { codePointBefore, isWordCodePoint, wordStartMatches } from './letters.ts';
import { findDateline, leadingParagraphs } from './dateline.ts';
import { leadSpan, readPageMetadataDate, readTimestampLine } from './timestamps.ts';
import { isQuoted, quotationSpans } from './quotations.ts';
import type { DatedArticle, IsoDate, LanguageTaggedArticle, MentionedDate, PublishedBasis, PublishedSource, Span } from './model.ts';
import { extend } from './extend.ts';

/** A date found in a text, before its sentence is attached. */
type DateHit = Omit<MentionedDate, 'sentence'>;

// Letters on either side mark a word boundary that \b does not see in Cyrillic. The
// patterns below match at word starts only: they are run with wordStartMatches.
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:-?(?:го|е|ого|ге|й|st|nd|rd|th))?';
const YEAR_TAIL = '(?:,?\\s+(\\d{4})(?:\\s*(?:года|году|г\\.|гг\\.|року|р\\.|рік|year))?)?';

/** "4 сентября", "4-го сентября 2025 года", "5–6 января", "5 и 6 января", "з 5 по 6 січня", "4 вересня 2025 р.", "the 6th of January", "6 and 7 January" */
const DAY_MONTH = new RegExp(`${DAY}(?:(?:\\s*[–—-]\\s*|\\s+(?:и|і|й|та|по|до|and)\\s+)(\\d{1,2})(?:-?(?:го|е|ого|ге|й))?)?(?:\\s+of)?\\s+(${MONTH_ALTERNATION})${E}${YEAR_TAIL}`, 'giu');
/**
 * Ordinal day words before a month, Russian and Ukrainian: «шестого января», «шостого січня»,
 * «двадцять першого лютого 2026 року», «первое сентября». Stems by day, with the tens apart.
 */
const APOSTROPHE = "['’ʼ]";
const ORDINAL_STEMS: ReadonlyArray<[number, string]> = [
  [11, 'одиннадцат|одинадцят'],
  [12, 'двенадцат|дванадцят'],
  [13, 'тринадцат|тринадцят'],
  [14, 'четырнадцат|чотирнадцят'],
  [15, `пятнадцат|п${APOSTROPHE}ятнадцят`],
  [16, 'шестнадцат|шістнадцят'],
  [17, 'семнадцат|сімнадцят'],
  [18, 'восемнадцат|вісімнадцят'],
  [19, `девятнадцат|дев${APOSTROPHE}ятнадцят`],
  [20, 'двадцат|двадцят'],
  [30, 'тридцат|тридцят'],
  [1, 'перв|перш'],
  [2, 'втор|друг'],
  [3, 'трет'],
  [4, 'четв[её]рт'],
  [5, `пят|п${APOSTROPHE}ят`],
  [6, 'шест|шост'],
  [7, 'седьм|сьом'],
  [8, 'восьм'],
  [9, `девят|дев${APOSTROPHE}ят`],
  [10, 'десят'],
];
const ORDINAL_DAY_MONTH = new RegExp(
  `(?:(двадцать|двадцять|тридцать|тридцять)\\s+)?(${ORDINAL_STEMS.map(([, stems]) => stems).join('|')})(?:ого|его|ього|ое|ье|ьє|е|є)\\s+(${MONTH_ALTERNATION})${E}${YEAR_TAIL}`,
  'giu',
);
// An ordinal's ending before a month: far cheaper to look for than the ordinals, which few texts have.
const ORDINAL_HINT = new RegExp(`(?:ого|его|ього|ое|ье|ьє|е|є)\\s+(?:${MONTH_ALTERNATION})${E}`, 'iu');
const ORDINAL_REGEXES = ORDINAL_STEMS.map(([day, stems]): [number, RegExp] => [day, new RegExp(`^(?:${stems})$`, 'iu')]);

/** The day an ordinal names, or null: «двадцять» takes a unit, not a teen or a ten. */
function ordinalDay(tens: string | undefined, stem: string): number | null {
  const unit = ORDINAL_REGEXES.find(([, regex]) => regex.test(stem))?.[0];
  if (unit === undefined) return null;
  if (tens === undefined) return unit;
  if (unit > 9) return null;
  const base = /^дв/iu.test(tens) ? 20 : 30;
  return base + unit;
}

/** The day and year of "September 4, 2025" and "March 28,2025": the month word before it is checked apart. */
const DAY_AFTER_SPACE = new RegExp(`\\s(\\d{1,2})(?:st|nd|rd|th)?${E}(?:(?:\\s*[–—-]\\s*|\\s+and\\s+)(\\d{1,2})${E})?(?:,\\s*(\\d{4})${E})?`, 'giu');

/**
 * Month-first dates. A pattern that begins with the month alternation is tried
 * at every letter of a text; a day is rarer than a letter, so the scan looks
 * for the day and then checks the whole word in front of it (with its
 * abbreviation dot), which must start a word and name a month.
 */
function* monthDayMatches(text: string): Generator<{ index: number; surface: string; month: number; day: number; year: number | null }> {
  for (const match of text.matchAll(DAY_AFTER_SPACE)) {
    let end = match.index;
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    let start = end;
    if (text[start - 1] === '.') start--;
    while (start > 0 && isWordCodePoint(text.charCodeAt(start - 1))) start--;
    const before = codePointBefore(text, start);
    if (before !== -1 && isWordCodePoint(before)) continue;
    const monthWord = text.slice(start, end);
    // Russian and Ukrainian put the day first ("4 вересня 26 країн" has no 26 September); only a table's
    // abbreviation ("сент. 5") puts it after.
    if (!/^[A-Za-z]/.test(monthWord) && !monthWord.endsWith('.')) continue;
    const month = monthIndex(monthWord) + 1;
    if (month === 0) continue;
    // "May" as a verb is capitalised only at a sentence start; insist on the capital for it.
    if (/^may$/i.test(monthWord) && monthWord !== 'May') continue;
    const [whole, dayText, rangeEnd, yearText] = match;
    const surface = text.slice(start, match.index + whole.length);
    const year = yearText === undefined ? null : Number(yearText);
    // "January 6-7", "January 6 and 7": both days, as "6–7 января" gives.
    for (const day of rangeEnd === undefined ? [dayText] : [dayText, rangeEnd]) yield { index: start, surface, month, day: Number(day), year };
  }
}

/**
 * "04.09.2025", "4.9.25", "14–15.12.2025", "2025-09-04", "04/09/2025". Slashes need a four-digit
 * year: "1/2" and "24/7" are no dates.
 */
const NUMERIC = new RegExp(`(?:(?:(\\d{1,2})\\s*[–—-]\\s*)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))${E}`, 'gu');

/**
 * "20.02" with no year, as Ukrainian and Russian news write a day in a list or a lead. Decimals there take a comma,
 * so the form is a date unless the text writes decimals with a dot ("1.5", "2.345"), it is a clock time
 * ("о 12.05", "10.00–18.00") or an amount ("20.02 млрд").
 */
const YEARLESS_NUMERIC = /(\d{1,2})\.(\d{2})(?![\p{L}\p{N}]|[.,:]\d|\s*(?:[-–—]\s*\d|%|(?:млрд|млн|трлн|тыс|тис|bn|billion|million|час|ч\.|год|хв|мин|am|pm|евро|євро|euro|долл|дол|грн|руб|км|кг)(?!\p{L})))/gu;
// A day of the month with no month, "6-го числа"; not a recurring one ("15 числа каждого месяца").
const DAY_OF_MONTH = /(\d{1,2})(?:-?(?:го|ого|е))?\s+(?:числа|числі)(?![\p{L}]|\s+(?:каждого|кожного|every))/gu;
const DOT_DECIMAL = /(?<![\d.])\d+\.(?:\d|\d{3,})(?![\d.])/u;
const CLOCK_OR_LABEL_BEFORE = /(?:^|[^\p{L}])(?:о|об|в|во|к|at|около|близько|приблизно|пункт|п\.|ст\.|стать\p{L}*|раздел\p{L}*|розділ\p{L}*|version|версі\p{L}+|верси\p{L}+)\s*$|[$€£№#]\s*$|[.,:]$|\d\s*[-–—]\s*$/iu;

// The preposition is part of the mention: "в четверг", "у четвер", "во вторник", "on Thursday", "в ночь на среду",
// and so is a word for which week: "в прошлую пятницу", "в минувший четверг", "у наступну середу", "минулого вівторка",
// "цього четверга", "next Monday".
// "с/з среды" (from) and "до среды" (until) name a span, not a day; they are left out.
const LAST_WEEK = 'прошл(?:ый|ую|ое|ой|ого)|позапрошл\\p{L}*|минувш(?:ий|ую|ее|ей|его)|прошедш(?:ий|ую|ее|ей|его)|минул(?:ий|у|ого|ої)|last|past';
const NEXT_WEEK = 'следующ(?:ий|ую|ее|ей|его)|наступн(?:ий|у|ого|ої)|ближайш(?:ий|ую|ее|его)|найближч(?:ий|у|ого|ої)|next|coming';
const THIS_WEEK = 'этот|эту|это|этой|этого|цей|цю|цього|цієї|this';
const WEEK_WORD = `${LAST_WEEK}|${NEXT_WEEK}|${THIS_WEEK}`;
const WEEKDAY = new RegExp(`((?:в|во|у|на|в ночь на|[ув] ніч на|on|by|for)\\s+(?:(?:${WEEK_WORD})\\s+)?(?:${WEEKDAY_ALTERNATION}))${E}`, 'giu');
// Without a preposition ("минулого вівторка", "last Friday"): a second scan, only for texts with such a word,
// since a pattern that may begin with п, м, н or с is tried at nearly every word.
const BARE_WEEKDAY = new RegExp(`((?:${LAST_WEEK}|${NEXT_WEEK}|this|этого|этой|цього|цієї)\\s+(?:${WEEKDAY_ALTERNATION}))${E}`, 'giu');
const BARE_WEEK_WORD = /прошл|прошедш|минувш|минул|наступн|следующ|ближайш|найближч|last|next|this|past|coming|этого|этой|цього|цієї/i;
// English news often dates with the weekday alone: "leaders met Tuesday", "signed late Tuesday". A capital letter makes
// it a weekday; one named thing around it is not ("the Sunday Times", "Black Friday").
const ENGLISH_WEEKDAY = /(?:(?<![\p{L}’'-])(?:late|early)\s+|(?<![\p{L}’'-]|\p{Lu}\p{L}*\s))(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}\p{N}]|\s+\p{Lu})/gu;
const ENGLISH_WEEKDAY_HINT = /[MTWFS][a-z]+day(?![\p{L}])/u;
const LAST_WEEK_START = new RegExp(`^(?:\\p{L}+\\s+)?(?:${LAST_WEEK})\\s`, 'iu');
const NEXT_WEEK_START = new RegExp(`^(?:\\p{L}+\\s+)?(?:${NEXT_WEEK})\\s`, 'iu');

/** True for a weekday said to be last week's: "минулого четверга", "в прошлую пятницу", "last Friday". */
export function namesLastWeekday(surface: string): boolean {
  return LAST_WEEK_START.test(surface);
}
// "минулого тижня, у понеділок", "на следующей неделе во вторник", "last week, on Monday": the weekday
// of the calendar week the phrase names, counted from Monday.
const WEEK_PHRASE =
  String.raw`(?:^|[^\p{L}])(?:(на\s+(?:прошлой|минувшей|прошедшей)\s+неделе|минулого\s+тижня|на\s+минулому\s+тижні|last\s+week)|(на\s+(?:следующей|будущей)\s+неделе|наступного\s+тижня|на\s+наступному\s+тижні|next\s+week)|(на\s+этой\s+неделе|цього\s+тижня|на\s+цьому\s+тижні|this\s+week))`;
const WEEK_PHRASE_BEFORE = new RegExp(`${WEEK_PHRASE}[,\\s]*$`, 'iu');
const WEEK_PHRASE_ANYWHERE = new RegExp(`${WEEK_PHRASE}(?![\\p{L}])`, 'iu');

/**
 * The calendar week, Monday to Sunday, that "на прошлой неделе", "цього тижня" or "next week" in `text` names,
 * counted from the week of `published`; null when the text names none.
 */
export function namedWeek(text: string, published: IsoDate): { start: IsoDate; end: IsoDate; which: 'last' | 'next' | 'this'; at: number } | null {
  const week = WEEK_PHRASE_ANYWHERE.exec(text);
  if (week === null) return null;
  const which = week[1] ? 'last' : week[2] ? 'next' : 'this';
  const monday = addCalendarDays(published, -((weekdayOf(published) + 6) % 7) + (which === 'last' ? -7 : which === 'next' ? 7 : 0));
  return { start: monday, end: addCalendarDays(monday, 6), which, at: week.index };
}

// "в минувшие выходные", "минулих вихідних", "last weekend" name the last weekend; "на выходных", "у вихідні",
// "over the weekend" the one the tense says; "в эти выходные", "this weekend" the one of the publication week.
const WEEKEND_PHRASE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:((?:(?:в|на|у)\s+)?(?:минувш|прошл|прошедш|минул)\p{L}*\s+(?:выходн|вихідн)\p{L}*|(?:last|this\s+past)\s+weekend)|((?:в|на|у)\s+(?:эти\s+|ці\s+|цих\s+)?(?:выходн|вихідн)\p{L}*|цих\s+вихідних|(?:over|at|on|during)\s+the\s+weekend|this\s+weekend))(?![\p{L}])`,
  'iu',
);

/**
 * The Saturday and Sunday that "в минувшие выходные", "на вихідних" or "over the weekend" in `text` names: the
 * weekend before the publication week when the phrase says last, else the latest weekend the tense allows, or the next
 * one when the tense is future. Null when the text names no weekend.
 */
export function namedWeekend(text: string, published: IsoDate): { start: IsoDate; end: IsoDate; which: 'last' | 'next' | 'this'; at: number } | null {
  const weekend = WEEKEND_PHRASE.exec(text);
  if (weekend === null) return null;
  const at = weekend.index + weekend[0].search(/\p{L}/u);
  const sinceMonday = (weekdayOf(published) + 6) % 7;
  const lastSaturday = addCalendarDays(published, -sinceMonday - 2);
  // Read on a Saturday or a Sunday, "на выходных прошли" is this weekend; read on a weekday, the one just gone.
  const thisSaturday = addCalendarDays(published, 5 - sinceMonday);
  const coming = thisSaturday > published;
  const which = weekend[1] ? 'last' : toldTense(text, at) === 'future' ? 'next' : 'this';
  const saturday = which === 'last' ? lastSaturday : which === 'next' ? (coming ? thisSaturday : addCalendarDays(thisSaturday, 7)) : coming ? lastSaturday : thisSaturday;
  return { start: saturday, end: addCalendarDays(saturday, 1), which, at };
}
/** "до следующего вторника", "з минулого четверга": a span from or until the day. */
const SPAN_BEFORE = /(?:^|[^\p{L}])(?:до|с|со|з|із|від|от|until|since|from|till)\s+$/iu;

const RELATIVE: ReadonlyArray<{ pattern: string; offset: number }> = [
  { pattern: 'сегодня|сьогодні|today|tonight|этой ночью|цієї ночі', offset: 0 },
  { pattern: 'вчера|вчора|учора|yesterday|накануне|напередодні', offset: -1 },
  { pattern: 'позавчера|позавчора|позавчора', offset: -2 },
  { pattern: 'завтра|tomorrow', offset: 1 },
  { pattern: 'послезавтра|післязавтра', offset: 2 },
];
// After "накануне" / "напередодні", a happening or a holiday in the genitive (one word may stand between) or a date.
const EVE_OF =
  /^\s+(?:\p{L}+\s+)?(?:встреч|зустріч|саммит|саміт|заседани|засідан|переговор|консультац|визит|візит|конференц|выбор|вибор|голосовани|голосуванн|праздник|свят|годовщин|річниц|\d)/iu;
const RELATIVE_REGEX = new RegExp(`(${RELATIVE.map((r) => r.pattern).join('|')})${E}`, 'giu');
const RELATIVE_WORDS = RELATIVE.flatMap(({ pattern, offset }) => pattern.split('|').map((word) => ({ word, offset }))).sort((a, b) => b.word.length - a.word.length);

/** Days from the publication day that a relative word or its adjective names: "вчера", "позавчорашній" (-2), "tomorrow's" (1). */
export function relativeDayOffset(word: string): number | null {
  const lower = word.toLowerCase();
  return RELATIVE_WORDS.find((relative) => lower.startsWith(relative.word))?.offset ?? null;
}

// Tense decides whether "в пятницу" is the last Friday or the next one. The verb
// nearest to the weekday in its sentence decides: "заявил в среду, что … будет" is past.
// A modal with "быть/бути" looks ahead: "могут быть подписаны во вторник"; so does "could be signed", whose
// participle is no past verb.
const FUTURE_MARKER = /(?<![\p{L}’])((?:could|might|should|would|will|may|to)\s+be\s+(?:[a-z]{2,}ed|held|met|made|sent|led|given|taken|told)|будет|будут|буде|будуть|состоится|состоятся|відбудеться|відбудуться|пройд[её]т|пройдут|пройде|пройдуть|проведут|проведе|проведуть|примут|візьмуть|планиру\p{L}*|планує|плануют\p{L}*|запланирован\p{L}*|заплановано|запланован\p{L}*|намечен\p{L}*|намічен\p{L}*|предстоит|предстоящ\p{L}*|намерен\p{L}*|має намір|ожида\p{L}*|очіку\p{L}*|собира\p{L}*|збира\p{L}*|(?:может|могут|должн\p{L}*|долж[её]н) быть|(?:може|можуть|має|мають|повин\p{L}*) бути|will|is set to|are set to|to be held|expected|scheduled|due to|plans? to|planning to|(?:could|might|should|would) be)(?![\p{L}’])/giu;
// Past forms of "to be" and of "-йти/-идти" (прошло, пройшла) escape the suffix rule; "ранее", "раніше", "earlier" mark the past as a verb does.
// So do the participles of what a happening produced ("решения, принятые во вторник", "підписана у вівторок декларація",
// "прошедшей в пятницу встречи"), unless "будет/бути" makes them future; nouns made from them ("принятие",
// "підписання") end otherwise.
const PAST_VERB = /(?<![\p{L}’])(?:(?<!(?:будет|будут|буде|будуть|быть|бути)\s+)(?:принят|подписан|достигнут|согласован|проведен|проведён|заключен|заключён|утвержден|утверждён|одобрен|озвучен|объявлен|завершен|завершён|ухвален|записан|опубликован|опублікован|сделан|зроблен|підписан|досягнут|погоджен|узгоджен|прийнят|укладен|схвален|затверджен|оголошен)н?(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|а|о|ы|ий|е|і|ої|их|им|ими)?|(?:состоявш|прошедш|завершивш)\p{L}*|\p{L}{2,}(?:[иіыаяеуо]л(?:а|о|и|ся|ась|ось|ись|ася|ося|ися)?|[иіаяуо]в(?:ся)?)|\p{L}*(?:шл[аои]|ш[её]л|шов)|был[аои]?|бул[аои]|був|ранее|раніше|was|were|said|held|met|had|did|told|spoke|came|went|took|gave|made|began|sent|flew|led|earlier|previously|[a-z]{2,}ed)(?![\p{L}’])/giu;
// "United", "red", "need", "expected" (a future marker) end like English past verbs.
const NOT_VERBS = new Set(['united', 'red', 'need', 'speed', 'seed', 'feed', 'bed', 'expected', 'scheduled', 'planned', 'если', 'или', 'коли', 'мили', 'стали', 'сили', 'вплив', 'архив', 'архів', 'актив', 'позитив', 'мотив', 'колектив', 'київ', 'львів', 'харків', 'кил', 'мил', 'видео', 'зелл', 'стол', 'посол', 'пол', 'мол', 'тыл', 'відділ', 'стіл']);

// "что лидеры встретятся в понедельник", "где в четверг примет участие", "де в четвер зустрінеться", "відвідує": a
// verb in the third person that is not past tells a day still to come, present or perfective future alike. Russian
// singulars end in -ет/-ит/-ёт(ся), Ukrainian ones in -ться, -ить, -ає/-ує or, for the commonest perfectives, -е
// ("візьме", "проведе", "підпише", "скаже", "зустріне"); plurals in -ут/-ют/-ят(ь). Words ending so that are no
// verbs: numbers ("тридцять", "шестьдесят"), "минут", "бюджет", "визит" and other nouns, "даже", "саме", "ніде".
// English present verbs are named, the ones that tell a happening ("the contact group gathers on Friday"): an -s
// ending is a plural noun's as often.
const NON_PAST =
  /(?<![\p{L}’'ʼ])(?:\p{L}{3,}(?:ут|ют|ят|уть|ють|ять)(?:ся|сь)?|\p{L}{2,}(?:(?:ет|ёт|ит)(?:ся)?|[еєиіїаяу]ться|ить|іть|їть|ає|яє|ує|ює|ьме|йме|де|ише|аже|іне)|meets|gathers|convenes|hosts|holds|begins|starts|opens|resumes|arrives|travels|visits|chairs)(?![\p{L}’'ʼ])/giu;
const NOT_NON_PAST =
  /(?:дцать|дцять|десят|десять|сят|сять|минут|институт|інститут|маршрут|атрибут|абсолют|салют|приют|валют|статут|парашют|опять|совет|бюджет|пакет|кабинет|кабінет|ответ|запрет|предмет|портрет|билет|секрет|свет|привет|итет|скелет|интернет|інтернет|визит|візит|саммит|кредит|лимит|депозит|транзит|аппетит|дефицит|профицит|бандит|брексит|запит|бит|даже|саме|ніде|везде|нигде)$/iu;

/** The distance from `at` to the nearest match of `pattern` that is not skipped nor inside one of `inside`. */
function nearestDistance(sentence: string, pattern: RegExp, at: number, skip: (word: string) => boolean = () => false, inside: readonly Span[] = []): number {
  let best = Infinity;
  for (const match of sentence.matchAll(pattern)) {
    if (skip(match[0])) continue;
    const start = match.index ?? 0;
    if (inside.some((span) => start >= span.start && start < span.end)) continue;
    best = Math.min(best, Math.abs(start - at), Math.abs(start + match[0].length - at));
  }
  return best;
}

const isNotVerb = (word: string): boolean => NOT_VERBS.has(word.toLowerCase());
const isNotNonPastVerb = (word: string): boolean => NOT_NON_PAST.test(word);

/**
 * The tense in which the date at `at` (an offset into `sentence`) is told, or null when nothing says.
 * The clause around it decides first: in "Макрон оголосив, що в п'ятницю … відбудеться"
 * the Friday belongs to "відбудеться", not to "оголосив".
 */
export function toldTense(sentence: string, at: number): 'past' | 'future' | null {
  const before = sentence.slice(0, at);
  const clauseStart = Math.max(...[',', ';', ':', ' — ', ' – ', '('].map((mark) => before.lastIndexOf(mark))) + 1;
  const clauseEnd = clauseEndFrom(sentence, at);
  // "В четверг, 4-го сентября, он примет участие": a date set off by commas is told in the clause that follows it.
  let toldEnd = clauseEnd;
  while (sentence.charAt(toldEnd) === ',' && wordCount(sentence.slice(clauseStart, toldEnd)) <= SET_OFF_WORDS) toldEnd = clauseEndFrom(sentence, toldEnd + 1);
  const clauses = toldEnd === clauseEnd ? [sentence.slice(clauseStart, clauseEnd)] : [sentence.slice(clauseStart, clauseEnd), sentence.slice(clauseStart, toldEnd)];
  for (const [index, text] of [...clauses, sentence].entries()) {
    const own = index < clauses.length;
    const offset = own ? at - clauseStart : at;
    const futures = [...text.matchAll(FUTURE_MARKER)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
    const past = nearestDistance(text, PAST_VERB, offset, isNotVerb, futures);
    // Only within the date's own clause: "лідери країн, які підтримують Україну, зустрілися" is past.
    const marked = nearestDistance(text, FUTURE_MARKER, offset);
    const future = own ? Math.min(marked, nearestDistance(text, NON_PAST, offset, isNotNonPastVerb)) : marked;
    if (past !== future) return past < future ? 'past' : 'future';
  }
  return null;
}

/** The most words a date's own clause has when it is only the date set off by commas ("В четверг, 4-го сентября,"). */
const SET_OFF_WORDS = 4;

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word.length > 0).length;

/** Where the clause that `at` stands in ends. */
function clauseEndFrom(sentence: string, at: number): number {
  const end = sentence.slice(at).search(/[,;:(]| [—–] /);
  return end === -1 ? sentence.length : at + end;
}

/** The sentence around an offset, for tense. */
function sentenceAround(text: string, start: number, end: number): { sentence: string; at: number } {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const after = text.slice(end).search(/[.!?\n]/);
  return { sentence: text.slice(from, after === -1 ? text.length : end + after), at: start - from };
}

/** The year that puts day and month closest to the reference day: "30 декабря" read on 2 January is last year's. */
export function nearestYear(month: number, day: number, reference: IsoDate): IsoDate | null {
  const parts = parseIsoDate(reference);
  if (!parts) return null;
  let best: IsoDate | null = null;
  for (const year of [parts.year - 1, parts.year, parts.year + 1]) {
    const candidate = isoDate(year, month, day);
    if (candidate === null) continue;
    if (best === null || Math.abs(daysBetween(reference, candidate)) < Math.abs(daysBetween(reference, best))) best = candidate;
  }
  return best;
}

// "4 сентября прошлого года", "6 січня цього року", "September 4 last year": the year counted from the reference.
const YEAR_WORD = /^,?\s+(?:(прошлого|минулого|позапрошлого|позаминулого|этого|текущего|нынешнего|цього|поточного|следующего|наступного)\s+(?:года|року)|(last|this|next)\s+year)(?![\p{L}\p{N}])/iu;
const YEAR_OFFSET: Record<string, number> = {
  прошлого: -1, минулого: -1, позапрошлого: -2, позаминулого: -2, last: -1,
  этого: 0, текущего: 0, нынешнего: 0, цього: 0, поточного: 0, this: 0,
  следующего: 1, наступного: 1, next: 1,
};
// "во вторник, 6 января", "Tuesday, January 6": the weekday says which year.
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${WEEKDAY_ALTERNATION}),?\\s*$`, 'iu');

/** Beyond this many days from the reference, the nearest year gives way to the tense the date is told in. */
const TENSE_OVERRULES_AFTER_DAYS = 60;
/**
 * A happening told as done cannot be weeks ahead of the report ("Саміт відбувся 6 січня", read on 20 November): past
 * tense takes last year sooner. A few days ahead are left to the nearest year, for a verb misread in another clause.
 */
const PAST_TENSE_OVERRULES_AFTER_DAYS = 14;

/**
 * The year of a day and month written without one, from the words around them:
 * a year word after them ("прошлого года") counts from the reference; a weekday
 * before them picks the nearby year in which the day falls on it; otherwise
 * the year nearest the reference, unless that lies months on the other side of
 * a reference day from the tense the sentence tells it in ("Потім були зустрічі
 * 2 березня", read in September). `end` grows over a year word.
 */
function yearlessDate(text: string, start: number, end: number, month: number, day: number, reference: IsoDate | null, referenceIsDay: boolean): { date: IsoDate | null; end: number } {
  if (reference === null) return { date: null, end };
  const referenceYear = Number(reference.slice(0, 4));
  const yearWord = YEAR_WORD.exec(text.slice(end, end + 30));
  if (yearWord) {
    const offset = YEAR_OFFSET[(yearWord[1] ?? yearWord[2] ?? '').toLowerCase()] ?? 0;
    return { date: isoDate(referenceYear + offset, month, day), end: end + yearWord[0].length };
  }
  const weekday = weekdayIndex(WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '');
  if (weekday !== -1) {
    const fitting = [referenceYear - 1, referenceYear, referenceYear + 1]
      .map((year) => isoDate(year, month, day))
      .filter((date): date is IsoDate => date !== null && weekdayOf(date) === weekday);
    if (fitting.length === 1) return { date: fitting[0] ?? null, end };
  }
  const nearest = nearestYear(month, day, reference);
  if (nearest === null || !referenceIsDay) return { date: nearest, end };
  const distance = daysBetween(reference, nearest);
  if (distance <= PAST_TENSE_OVERRULES_AFTER_DAYS && -distance <= TENSE_OVERRULES_AFTER_DAYS) return { date: nearest, end };
  const { sentence, at } = sentenceAround(text, start, end);
  const tense = toldTense(sentence, at);
  const nearestYearNumber = Number(nearest.slice(0, 4));
  if (tense === 'past' && distance > 0) return { date: isoDate(nearestYearNumber - 1, month, day), end };
  if (tense === 'future' && distance < -TENSE_OVERRULES_AFTER_DAYS) return { date: isoDate(nearestYearNumber + 1, month, day), end };
  return { date: nearest, end };
}

function expandYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/**
 * Explicit dates: day-month, month-day and numeric. Year-less ones resolved against `reference` when given;
 * `referenceIsDay` when it is a real day (the publication's or an event's), not the middle of a year the text names.
 */
function findExplicitDates(text: string, reference: IsoDate | null, referenceIsDay: boolean): DateHit[] {
  const found: DateHit[] = [];
  const push = (start: number, surface: string, date: IsoDate | null): void => {
    if (date !== null) found.push({ text: surface, date, start, end: start + surface.length });
  };
  const pushYearless = (start: number, surface: string, month: number, day: number): void => {
    const { date, end } = yearlessDate(text, start, start + surface.length, month, day, reference, referenceIsDay);
    push(start, text.slice(start, end), date);
  };
  for (const match of wordStartMatches(DAY_MONTH, text)) {
    const [surface, dayText, rangeEnd, monthWord, yearText] = match;
    const month = monthIndex(monthWord ?? '') + 1;
    if (month === 0) continue;
    const days = [Number(dayText)];
    if (rangeEnd !== undefined) days.push(Number(rangeEnd));
    for (const day of days) {
      if (yearText !== undefined) push(match.index ?? 0, surface, isoDate(Number(yearText), month, day));
      else pushYearless(match.index ?? 0, surface, month, day);
    }
  }
  for (const match of ORDINAL_HINT.test(text) ? wordStartMatches(ORDINAL_DAY_MONTH, text) : []) {
    const [surface, tens, stem, monthWord, yearText] = match;
    const month = monthIndex(monthWord ?? '') + 1;
    const day = ordinalDay(tens, stem ?? '');
    if (month === 0 || day === null) continue;
    if (yearText !== undefined) push(match.index ?? 0, surface, isoDate(Number(yearText), month, day));
    else pushYearless(match.index ?? 0, surface, month, day);
  }
  for (const { index, surface, month, day, year } of monthDayMatches(text)) {
    if (year !== null) push(index, surface, isoDate(year, month, day));
    else pushYearless(index, surface, month, day);
  }
  for (const match of wordStartMatches(NUMERIC, text)) {
    const [surface, rangeStart, d, m, y, isoY, isoM, isoD, slashFirst, slashSecond, slashY] = match;
    const date =
      isoY !== undefined
        ? isoDate(Number(isoY), Number(isoM), Number(isoD))
        : slashY !== undefined
          ? numericDate(Number(slashFirst), Number(slashSecond), Number(slashY), true)
          : numericDate(Number(d), Number(m), expandYear(y ?? ''), false);
    // Version numbers and scores look numeric too; a plausible year filters most of them.
    const year = date ? Number(date.slice(0, 4)) : 0;
    if (year < 1900 || year > 2100) continue;
    // "14–15.12.2025": the range's first day in the same month, when it comes before the last.
    const first = rangeStart === undefined ? null : numericDate(Number(rangeStart), Number(m), expandYear(y ?? ''), false);
    if (rangeStart === undefined || (first !== null && date !== null && first < date)) {
      if (first !== null) push(match.index ?? 0, surface, first);
      push(match.index ?? 0, surface, date);
    } else {
      // "2-1.12.2025" is no range: the date alone.
      const offset = surface.lastIndexOf(`${d}.${m}.`);
      push((match.index ?? 0) + offset, surface.slice(offset), date);
    }
  }
  // Few texts have the form at all; only those are looked over for dot decimals.
  const yearless = [...wordStartMatches(YEARLESS_NUMERIC, text)].filter((match) => !CLOCK_OR_LABEL_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index)));
  if (yearless.length > 0 && !DOT_DECIMAL.test(text)) {
    for (const match of yearless) {
      const [surface, day, month] = match;
      if (isoDate(2000, Number(month), Number(day)) !== null) pushYearless(match.index ?? 0, surface, Number(month), Number(day));
    }
  }
  // "6-го числа": the day of the publication's month or a neighbouring one, on the side its tense tells.
  if (referenceIsDay && reference !== null && text.includes('числ')) {
    for (const match of wordStartMatches(DAY_OF_MONTH, text)) {
      const start = match.index ?? 0;
      const { sentence, at } = sentenceAround(text, start, start + match[0].length);
      push(start, match[0], dayOfMonthNear(Number(match[1]), reference, toldTense(sentence, at)));
    }
  }
  return found;
}

/** The day `day` of the reference's month or a neighbouring one: the nearest, or the nearest on the side of `tense`. */
function dayOfMonthNear(day: number, reference: IsoDate, tense: 'past' | 'future' | null): IsoDate | null {
  const parts = parseIsoDate(reference);
  if (!parts) return null;
  let best: IsoDate | null = null;
  for (const shift of [-1, 0, 1]) {
    const month = parts.month + shift;
    const candidate = isoDate(parts.year + Math.floor((month - 1) / 12), ((month + 11) % 12) + 1, day);
    if (candidate === null) continue;
    const distance = daysBetween(reference, candidate);
    if ((tense === 'past' && distance > 0) || (tense === 'future' && distance < 0)) continue;
    if (best === null || Math.abs(distance) < Math.abs(daysBetween(reference, best))) best = candidate;
  }
  return best;
}

/** Weekdays and relative-day words, which only the publication date can fix. */
function findRelativeDates(text: string, published: IsoDate, explicit: readonly DateHit[]): DateHit[] {
  const found: DateHit[] = [];
  const eves: number[] = [];
  for (const match of wordStartMatches(RELATIVE_REGEX, text)) {
    const surface = match[0];
    const rule = RELATIVE.find((r) => new RegExp(`^(?:${r.pattern})$`, 'iu').test(surface));
    if (!rule) continue;
    const start = match.index ?? 0;
    const end = start + surface.length;
    const eve = rule.offset === -1 && /^(?:накануне|напередодні)$/iu.test(surface);
    // "прибыл накануне встречи", "напередодні саміту": a preposition, the eve of a happening the text dates elsewhere.
    if (eve && EVE_OF.test(text.slice(end, end + 40))) continue;
    // "Напередодні, 3 січня, у Києві": a date set off after the word is its day. Without the comma "накануне 6 января"
    // is the eve of that date, so only the words for a day itself may go without one ("вчера 4 сентября").
    const written = explicit.find((hit) => hit.start >= end && hit.start <= end + 3 && (eve ? /^\s*,\s*$/ : /^[,\s]*$/).test(text.slice(end, hit.start)));
    found.push({ text: surface, date: written?.date ?? addCalendarDays(published, rule.offset), start, end });
    if (eve && !written) eves.push(found.length - 1);
  }
  const publishedWeekday = weekdayOf(published);
  const withPreposition = [...wordStartMatches(WEEKDAY, text)];
  const bare = [
    ...(BARE_WEEK_WORD.test(text) ? wordStartMatches(BARE_WEEKDAY, text) : []),
    ...(ENGLISH_WEEKDAY_HINT.test(text) ? text.matchAll(ENGLISH_WEEKDAY) : []),
  ];
  // "прошлую пятницу" inside "в прошлую пятницу" is the same mention.
  const weekdays = [...withPreposition, ...bare.filter((match) => !withPreposition.some((outer) => outer.index < match.index && outer.index + outer[0].length >= match.index + match[0].length))];
  for (const match of weekdays) {
    const surface = match[0];
    const word = surface.split(/\s+/).pop() ?? '';
    const weekday = weekdayIndex(word);
    if (weekday === -1) continue;
    const start = match.index ?? 0;
    // "во вторник, 6 января": the date written next to the weekday is its day, whatever the tense.
    const end = start + surface.length;
    const written = explicit.find((hit) => hit.start >= end && hit.start <= end + 3 && /^[,\s]*$/.test(text.slice(end, hit.start)) && weekdayOf(hit.date) === weekday);
    if (written) {
      found.push({ text: surface, date: written.date, start, end });
      continue;
    }
    if (SPAN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const forward = (weekday - publishedWeekday + 7) % 7;
    const week = WEEK_PHRASE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    let offset: number;
    if (week) {
      const sameWeek = ((weekday + 6) % 7) - ((publishedWeekday + 6) % 7);
      offset = week[1] ? sameWeek - 7 : week[2] ? sameWeek + 7 : sameWeek;
    }
    // Last week's day is the one before the publication day, next week's the one after it.
    else if (LAST_WEEK_START.test(surface)) offset = forward - 7;
    else if (NEXT_WEEK_START.test(surface)) offset = forward === 0 ? 7 : forward;
    else {
      const { sentence, at } = sentenceAround(text, start, start + surface.length);
      offset = toldTense(sentence, at) === 'past' && forward !== 0 ? forward - 7 : forward;
    }
    found.push({ text: surface, date: addCalendarDays(published, offset), start, end: start + surface.length });
  }
  // "Накануне, в субботу, в Киеве прошла встреча": a weekday set off after the word is its day, as a date is.
  for (const index of eves) {
    const eve = found[index];
    if (eve === undefined) continue;
    const weekday = found.find((hit) => hit.start > eve.end && hit.start <= eve.end + 3 && /^\s*,\s*$/.test(text.slice(eve.end, hit.start)));
    if (weekday) found[index] = { ...eve, date: weekday.date };
  }
  return found;
}

// "прилетит в понедельник, чтобы на следующий день принять участие", "said on Wednesday … agreed a day earlier": a day
// counted from the date told just before, in the same paragraph; with none, the words date nothing. "на следующий день
// после прекращения огня" counts from what follows instead, which is no date.
const FROM_ANCHOR: ReadonlyArray<{ pattern: string; offset: number }> = [
  { pattern: 'на следующий день|на другой день|на наступний день|наступного дня|на другий день|дн[её]м позже|днем пізніше|the next day|the following day|a day later', offset: 1 },
  { pattern: 'дн[её]м ранее|дн[её]м раньше|днем раніше|a day earlier|the previous day', offset: -1 },
];
const FROM_ANCHOR_REGEX = new RegExp(`(${FROM_ANCHOR.map((r) => r.pattern).join('|')})${E}`, 'giu');
const FROM_ANCHOR_TESTS = FROM_ANCHOR.map(({ pattern, offset }) => ({ test: new RegExp(`^(?:${pattern})$`, 'iu'), offset }));
const AFTER_WHAT = /^\s+(?:после|після|перед|до|after|before|following)(?![\p{L}])/iu;
/** How far back, in characters, the date a counted day starts from may stand. */
const ANCHOR_REACH = 250;

function findAnchoredDates(text: string, dated: readonly DateHit[]): DateHit[] {
  const found: DateHit[] = [];
  for (const match of wordStartMatches(FROM_ANCHOR_REGEX, text)) {
    const start = match.index ?? 0;
    const offset = FROM_ANCHOR_TESTS.find(({ test }) => test.test(match[0]))?.offset;
    const anchor = dated.filter((hit) => hit.end <= start && start - hit.end <= ANCHOR_REACH && !text.slice(hit.end, start).includes('\n\n')).at(-1);
    if (offset === undefined || anchor === undefined || AFTER_WHAT.test(text.slice(start + match[0].length, start + match[0].length + 12))) continue;
    found.push({ text: match[0], date: addCalendarDays(anchor.date, offset), start, end: start + match[0].length });
  }
  return found;
}

/** A lone year in the text ("в 2025 году"), the only context for year-less dates when the publication date is unknown. */
function contextYearReference(text: string): IsoDate | null {
  const years = [...text.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1]));
  if (years.length === 0) return null;
  const distinct = new Set(years);
  if (distinct.size !== 1) return null;
  return isoDate(years[0] ?? 0, 7, 1);
}

// A report looks back this many days at most to the day its lead tells of.
const SAYING_DAY_REACH = 3;
const OPENING_MARK = /[«“„"]/;

/**
 * «Сегодня 26 стран официально обязались», quoted in a report of the day after: the quotation's "today" is the day the
 * words were said. When the lead tells of one past day within a few days, that is taken as the day of the words it
 * quotes; otherwise the publication day stands. Changes the relative words' hits in place.
 */
function sayingDayInQuotations(text: string, published: IsoDate, hits: DateHit[]): void {
  // Most relative words have no quotation mark before them in their paragraph: those need no look at quotations.
  const relative = hits.filter((hit) => {
    const offset = relativeDayOffset(hit.text);
    return offset !== null && hit.date === addCalendarDays(published, offset) && OPENING_MARK.test(text.slice(Math.max(0, text.lastIndexOf('\n\n', hit.start)), hit.start));
  });
  if (relative.length === 0) return;
  const quotations = quotationSpans(text);
  const quoted = relative.filter((hit) => isQuoted(hit, quotations));
  if (quoted.length === 0) return;
  const lead = leadSpan(text);
  const leadDays = new Set(hits.filter((hit) => hit.start >= lead.start && hit.start < lead.end && !isQuoted(hit, quotations)).map((hit) => hit.date));
  const [day] = leadDays;
  if (leadDays.size !== 1 || day === undefined) return;
  const back = daysBetween(day, published);
  if (back < 1 || back > SAYING_DAY_REACH) return;
  for (const hit of quoted) hit.date = addCalendarDays(day, relativeDayOffset(hit.text) ?? 0);
}

/**
 * Every date the text states or implies. `yearReference` places year-less dates
 * when the publication date is unknown (the day of the event the article reports).
 */
export function findMentionedDates(text: string, published: IsoDate | null, yearReference: IsoDate | null = null): MentionedDate[] {
  const day = published ?? yearReference;
  const explicit = findExplicitDates(text, day ?? contextYearReference(text), day !== null);
  const all = [...explicit, ...(published ? findRelativeDates(text, published, explicit) : [])];
  // Drop mentions inside longer ones ("4 сентября" inside "в четверг, 4 сентября" is kept; a numeric date inside a range is not).
  all.sort((a, b) => a.start - b.start || b.end - a.end || (a.date < b.date ? -1 : 1));
  const result: DateHit[] = [];
  for (const mention of all) {
    const covering = result.find((kept) => kept.start <= mention.start && kept.end >= mention.end && kept.date !== mention.date && kept.text !== mention.text);
    if (covering) continue;
    if (result.some((kept) => kept.start === mention.start && kept.end === mention.end && kept.date === mention.date)) continue;
    result.push(mention);
  }
  if (published) sayingDayInQuotations(text, published, result);
  const anchored = findAnchoredDates(text, result);
  if (anchored.length > 0) {
    result.push(...anchored);
    result.sort((a, b) => a.start - b.start);
  }
  const sentences = sentenceSpans(text);
  return result.map((mention) => extend(mention, { sentence: sentenceAt(sentences, mention.start) }));
}

/** The first line of the raw body that is a timestamp line stating a publication day. */
export function findTimestamp(body: string): { date: IsoDate; line: string } | null {
  for (const line of body.split('\n').slice(0, 40)) {
    const published = readTimestampLine(line)?.published;
    if (published) return { date: published, line: line.trim() };
  }
  return null;
}

// "сегодня, 4 сентября 2025 года": the text says which day it was written.
const TODAY_ANCHOR = /(сегодня|сьогодні|today)[,\s]+(?:(?:в|у|on)\s+)?(?:\p{L}+,\s+)?/giu;

function findTodayAnchor(text: string): { date: IsoDate; basis: PublishedBasis } | null {
  for (const match of wordStartMatches(TODAY_ANCHOR, text, /\p{L}/u)) {
    const start = (match.index ?? 0) + match[0].length;
    const [date] = findExplicitDates(text.slice(start, start + 40), contextYearReference(text), false);
    if (date && date.start === 0) {
      return { date: date.date, basis: { rule: 'today', quote: `${match[0].trim()} ${date.text}`, yearFrom: /\d{4}/.test(date.text) ? null : 'text' } };
    }
  }
  return null;
}

/**
 * The day an agency dateline was filed ("ПАРИЖ, 6 января. /ТАСС/."), in the
 * first two paragraphs. A dateline rarely gives the year: it comes from the
 * one year the text names, or from `yearReference` (the day of the event an
 * undated article reports); without either the day is left out.
 */
export function datelineDay(text: string, yearReference: IsoDate | null = null, referenceIs: 'event' | 'collection' = 'event'): { date: IsoDate; basis: PublishedBasis } | null {
  const dateline = findDateline(text);
  if (!dateline || dateline.month === null || dateline.day === null) return null;
  const quote = text.slice(dateline.start, dateline.start + dateline.end).replace(/[\s.,–—-]+$/, '');
  if (dateline.year !== null) {
    const date = isoDate(dateline.year, dateline.month, dateline.day);
    return date ? { date, basis: { rule: 'dateline', quote, yearFrom: null } } : null;
  }
  const named = contextYearReference(text);
  const reference = named ?? yearReference;
  const date = reference ? nearestYear(dateline.month, dateline.day, reference) : null;
  return date ? { date, basis: { rule: 'dateline', quote, yearFrom: named ? 'text' : referenceIs } } : null;
}

const BASIS_IN_ENGLISH: Record<PublishedBasis['rule'], string> = {
  header: 'date header',
  'front-matter': 'front matter',
  metadata: 'the page’s metadata',
  timestamp: 'timestamp',
  dateline: 'dateline',
  today: 'the text says',
};

/** The basis of a publication date as an English phrase, for editors and timeline.json. */
export function describeBasis(basis: PublishedBasis): string {
  const quoted = basis.quote === null ? BASIS_IN_ENGLISH[basis.rule] : `${BASIS_IN_ENGLISH[basis.rule]} "${basis.quote}"`;
  if (basis.yearFrom === 'text') return `${quoted}, in the year the text names`;
  if (basis.yearFrom === 'event') return `${quoted}, in the year of the event it reports`;
  if (basis.yearFrom === 'collection') return `${quoted}, in the year the other articles' dates point to`;
  return quoted;
}

/** "Вторник, 6 января 2026 года. 1413-й день войны.": a digest opens with its day as a sentence of its own. */
function findOpeningDate(text: string): { date: IsoDate; sentence: string } | null {
  for (const paragraph of leadingParagraphs(text, 2)) {
    // The first sentence, cut at its full stop: a timestamp line is short, and its year ends in a digit or "г."/"р.".
    const head = paragraph.text.slice(0, 80);
    const stop = head.search(/(?<![гр])\.(?:\s|$)/u);
    const published = stop > 0 ? readTimestampLine(head.slice(0, stop))?.published : null;
    if (published) return { date: published, sentence: head.slice(0, stop) };
  }
  return null;
}

interface PublicationDate {
  published: IsoDate | null;
  publishedSource: PublishedSource | null;
  publishedBasis: PublishedBasis | null;
  publishedReason: string | null;
}

function publication(published: IsoDate, publishedSource: PublishedSource, publishedBasis: PublishedBasis): PublicationDate {
  return { published, publishedSource, publishedBasis, publishedReason: describeBasis(publishedBasis) };
}

export function parsePublicationDate(article: LanguageTaggedArticle): PublicationDate {
  if (article.headerDate) return publication(article.headerDate, 'header', { rule: 'header', quote: null, yearFrom: null });
  if (article.meta.date) return publication(article.meta.date, 'front-matter', { rule: 'front-matter', quote: null, yearFrom: null });
  const metadata = readPageMetadataDate(article.body);
  if (metadata) return publication(metadata.date, 'text', { rule: 'metadata', quote: metadata.name, yearFrom: null });
  const stamp = findTimestamp(article.body);
  if (stamp) return publication(stamp.date, 'text', { rule: 'timestamp', quote: stamp.line, yearFrom: null });
  const opening = findOpeningDate(article.text);
  if (opening) return publication(opening.date, 'text', { rule: 'timestamp', quote: opening.sentence, yearFrom: null });
  const dateline = datelineDay(article.text);
  if (dateline) return publication(dateline.date, dateline.basis.yearFrom === null ? 'text' : 'inferred', dateline.basis);
  const anchor = findTodayAnchor(article.text);
  if (anchor) return publication(anchor.date, 'inferred', anchor.basis);
  return { published: null, publishedSource: null, publishedBasis: null, publishedReason: null };
}

export function dateArticle(article: LanguageTaggedArticle): DatedArticle {
  const publication = parsePublicationDate(article);
  const { body: _body, ...rest } = article;
  return extend(rest, extend(publication, { mentionedDates: findMentionedDates(article.text, publication.published) }));
}

/** Publication dates before this are almost certainly typing errors. */
export const EARLIEST_PLAUSIBLE = '1990-01-01';

/**
 * A warning for a publication date before 1990 or in the future. "Today" is the
 * UTC day plus one, so that no time zone on the build machine can change the verdict.
 */
export function publicationDateWarning(date: IsoDate, todayUtc: IsoDate): string | null {
  if (date < EARLIEST_PLAUSIBLE) return `publication date ${date} is before ${EARLIEST_PLAUSIBLE.slice(0, 4)}`;
  if (date > addCalendarDays(todayUtc, 1)) return `publication date ${date} is in the future`;
  return null;
}
