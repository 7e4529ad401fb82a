// Stage 6: articles grouped into the real-world happenings they report.
// Each article gets a signature: the day of its happening (the mentioned date
// that sits next to a meeting word, in the headline or lead, near the
// publication day), the city or venue, the kind, and its people. Articles with
// the same day are blocked together and split by place; undated articles join
// the event they share a place and most people with. No all-pairs comparison.
import { addCalendarDays, daysBetween, isoDate, weekdayOf } from './calendar.ts';
import placeData from './data/places.json' with { type: 'json' };
import { sentenceSpans } from './clean.ts';
import { findMentionedDates, namedWeek, namedWeekend, namesLastWeekday, relativeDayOffset, toldTense } from './dates.ts';
import { compatible } from './claims.ts';
import { findOrganisations, findPlaces } from './entities.ts';
import type { CluedArticle, Entity, EntityArticle, Event, EventClaims, EventClues, EventKind, EventMention, IsoDate, LanguageCode, Mention, MentionedDate, Span } from './model.ts';
import { codePointBefore, isWordCodePoint, wordStartMatches } from './letters.ts';
import { findDateline } from './dateline.ts';
import { eventTitle, type EventTitleParts } from './local-names.ts';
import { leadSpan } from './timestamps.ts';
import { slugify, uniqueId } from './slug.ts';
import { extend } from './extend.ts';

const PLACES = new Map<string, { id: string; name: string; kind: string; city?: string }>(placeData.entries.map((entry) => [entry.id, entry]));
const isSite = (id: string): boolean => PLACES.get(id)?.kind === 'city' || PLACES.get(id)?.kind === 'venue';

/** A venue stands for its city: the Élysée Palace is in Paris. */
function siteOf(place: Entity): Entity {
  const city = PLACES.get(PLACES.get(place.id)?.city ?? '');
  return city ? { id: city.id, name: city.name, mentions: place.mentions } : place;
}

// Gathering and hosting: "соберутся", "зібралися", "convene", "met", "примет министров", "принял в своей резиденции на
// Даунинг-стрит лидеров", "собрал лидеров", "will host leaders". A meeting's
// verbs, weaker than its nouns: "Лидеры собрались в Париже … прошел саммит" is a summit. Host and guests stand in one
// line: a headline's last verb does not reach the next paragraph's first word.
const GATHERING =
  String.raw`собрал(?:ись|ась|ся)|соберутся|собер[её]тся|зібрал(?:ися|ася|ся)|зберуться|збереться|convene|gather|(?:принима|примет|примут|принял|прийма|прийме|приймуть|прийняв|прийняла|прийняли|собрал|соберет|соберёт|зібрав|зібрала|зібрали|збере)\p{L}*[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,5}?(?:лидер|министр|глав|делегац|саммит|встреч|президент|премьер|канцлер|генсек|госсекретар|лідер|міністр|голів|саміт|зустріч|прем['’]єр|держсекретар)|(?<![\p{L}])(?:host(?:s|ed|ing)?|met|meets?)(?![\p{L}])`;

// Signing together: "лидеры подписали декларацию", "Стармер и Макрон підписали угоду", "signed a declaration of intent".
// Parties sign a text where they meet; one person signing a law or a decree («Зеленский подписал закон») is no happening.
const SIGNING = String.raw`(?:подписали|підписали|(?<![\p{L}])signed)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:декларац|соглашени|угод|меморандум|коммюнике|комюніке|declaration|agreement|accord|memorandum|communiqu)`;

// Arriving: "прибыл", "прибули", "прилетели", "приїхав", "arrived", "flew to"; not the noun «прилет» (a strike).
const ARRIVED = String.raw`прибыл|прибув|прибул|прилет(?:ел|ит|ят|ів|іл)|приїха|приехал|arrived|landed\s+in|flew\s+(?:in)?to`;

// Stems of the words that name a happening, in Russian, Ukrainian and English, and what each match counts.
const KIND_WORDS: ReadonlyArray<[EventKind, RegExp, number]> = [
  // "обсудил по телефону", "поговорили телефоном", "spoke by phone": talking by phone, not telling a reporter by phone.
  // "to host coalition call", "held a virtual call": a call hosted or joined, not a meeting.
  ['call', /(созвон|телефонн\p{L}* разговор|разговор\p{L}* по телефону|(?:обсуди|обговори|поговори|переговори)\p{L}*\s+(?:по\s+)?телефон(?:у|ом)|(?:spoke|talked)\s+(?:by|on\s+the)\s+(?:tele)?phone|видеосвяз|видеоконференц|зателефонува|телефонн\p{L}* розмов|відеозв|відеоконференц|онлайн-(?:встреч|зустріч|засідан|заседани|саміт|саммит|нарад|совещани)|video ?call|phone call|call with|videoconference|(?:host|hold|held)\p{L}*\s+(?:a\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,3}?call(?![\p{L}]))/giu, 1],
  ['summit', /(саммит|саміт|summit)/giu, 1],
  ['talks', /(переговор|консультац|talks|negotiat|consultation)/giu, 1],
  ['visit', new RegExp(`(визит|візит|visit|${ARRIVED})`, 'giu'), 1],
  // A conference is a gathering too ("конференция по безопасности в Мюнхене"); a press or video conference is not one.
  // An "онлайн-встреча" is a call.
  ['meeting', /((?<!онлайн-)(?:встреч|зустріч|заседани|засідан|совещани|нарад)|встрет|зустрі[лн]|meeting|(?<!(?:пресс?|прес|видео|відео)-?)конференц|(?<!(?:press|video)[\s-]?)conference)/giu, 1],
  ['meeting', new RegExp(`(?:${GATHERING})`, 'giu'), 0.5],
  // Last, so that a tie goes to the happening: "після зустрічі … посилити тиск, зокрема через санкції".
  ['sanctions', /(санкци|санкці|sanction)/giu, 1],
];
// "провели встречу по видеосвязи", "meeting by video" is the whole happening held by video: a call.
const JOINED_BY_VIDEO = /(?<!(?:встреч|зустріч|засідан|заседани|совещани|нарад|meeting)\p{L}*\s+)(по видеосвяз|по відеозв|via video|by video)/giu;
// The same patterns without the global flag: with it, test() carries a position from one call to the next.
const KIND_TESTS: ReadonlyArray<[EventKind, RegExp]> = KIND_WORDS.map(([kind, pattern]) => [kind, new RegExp(pattern.source, 'iu')]);
// Signing tells that the parties met, not how: it makes a meeting only when no word names the kind.
const SIGNING_TEST = new RegExp(SIGNING, 'iu');
// The nouns that name a happening, as stems: "встречи", "засідання", "консультації", "talks".
const HAPPENING = 'встреч|зустріч|саммит|саміт|заседани|засідан|совещани|нарад|переговор|консультац|meeting|summit|talks|consultation';
// Verbs too: "зустрілися в Парижі", "встретились во вторник", "met on Tuesday".
const HAPPENING_WORD = new RegExp(HAPPENING, 'iu');
const MEETING_WORD = new RegExp(String.raw`(встреч|встрет|зустріч|зустрі[влн]|саммит|саміт|заседани|засідан|переговор|консультац|consultation|${GATHERING}|${SIGNING}|созвон|разговор|розмов|визит|візит|конференц|meeting|(?<![\p{L}])met(?![\p{L}])|summit|talks|call|visit|conference)`, 'iu');

// Verbs of saying, in the past: the lead reports a statement.
const SAID_VERB = '(?:(?:заяви|сказа|повідоми|сообщи|наголоси|подчеркну|підкресли)(?:л|ла|ли|в)|said|told|stated)';
const SAID = new RegExp(`${SAID_VERB}(?![\\p{L}])`, 'iu');
/** A verb of saying right before a date: "сообщил в четверг", "заявила 7 января", "said on Thursday". */
const SAID_JUST_BEFORE = new RegExp(`${SAID_VERB}\\s+(?:on\\s+)?$`, 'iu');
// An interview, a briefing, an address: the day of a statement, which is a happening too when nothing else is reported.
const STATEMENT_WORD = /(интервью|інтерв|interview|брифинг|брифінг|briefing|обращени|звернен|выступ|виступ|speech|address)/iu;

// A day word and the happening it dates: "вчерашней встречи", "сьогоднішнього засідання", "yesterday's summit".
const RELATIVE_HAPPENING = new RegExp(String.raw`(позавчерашн\p{L}+|позавчорашн\p{L}+|послезавтрашн\p{L}+|післязавтрашн\p{L}+|вчерашн\p{L}+|вчорашн\p{L}+|учорашн\p{L}+|сегодняшн\p{L}+|сьогоднішн\p{L}+|завтрашн\p{L}+|yesterday['’]s|today['’]s|tomorrow['’]s)\s+(?:${HAPPENING})`, 'giu');

// "в ночь на среду", "у ніч на вівторок": the night that ends on the day named.
const NIGHT_BEFORE = /^(?:в ночь на|[ув] ніч на)\s/iu;

// "итоги встречи", "підсумки саміту", "results of the talks", and what a happening produced ("гарантії, обговорені на
// паризькому саміті", "договоренности, достигнутые в ходе переговоров", "agreed at the summit"): a happening that is
// over when the sentence is told.
const OUTCOME = new RegExp(
  String.raw`(?:(?:[Ии]тог|[Пп]ідсумк|[Рр]езультат|[Rr]esults?\s+of|[Oo]utcome\s+of)\p{L}*\s+|(?:[Рр]ешени|[Рр]ішенн|[Дд]оговор[её]нност|[Дд]омовленост|[Dd]ecisions?\s+of|[Aa]greements?\s+of)\p{L}*\s+(?!(?:о|об|про|по|на|в|у|за|до|щодо|about|on|to)\s)|(?:обговорен|обсужден|обсуждавш|досягнут|достигнут|ухвален|погоджен|узгоджен|согласован|agreed|discussed|reached|adopted)\p{L}*\s+(?:на|під час|у ході|в ході|в ходе|во время|at|during)\s+)(?:\p{L}+\s+){0,2}?(?:${HAPPENING})\p{L}*`,
  'gu',
);

/** An outcome phrase and the cities named from it to its sentence's end ("итоги встречи в Париже"). */
interface Outcome extends Span {
  sites: Set<string>;
}

/**
 * The sentences the event clues read words in: the lead and those with a date, a city or the coalition in them.
 * Scanning a whole text with one more pattern costs about 7 µs an article; these are usually a third of it.
 */
function readSentences(article: EntityArticle, lead: Span): Span[] {
  const sentences = new Map<number, Span>([[lead.start, lead]]);
  const add = (sentence: Span): void => {
    if (sentence.start < lead.start || sentence.start >= lead.end) sentences.set(sentence.start, sentence);
  };
  for (const mention of article.mentionedDates) add(mention.sentence);
  for (const place of article.places) if (isSite(place.id)) for (const mention of place.mentions) add(mention.sentence);
  for (const organisation of article.organisations) if (organisation.id === COALITION_ID) for (const mention of organisation.mentions) add(mention.sentence);
  return [...sentences.values()];
}

/** The matches of a global pattern that start a word, within the given stretches of `text`. */
function matchesWithin(pattern: RegExp, text: string, ranges: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const range of ranges) {
    const part = text.slice(range.start, range.end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(part); match; match = pattern.exec(part)) {
      const start = range.start + match.index;
      if (start === 0 || !isWordCodePoint(codePointBefore(text, start))) found.push({ start, end: start + match[0].length });
    }
  }
  return found;
}

/** From `start` to the end of its sentence: what a phrase there goes on to tell ("итоги встречи в Париже"). */
function restOfSentence(text: string, start: number): Span {
  const stop = text.slice(start).search(/[.!?\n]/);
  return { start, end: stop === -1 ? text.length : start + stop };
}

function outcomesOf(article: EntityArticle, sentences: readonly Span[]): Outcome[] {
  const { text } = article;
  return matchesWithin(OUTCOME, text, sentences).map((span) => ({ ...span, sites: sitesIn(article, restOfSentence(text, span.start)) }));
}

// "Про це він сказав", "Об этом сообщил", "Про це йдеться": the sentence after a lead that says where and when its
// statement was made. Only near the top: further down such a sentence attributes an aside.
const ATTRIBUTION = /^(?:Про це|Об этом)\s+(?:\p{L}+\s+){0,3}?(?:заяв|сказа|повідом|сообщ|розпов|рассказ|наголос|подчерк|підкрес|написа|йдеться|говорится|идет речь)/u;
const ATTRIBUTION_REACH = 800;

function isAttribution(text: string, sentence: Span): boolean {
  return sentence.start < ATTRIBUTION_REACH && ATTRIBUTION.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
}

/** An article's clues with its people, as grouping compares them. */
interface Signature extends EventClues {
  people: Set<string>;
}

/** A happening dated by a day word: where the words stand ("вчерашней встречи") and the day they name. */
interface RelativeHappening extends Span {
  date: IsoDate;
}

/**
 * "вчорашньої зустрічі", "yesterday's talks", "вівторковій зустрічі": the happenings a day word dates.
 * Every relative day word has "шн" or "'s" in it; most texts have neither and skip that scan (about 5 µs an article).
 * Weekday adjectives are looked for in the sentences the clues read.
 */
function relativeHappenings(article: EntityArticle, sentences: readonly Span[]): RelativeHappening[] {
  const { text, published } = article;
  if (published === null) return [];
  const found: RelativeHappening[] = [];
  if (text.includes('шн') || text.includes("'s") || text.includes('’s')) {
    for (const match of wordStartMatches(RELATIVE_HAPPENING, text)) {
      const start = match.index ?? 0;
      found.push({ start, end: start + match[0].length, date: addCalendarDays(published, relativeDayOffset(match[1] ?? '') ?? 0) });
    }
  }
  for (const span of matchesWithin(WEEKDAY_HAPPENING, text, sentences)) {
    const weekday = WEEKDAY_STEMS.findIndex((stem) => stem.test(text.slice(span.start, span.end)));
    if (weekday === -1) continue;
    // "вівторковій зустрічі": the last Tuesday, or the next one when the sentence looks ahead.
    const forward = (weekday - weekdayOf(published) + 7) % 7;
    const sentenceStart = Math.max(text.lastIndexOf('.', span.start), text.lastIndexOf('\n', span.start)) + 1;
    const sentence = text.slice(sentenceStart, restOfSentence(text, span.start).end);
    // "итоги четверговой встречи изучают": a happening summed up is over, whatever tense the sentence is in.
    const summedUp = SUMMED_UP_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
    const offset = forward === 0 ? 0 : !summedUp && toldTense(sentence, span.start - sentenceStart) === 'future' ? forward : forward - 7;
    found.push({ ...span, date: addCalendarDays(published, offset) });
  }
  return found;
}

const SUMMED_UP_BEFORE = /(?:итог|підсумк|результат|outcome|results?)\p{L}*\s+(?:of\s+)?$/iu;

// "вівторковій зустрічі", "пятничного саммита", "Tuesday's summit": a happening a weekday's adjective dates.
// Wednesday's Russian and Ukrainian adjectives ("средовой", "середовий") read as other words and are left out.
// Case is spelt out: a case-insensitive Unicode pattern scans several times slower.
const WEEKDAY_HAPPENING =
  new RegExp(String.raw`(?:[Пп]онедельничн|[Пп]онеділков|[Вв]торничн|[Вв]івторков|[Чч]етвергов|[Пп]ятничн|[Пп]['’]ятничн|[Сс]убботн|[Сс]уботн|[Вв]оскресн|[Нн]едільн|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\p{L}*\s+(?:${HAPPENING})\p{L}*`, 'gu');
/** The stems of WEEKDAY_HAPPENING by weekday, 0 = Sunday as weekdayOf counts. */
const WEEKDAY_STEMS = [/^(?:воскресн|недільн|sunday)/iu, /^(?:понедельн|понеділк|monday)/iu, /^(?:вторн|вівторк|tuesday)/iu, /^wednesday/iu, /^(?:четверг|thursday)/iu, /^(?:пятн|п['’]ятн|friday)/iu, /^(?:суббот|субот|saturday)/iu];

// ", а в середу …", ", але …", "; …", ", while …": within one sentence, a contrast that moves on to another happening.
const CONTRAST = /(?:,\s*(?:а|але|но|однак|однако|тогда как|тоді як|while|whereas|but)\s|;\s)/g;

/** The part of a sentence between the contrasts on either side of `at`: "У понеділок … зустрілися в Лондоні" of "…, а в середу … у Парижі". */
function contrastPart(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(CONTRAST)) {
    const boundary = sentence.start + match.index;
    if (boundary >= at) {
      end = boundary;
      break;
    }
    start = boundary + match[0].length;
  }
  return { start, end };
}

// "на следующий день после саммита в Париже", "менш ніж за добу після саміту", "two days after the summit": a happening
// a day or more away from the one reported. Its words and its city say nothing of the article's own happening.
// Lower case only: mid-sentence, where an offset stands before them, these words are never capitalised.
const AROUND_HAPPENING = /(?:после|після|after|before|перед|ahead of|following)\s/g;
const DAY_OFFSET_BEFORE =
  /(?:следующий день|другой день|наступного дня|наступний день|день спустя|(?:через|за|спустя)\s+(?:день|добу|сутки|неделю|тиждень|(?:два|три|четыре|чотири|несколько|кілька|пару|\d+)\s+\p{L}+)|(?<![\p{L}])(?:(?:the|a|one|two|three|four|several|a few|\d+)\s+)?(?:days?|weeks?))\s+$/iu;

/** The stretches of text that speak of another day's happening: from "после" in "на следующий день после …" to at most 70 characters on, within the sentence. */
function otherDayHappenings(text: string): Span[] {
  const spans: Span[] = [];
  // The offset before it checks the word start as well: no wordStartMatches, which copies the pattern on every call.
  AROUND_HAPPENING.lastIndex = 0;
  for (let match = AROUND_HAPPENING.exec(text); match; match = AROUND_HAPPENING.exec(text)) {
    const start = match.index;
    if (!DAY_OFFSET_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const stop = text.slice(start, start + 70).search(/[.!?\n]/);
    spans.push({ start, end: stop === -1 ? Math.min(text.length, start + 70) : start + stop });
  }
  return spans;
}

// "минулого тижня", "на прошлой неделе", "торік", "неделю назад", "last week", "a month ago": a time told as a period
// before, which no calendar date states; so is one counted back from the story ("неделей ранее", "за тиждень до цього",
// "a week earlier", "днем ранее", "a day earlier"), and the week's days before the story's ("раніше цього тижня", "earlier this week"). Case is
// spelt out: a case-insensitive Unicode pattern scans several times slower.
const PAST_PERIOD =
  /(?:[Пп]рошл|[Мм]инул)\p{L}*\s+(?:недел|тиж|месяц|місяц|году|року|рік)\p{L}*|[Тт]орік|(?:[Нн]еделю|[Тт]иждень|[Мм]есяц|[Мм]ісяць|[Гг]од|[Рр]ік)\s+(?:назад|тому)|(?:[Нн]еделей|[Тт]ижнем|[Мм]есяцем|[Мм]ісяцем|[Гг]одом|[Рр]оком)\s+(?:ранее|раньше|раніше)|[Зз]а\s+(?:неделю|тиждень|месяц|місяць|год|рік)\s+до\s+(?:этого|того|цього)|(?:[Рр]анее|[Рр]аніше)\s+(?:на\s+этой\s+неделе|цього\s+тижня|на\s+цьому\s+тижні)|[Ee]arlier\s+(?:this|in\s+the)\s+week|[Ll]ast\s+(?:week|month|year)|(?:[Aa]|[Oo]ne)\s+(?:week|month|year)\s+(?:ago|earlier|before)|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+days?\s+(?:earlier|before)|[Tt]he\s+(?:day|night)\s+before|[Tt]he\s+previous\s+day|(?:[Дд]нем|[Дд]нём|[Дд]нями)\s+(?:ранее|раньше|раніше)|[Зз]а\s+(?:день|добу)\s+до\s+(?:этого|того|цього)/gu;
// Commas, semicolons, dashes and sentence ends bound the clause a past period belongs to.
const CLAUSE_END = /[,;:.!?\n—–]/;

/**
 * The clauses that tell something of a past period: "…сил для України, про які домовилися в Парижі минулого тижня."
 * Their city and happening words are not those of an article about a day this week.
 */
function pastPeriodClauses(text: string, sentences: readonly Span[]): Span[] {
  return matchesWithin(PAST_PERIOD, text, sentences).map((period) => {
    let { start, end } = period;
    while (start > 0 && !CLAUSE_END.test(text.charAt(start - 1))) start--;
    while (end < text.length && !CLAUSE_END.test(text.charAt(end))) end++;
    return { start, end };
  });
}

/** `text` from `offset` on with the stretches of `spans` blanked out. */
function withoutSpans(text: string, offset: number, spans: readonly Span[]): string {
  let result = text;
  for (const span of spans) {
    const from = Math.max(0, span.start - offset);
    const to = Math.min(result.length, span.end - offset);
    if (from < to) result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
  }
  return result;
}

/** True when `span` begins inside `range`. */
const startsIn = (span: Span, range: Span): boolean => span.start >= range.start && span.start < range.end;

/** True when a verb of saying stands right before `mention`: "сообщил в четверг", "said on Thursday". */
const saidJustBefore = (text: string, mention: Span): boolean => SAID_JUST_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));

/** True when a date or a dated happening ("вчорашньої зустрічі") stands in the lead. */
function datesLead(article: EntityArticle, lead: Span, happenings: readonly RelativeHappening[]): boolean {
  const inLead = (span: Span): boolean => startsIn(span, lead);
  return article.mentionedDates.some(inLead) || happenings.some(inLead);
}

/**
 * True when the lead's first sentence tells a happening in the past at a city ("після зустрічі … у Парижі заявила")
 * and no date stands in the lead, nor in any sentence naming that city: "Нагадаємо, напередодні в Абу-Дабі
 * відбулася перша зустріч" makes the lead the second day of that happening.
 */
function undatedPastHappening(article: EntityArticle, lead: Span, happenings: readonly RelativeHappening[]): boolean {
  if (datesLead(article, lead, happenings)) return false;
  const first = sentenceSpans(article.text.slice(lead.start, lead.end))[0];
  if (!first) return false;
  const span = { start: lead.start + first.start, end: lead.start + first.end };
  const sentence = article.text.slice(span.start, span.end);
  const meeting = MEETING_WORD.exec(sentence);
  if (meeting === null || toldTense(sentence, meeting.index) !== 'past') return false;
  const sites = sitesIn(article, span);
  return sites.size > 0 && !article.mentionedDates.some((d) => [...sitesIn(article, d.sentence)].some((site) => sites.has(site)));
}

// "Аналитика:", "Думка:", "Opinion:": the rubric of a piece that weighs the story rather than reports a happening.
const ANALYSIS_RUBRIC =
  /^(?:аналитика|анализ|мнение|колонка|блог|разбор|объясняем|аналітика|аналіз|думка|розбір|пояснюємо|analysis|opinion|commentary|comment|column|explainer|editorial)(?:\s*[:|.—–-]|$)/iu;

// "Хроника переговоров", "Хронологія саміту", "Timeline: …": a list of days, none of them the article's own.
// "Хроника дня" is the day's news.
const CHRONICLE_HEADLINE = /^(?:хроника|хроніка|хронология|хронологія|timeline|chronology)(?![\p{L}])(?!\s+(?:дня|day)(?![\p{L}]))/iu;

/** A chronicle whose headline dates nothing: each of its days is mentioned, and it reports none. */
function isUndatedChronicle(article: EntityArticle): boolean {
  return CHRONICLE_HEADLINE.test(article.title) && findMentionedDates(article.title, article.published).length === 0;
}

/** An analysis or opinion piece, by its rubric, whose headline and lead date nothing: it reports no happening of its own day. */
/** "27 марта в Париже …, 4 сентября …, а 6 января …": a lead that walks through three days or more, weeks apart, looks back. */
function isRetrospective(article: EntityArticle, lead: Span): boolean {
  // An undated article's year-less days are not among its mentioned dates: they are read against a year of their own.
  const mentioned = findMentionedDates(article.text.slice(lead.start, lead.end), article.published, OPEN_YEAR);
  const days = [...new Set(mentioned.map((d) => d.date))].sort();
  const first = days[0];
  const last = days.at(-1);
  return days.length >= 3 && first !== undefined && last !== undefined && daysBetween(first, last) > LONGEST_SPAN;
}

function isUndatedAnalysis(article: EntityArticle, lead: Span, happenings: readonly RelativeHappening[]): boolean {
  const rubric = ANALYSIS_RUBRIC.test(article.title) || article.removed.some((removal) => removal.rule === 'rubric' && ANALYSIS_RUBRIC.test(removal.text));
  if (!rubric) return false;
  if (datesLead(article, lead, happenings) && !isRetrospective(article, lead)) return false;
  return findMentionedDates(article.title, article.published).length === 0;
}

/**
 * "На прошлой неделе в Париже лидеры подписали декларацию", "в минувшие выходные в Берлине": a lead whose first
 * sentence dates its happening at a city by a calendar week or a weekend alone, and no day in the lead but the one of
 * the statement that tells it ("заявил во вторник, что …"). The days of that week or weekend on the side of publication
 * the sentence tells ("на этой неделе пройдет" looks ahead), and the city; null otherwise.
 */
function weekOfHappening(article: EntityArticle, day: IsoDate, lead: Span, happenings: readonly RelativeHappening[]): { start: IsoDate; end: IsoDate; place: Entity } | null {
  const { published } = article;
  if (published === null) return null;
  const inLead = (span: Span): boolean => startsIn(span, lead);
  const leadDates = article.mentionedDates.filter(inLead);
  const statementsOnly = leadDates.length > 0 && leadDates.every((mention) => mention.date === day && saidJustBefore(article.text, mention));
  if (happenings.some(inLead) || (leadDates.length > 0 && !statementsOnly) || (!statementsOnly && day !== published)) return null;
  const first = sentenceSpans(article.text.slice(lead.start, lead.end))[0];
  if (!first) return null;
  const span = { start: lead.start + first.start, end: lead.start + first.end };
  const sentence = article.text.slice(span.start, span.end);
  const week = namedWeek(sentence, published) ?? namedWeekend(sentence, published);
  if (week === null || week.which === 'next') return null;
  const ahead = week.which === 'this' && toldTense(sentence, week.at) === 'future';
  const start = ahead ? published : week.start;
  const end = ahead || week.end < published ? week.end : published;
  const sites = sitesIn(article, span);
  const place = article.places.find((candidate) => isSite(candidate.id) && sites.has(siteOf(candidate).id));
  return place ? { start, end, place: siteOf(place) } : null;
}

/** Days from first to last of the longest range a headline gives a happening ("14–17 декабря"); "1–7 вересня" is a digest's week. */
const LONGEST_HAPPENING = 3;

// "прошедшей", "що відбулася", "held": the words that tell when a happening named before them took place.
const HELD = /(?:прошедш|прошл[аио]|состоявш|состоял|проходивш|проходил|відбул|відбув|пройшл|пройшов|проведен|held|took place)/iu;
const HELD_REACH = 60;

/** The day an article's happening took place, scored from its mentioned dates; null when nothing dates it. */
function eventDay(article: EntityArticle, lead: Span, elsewhere: readonly Span[], happenings: readonly RelativeHappening[], outcomes: readonly Outcome[]): IsoDate | null {
  // Each mention scores by what stands next to it; a date's score is its best mention,
  // plus a little for each repetition, so that many asides do not outvote the lead.
  const perDate = new Map<IsoDate, number[]>();
  const add = (date: IsoDate, points: number): void => {
    perDate.set(date, [...(perDate.get(date) ?? []), points]);
  };
  const leadEnd = lead.end;
  // The headline says what the article is about: a sentence naming the same kind of happening is about it too.
  // A digest's headline lists the week's happenings: it names no kind of one, and the whole week is its news.
  const digest = DIGEST_HEADLINE.test(article.title);
  // "обсудили итоги встречи в Белом доме": the happening whose outcome the headline reports is not the article's.
  const headlineKinds = digest ? [] : KIND_TESTS.filter(([, pattern]) => pattern.test(article.title.replace(OUTCOME, ' ')));
  // "в пятницу назвал итоги вчерашней встречи": the meeting is yesterday's, and its word does not date Friday;
  // nor does "в четверг прокомментировал итоги встречи" date Thursday's meeting.
  const blanked = happenings.length === 0 && outcomes.length === 0 ? elsewhere : [...elsewhere, ...happenings, ...outcomes];
  // "said on Friday, days after she attended the summit in Paris … Leaders meeting at the Élysée Palace on Tuesday": the
  // lead puts the city's happening on another day, so a later date in that city is that happening's.
  const otherDaySites = new Set(elsewhere.filter((span) => span.start >= lead.start && span.start < leadEnd).flatMap((span) => [...sitesIn(article, span)]));
  const titleDates = findMentionedDates(article.title, article.published);
  for (const mention of article.mentionedDates) {
    // The page's timestamp line dates the page, not the happening.
    if (mention.start < lead.start) continue;
    if (otherDaySites.size > 0 && mention.start >= leadEnd && mention.date !== article.published && [...sitesIn(article, mention.sentence)].some((site) => otherDaySites.has(site))) continue;
    const sentence = withoutSpans(article.text.slice(mention.sentence.start, mention.sentence.end), mention.sentence.start, blanked);
    // "У понеділок лідери зустрілися в Лондоні, а в середу …": the meeting is Monday's, not Wednesday's.
    const part = contrastPart(article.text, mention.sentence, mention.start);
    const nearStart = Math.max(part.start, mention.start - 60);
    const near = withoutSpans(article.text.slice(nearStart, Math.min(part.end, mention.end + 60)), nearStart, blanked);
    let points = 1;
    // "в ночь на среду завершили переговоры": talks that ran into the night began the evening before.
    let date = mention.date;
    // "The talks will continue on Saturday", after the lead: a later day of the happening the lead dates, not its first.
    // "пройдут в Абу-Даби 23–24 января, сообщил в четверг источник … подготовкой встречи": beside a verb of saying,
    // with the sentence giving another day that the headline gives too, the day is the statement's.
    const statementsDay =
      saidJustBefore(article.text, mention) &&
      datesIn(article, mention.sentence).some((other) => other.date !== mention.date && titleDates.some((titled) => titled.date === other.date));
    // "Ahead of the summit, national security advisers met on Monday": after the lead, a happening told as one before another.
    const aheadOfAnother = mention.start >= leadEnd && AHEAD_OF_OPENING.test(article.text.slice(mention.sentence.start, mention.start));
    if (MEETING_WORD.test(near) && !statementsDay && !aheadOfAnother && !(mention.start >= leadEnd && CONTINUES.test(near))) points += 3;
    else if (MEETING_WORD.test(sentence) || STATEMENT_WORD.test(near)) points += 1;
    // "Переговори … у Єлисейському палаці завершилися в ніч на середу": the happening's words may stand far before the night.
    if (NIGHT_BEFORE.test(mention.text) && MEETING_WORD.test(sentence)) date = addCalendarDays(date, -1);
    if (headlineKinds.some(([, pattern]) => pattern.test(sentence))) points += 2;
    // "Про це він сказав … у вівторок": the sentence that says when the lead's statement was made.
    if (mention.start < leadEnd) points += 1;
    else if (isAttribution(article.text, mention.sentence)) points += 2;
    // Reports look back a day or two and ahead a week; older dates are background ("напомним, 18 августа …"),
    // unless the lead itself goes back to last week ("Минулого четверга у Парижі лідери домовилися") or the headline
    // gives the same day ("Переговоры в Абу-Даби пройдут 23–24 января", two weeks ahead).
    if (article.published && !titleDates.some((titled) => titled.date === date)) {
      const offset = daysBetween(article.published, date);
      const leadsLastWeek = mention.start < leadEnd && offset >= -7 && namesLastWeekday(mention.text);
      if ((offset < (digest ? -7 : -3) && !leadsLastWeek) || offset > 10) points -= 3;
    }
    add(date, points);
  }
  for (const mention of titleDates) {
    // "Головне за тиждень 1–7 вересня": a digest's period, not a happening's days.
    if (titleDates.some((other) => other.start === mention.start && Math.abs(daysBetween(other.date, mention.date)) > LONGEST_HAPPENING)) continue;
    add(NIGHT_BEFORE.test(mention.text) && MEETING_WORD.test(article.title) ? addCalendarDays(mention.date, -1) : mention.date, 5);
  }
  // "Мелоні після зустрічі в Парижі заявила …": a lead that tells its happening in the past and dates nothing
  // reports the day it appeared, as "сьогодні" would; a date told later ("Напередодні … мала розмову") is an aside.
  if (article.published && undatedPastHappening(article, lead, happenings)) add(article.published, 5);
  // "прокомментировал итоги встречи в Париже … Напомним, 6 января в Париже лидеры подписали": an outcome report of the
  // happening that a sentence after the lead dates to the last week and places in the same city. A date before the
  // outcome in its own sentence is the statement's ("Ранее, 7 января, Рябков заявил … по итогам парижской встречи").
  // "итоги встречи, прошедшей в пятницу в Лондоне": a date in the clause that tells when the summed-up happening was held.
  for (const outcome of outcomes) {
    for (const mention of article.mentionedDates) {
      const offset = article.published ? daysBetween(article.published, mention.date) : 0;
      if (offset <= 0 && mention.start > outcome.end && mention.start - outcome.end <= HELD_REACH && mention.sentence.start <= outcome.start && HELD.test(article.text.slice(outcome.end, mention.start))) add(mention.date, 5);
      if (mention.start < leadEnd || offset > -1 || offset < -7) continue;
      if (mention.start < outcome.start && outcome.start < mention.sentence.end) continue;
      if ([...sitesIn(article, mention.sentence)].some((site) => outcome.sites.has(site))) add(mention.date, 5);
    }
  }
  // "за підсумками вчорашньої зустрічі", "yesterday's talks": not a date the text states, but the day of the meeting it reports.
  // After a lead that dates a statement of its own ("Орбан у середу заявив …"), "не брала участі у вчорашньому засіданні"
  // is background: it counts as a date the text states, not as the day reported.
  const leadDatesStatement = SAID.test(article.text.slice(lead.start, leadEnd)) && article.mentionedDates.some((mention) => mention.start >= lead.start && mention.start < leadEnd);
  for (const happening of happenings) add(happening.date, happening.start < leadEnd ? 5 : leadDatesStatement ? 1 : 4);
  const scores = new Map<IsoDate, number>();
  for (const [date, points] of perDate) scores.set(date, Math.max(...points) + 0.5 * (points.length - 1));
  // A digest comes out at the week's end: its own day is no likelier than the others to be the happening's.
  if (article.published && !digest) scores.set(article.published, (scores.get(article.published) ?? 0) + 1.5);
  let best: IsoDate | null = null;
  let bestScore = 0;
  for (const [date, score] of [...scores.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const closer = best !== null && article.published && Math.abs(daysBetween(article.published, date)) < Math.abs(daysBetween(article.published, best));
    if (score > bestScore || (score === bestScore && closer)) {
      best = date;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : null;
}

// "Следующая встреча пройдёт в Риме", "наступне засідання": a happening still to come, not the one reported.
// "следующая встреча", "наступне засідання", and a happening set for next week or month
// ("наступного тижня в Лондоні відбудеться засідання", "на следующей неделе пройдет встреча"), within one clause.
const NEXT_HAPPENING =
  new RegExp(String.raw`(?:следующ|наступн|очередн|чергов|next)\p{L}*\s+(?:(?:\p{L}+\s+)?|(?:тижня|тижні|неделе|місяця|месяце|week|month)(?:\s+\p{L}+){0,4}?\s+)(?:${HAPPENING}|раунд|round)\p{L}*`, 'giu');
const NEXT_HAPPENING_TEST = new RegExp(NEXT_HAPPENING.source, 'iu');

// "после саммита", "після зустрічі", "after the talks", "напередодні саміту", "ahead of the summit": a happening before
// or after the one a headline tells.
const AROUND_IN_HEADLINE =
  new RegExp(String.raw`(?<![\p{L}])(?:после|після|after|following|накануне|напередодні|перед|before|ahead\s+of)\s+(?:the\s+|\p{L}+\s+)?(?:${HAPPENING}|визит|візит|visit)\p{L}*`, 'giu');

// A sentence that opens on the happening it comes before: "Накануне саммита …", "Напередодні саміту …", "Ahead of the summit, …".
const AHEAD_OF_OPENING = new RegExp(String.raw`^\s*(?:накануне|напередодні|перед|в\s+преддверии|у\s+переддень|ahead\s+of|before)\s+(?:the\s+|\p{L}+\s+)?(?:${HAPPENING})`, 'iu');

// "в Париже", "у Парижі", "до Лондона", "in Paris": a city where something happens, not a
// government speaking ("Рим не надсилатиме військових") or an owner ("мэр Парижа").
const VENUE_FRAME = /(?:^|[^\p{L}])(?:в|во|у|до|на|in|at|to)\s+$/iu;

// "повернувся з Лондона, де напередодні взяв участь", "returned from Paris, where": what follows happened there.
const WHERE_AFTER = /^,\s*(?:де|где|where)(?![\p{L}])/iu;

// "Мюнхенської безпекової конференції", "Паризького саміту", "the London talks": a city's adjective, or an English
// city as attribute, before a happening names where it is held. One adjective may stand between; a preposition or a
// conjunction may not ("Вашингтон и переговоры").
const HAPPENING_AFTER = new RegExp(
  String.raw`^\s+(?:(?!(?:и|і|й|та|или|або|после|після|перед|до|на|and|or|after|before|for|of|the)\s)\p{L}+\s+)?(?:${HAPPENING}|конференц|conference)`,
  'iu',
);

// "декларация, подписанная в Париже", "досягнуті у Лондоні домовленості": a document or agreement made at a city
// before, which the article speaks of; not where its own happening is. "была подписана в Париже" tells it instead.
const MADE_AT =
  /(?:^|[^\p{L}])(?<!(?:был\p{L}?|бул\p{L}|був|будет|буде)\s+)(?:подписан|принят|согласован|достигнут|заключ[её]н|утвержд[её]н|одобрен|озвучен|объявлен|підписан|ухвален|погоджен|узгоджен|досягнут|укладен|схвален|затверджен|оголошен|прийнят)\p{L}*\s+(?:\p{Ll}+\s+)?(?:во?|у)\s+$/iu;

// "матиме штаб у Києві", "штаб-квартира коалиции в Париже", "planners to the coalition headquarters in Paris": the seat
// of a body, planned or standing, not where the article's happening took place; "в штаб-квартире альянса в Брюсселе",
// "at NATO headquarters in Brussels" tells where one was. So is a coordination centre's: "координационный центр — в Киеве".
const SEAT_BEFORE = /(?:^|[^\p{L}-])(?<!(?:^|[^\p{L}])(?:в|во|у|на|at|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?)(?:штаб|штабу|штабом|штабі|штаб-квартир\p{L}*|headquarters|HQ|(?:координац\p{L}+|координаційн\p{L}+)\s+(?:центр|осередок|ячейк)\p{L}*|coordination\s+(?:cell|centre|center|hub))\s+(?:[\p{L}-]+\s+|[—–]\s+){0,6}?(?:во?|у|in)\s+$/iu;

// "повернувся до Києва після саміту в Парижі", "вернулся в Москву", "returned to London": home, not the venue.
const RETURNED_TO = /(?:^|[^\p{L}])(?:поверну(?:вся|лася|лися|лись)|вернул(?:ся|ась|ись)|возвратил(?:ся|ась|ись)|returned|came\s+back|flew\s+back|is\s+back)\s+(?:[\p{L}-]+\s+){0,2}?(?:до|в|во|у|на|to|in)\s+$/iu;

// A verb of saying in the plural with no subject: "заявили", "не комментировали", "вважають".
const IMPERSONAL_VERB =
  '(?:заяв|сообщ|счита|коммент|прокоммент|ответ|отреаг|назва|подтверд|опроверг|повідом|вважа|комент|відпов|відреаг|підтверд|спрост|наголос|подчерк|підкрес|изуча|вивча|оценива|оціню|анализир|аналізу|ожида|очіку)\\p{L}*(?:ли|ют|ят|ють|ять)';
// What follows "В Кремле", "У Білому домі" when an institution speaks, perhaps after "пока не", an adverb ("внимательно
// изучают") or a day ("в четверг заявили").
const IMPERSONAL_SPEECH = new RegExp(
  `^\\s+(?:(?:во?|у)\\s+\\p{Ll}+\\s+|(?:сегодня|сьогодні|вчера|вчора|накануне|напередодні)\\s+)?(?:(?:пока|ещё|еще|уже|поки|вже|також|также|не|\\p{Ll}+но)\\s+){0,2}${IMPERSONAL_VERB}(?![\\p{L}])`,
  'iu',
);
// "повідомили в Білому домі", "сообщили в Кремле", "считают в Елисейском дворце": the same, with the verb first.
const SPEECH_BEFORE = new RegExp(`(?:^|[^\\p{L}])${IMPERSONAL_VERB}\\s+(?:во?|у)\\s+$`, 'iu');

/** True when a date and a place stand side by side, a few words apart within one clause: "накануне в Париже", "у Лондоні 24 жовтня". */
function isNextTo(text: string, date: Span, place: Span): boolean {
  const between = date.end <= place.start ? text.slice(date.end, place.start) : place.end <= date.start ? text.slice(place.end, date.start) : null;
  return between !== null && between.length <= 12 && !/[,;:.!?()«»"—–]/.test(between);
}

/**
 * True when what stands at `at` is told of another day than `day`: the dates of its sentence, or of its part of a
 * sentence that names two happenings ("…, а в середу … у Парижі"), are all another day's. "вчорашньої зустрічі"
 * dates one too.
 */
function isAnotherDays(article: EntityArticle, day: IsoDate | null, sentence: Span, at: number, happenings: readonly RelativeHappening[]): boolean {
  if (day === null) return false;
  let dates: Array<{ date: IsoDate; start: number; text?: string }> = [...datesIn(article, sentence), ...happenings.filter((h) => h.start >= sentence.start && h.start < sentence.end)];
  if (dates.length > 1) {
    const part = contrastPart(article.text, sentence, at);
    const inPart = dates.filter((d) => d.start >= part.start && d.start < part.end);
    if (inPart.length > 0) dates = inPart;
  }
  // "яка триває 13–15 лютого" names each day of the span: its two ends are two dates at one place in the text.
  const spans = dates.some((d) => d.date < day && dates.some((e) => e.start === d.start && e.date > day));
  return dates.length > 0 && !spans && !dates.some((d) => namesDay(d, day));
}

/** True when a date or a night ("в ночь на среду" names the evening before as well) is of `day`. */
function namesDay(date: { date: IsoDate; text?: string }, day: IsoDate): boolean {
  return date.date === day || (date.text !== undefined && NIGHT_BEFORE.test(date.text) && addCalendarDays(date.date, -1) === day);
}

/**
 * The city an article names most as the place where things happen; a venue
 * counts for its city. A mention counts double in the lead and a quarter without a
 * "в / у / in" in front; a sentence dated to another day than the article's
 * own happening is background ("Нагадаємо, 27 березня в Парижі …") and does not count,
 * nor does one about the next meeting ("наступне засідання пройде в Римі").
 */
function eventPlace(article: EntityArticle, day: IsoDate | null, leadEnd: number, elsewhere: readonly Span[], happenings: readonly RelativeHappening[]): Entity | null {
  // "ПАРИЖ, 6 января. /ТАСС/.": where the copy was filed counts as one "в Париже" outside the lead, so a venue the lead names wins.
  const filedAt = findDateline(article.text)?.start ?? null;
  const weight = (mention: Mention): number => {
    if (mention.start === filedAt) return 1;
    // "отказался комментировать декларацию, подписанную накануне в Париже": a date next to the city dates it.
    const next = day === null ? undefined : datesIn(article, mention.sentence).find((d) => isNextTo(article.text, d, mention));
    if (next !== undefined && day !== null && !namesDay(next, day)) return 0;
    if ((next === undefined && isAnotherDays(article, day, mention.sentence, mention.start, happenings)) || isAboutNextHappening(article, mention.sentence, day)) return 0;
    if (elsewhere.some((span) => mention.start >= span.start && mention.start < span.end)) return 0;
    const before = article.text.slice(Math.max(0, mention.start - 50), mention.start);
    if ((next === undefined && MADE_AT.test(before)) || SEAT_BEFORE.test(before) || RETURNED_TO.test(before)) return 0;
    // "Решения принимаются не в Москве", "not in Moscow": the place denied.
    if (NOT_IN.test(article.text.slice(Math.max(0, mention.start - 12), mention.start))) return 0;
    // "Думаю, у лютому, можливо в Римі": a city only possibly the venue is not the venue.
    if (HEDGED.test(article.text.slice(mention.sentence.start, mention.sentence.end))) return 0;
    // "В Кремле пока не комментировали", "у Білому домі заявили", "повідомили в Білому домі": the government speaking, not a venue.
    if (IMPERSONAL_SPEECH.test(article.text.slice(mention.end, mention.end + 40)) || SPEECH_BEFORE.test(article.text.slice(Math.max(0, mention.start - 40), mention.start))) return 0;
    const after = article.text.slice(mention.end, mention.end + 40);
    const frame = VENUE_FRAME.test(article.text.slice(Math.max(0, mention.start - 6), mention.start)) || WHERE_AFTER.test(after) || HAPPENING_AFTER.test(after) ? 1 : 0.25;
    return frame * (mention.start < leadEnd || isAttribution(article.text, mention.sentence) ? 2 : 1);
  };
  const scores = new Map<string, { place: Entity; score: number }>();
  for (const place of article.places) {
    if (!isSite(place.id)) continue;
    const site = siteOf(place);
    const score = place.mentions.length === 0 ? headlineWeight(article.title, place.id) : place.mentions.reduce((sum, mention) => sum + weight(mention), 0);
    const entry = scores.get(site.id) ?? { place: site, score: 0 };
    entry.score += score;
    scores.set(site.id, entry);
  }
  let best: { place: Entity; score: number } | null = null;
  // At least one "в Берлине", or the city named again and again: "Берлин готов" alone names a government, not a venue.
  for (const entry of scores.values()) if (entry.score >= 1 && (best === null || entry.score > best.score)) best = entry;
  return best?.place ?? null;
}

/**
 * A city the headline alone names: the venue when it stands as one ("Саміт у Парижі", "Паризький саміт"), little
 * when it stands for a government or an owner ("Реакция Москвы", "Париж готовий").
 */
function headlineWeight(title: string, id: string): number {
  const match = findPlaces(title).find((candidate) => candidate.entry.id === id);
  if (match === undefined) return 2;
  // The lower-case forms are the place's adjectives ("паризьк").
  const adjective = match.entry.forms.some((form) => /^\p{Ll}/u.test(form) && match.text.toLowerCase().startsWith(form));
  return adjective || VENUE_FRAME.test(title.slice(Math.max(0, match.start - 6), match.start)) ? 2 : 0.5;
}

/** The dates the article mentions in one of its sentences. */
function datesIn(article: EntityArticle, sentence: Span): MentionedDate[] {
  return article.mentionedDates.filter((d) => d.sentence.start === sentence.start);
}

const NOT_IN = /(?:^|[^\p{L}])(?:не|not)\s+(?:в|во|у|на|in|at)\s+$/iu;
const HEDGED = /(?<![\p{L}])(?:можливо|возможно|ймовірно|вероятно|не виключено|не исключено|perhaps|possibly|maybe|might)(?![\p{L}])/iu;

/** Where a reported clause begins: "заявив, що …", "said that …", or after a colon. */
const REPORTED_CLAUSE = /(?:,\s*(?:що|что|чтобы|щоб|that|як|как|коли|когда)\s|[:;])/giu;

/**
 * A sentence about the next meeting, unless it gives the day of the article's own happening (a preview's lead)
 * in the clause that names the meeting: in "у зверненні 11 березня повідомив, що наступного тижня відбудеться
 * засідання" the day is the statement's.
 */
function isAboutNextHappening(article: EntityArticle, sentence: Span, day: IsoDate | null): boolean {
  const text = article.text.slice(sentence.start, sentence.end);
  const next = NEXT_HAPPENING_TEST.exec(text);
  if (!next) return false;
  let clauseStart = 0;
  for (const boundary of text.slice(0, next.index).matchAll(REPORTED_CLAUSE)) clauseStart = boundary.index + boundary[0].length;
  // "Следующая встреча состоится в Лондоне, заявил в пятницу пресс-секретарь": a day after the attribution is the statement's.
  const attributed = (d: MentionedDate): boolean => SAID.test(text.slice(next.index, d.start - sentence.start));
  return !datesIn(article, sentence).some((d) => d.date === day && d.start >= sentence.start + clauseStart && !attributed(d));
}

/** The sentences of the lead, or their parts, told of another day than `day`: "після паризького саміту минулого вівторка". */
function anotherDaysParts(article: EntityArticle, day: IsoDate | null, leadRange: Span, happenings: readonly RelativeHappening[]): Span[] {
  if (day === null) return [];
  const sentences = new Map<number, Span>();
  for (const mention of article.mentionedDates) if (mention.sentence.start >= leadRange.start && mention.sentence.start < leadRange.end) sentences.set(mention.sentence.start, mention.sentence);
  const parts: Span[] = [];
  for (const sentence of sentences.values()) {
    for (let at = sentence.start; at < sentence.end; ) {
      const part = contrastPart(article.text, sentence, at);
      if (isAnotherDays(article, day, sentence, part.start, happenings)) parts.push(part);
      at = part.end + 1;
    }
  }
  return parts;
}

function eventKind(article: EntityArticle, day: IsoDate | null, leadRange: Span, elsewhere: readonly Span[], happenings: readonly RelativeHappening[]): EventKind {
  // Another day's happening, in a day offset's clause or in a sentence dated otherwise, says nothing of this one's kind.
  // So does "завтрашньому саміту" when tomorrow is not the article's day.
  const otherDays = happenings.filter((happening) => happening.date !== day);
  let lead = withoutSpans(article.text.slice(leadRange.start, leadRange.end), leadRange.start, [...elsewhere, ...otherDays, ...anotherDaysParts(article, day, leadRange, happenings)]);
  // The next meeting's words say nothing of this one's kind.
  if (NEXT_HAPPENING_TEST.test(lead)) {
    lead = sentenceSpans(lead)
      .filter((sentence) => !isAboutNextHappening(article, sentence, day))
      .map((sentence) => lead.slice(sentence.start, sentence.end))
      .join(' ');
  }
  // "Стармер після саміту в Парижі: …", "Радники зібралися напередодні саміту", "раскритиковал итоги саммита": a headline's
  // happening around the article's, or one whose outcome it reports.
  let title = DIGEST_HEADLINE.test(article.title) ? '' : article.title.replace(AROUND_IN_HEADLINE, ' ').replace(OUTCOME, ' ');
  if (NEXT_HAPPENING_TEST.test(title) && !findMentionedDates(title, article.published).some((d) => d.date === day)) title = title.replace(NEXT_HAPPENING, ' ');
  const focus = `${title}\n${title}\n${lead}`;
  // Taking part "по видеосвязи" is how some joined a meeting, not a call of its own: it counts half.
  const counts = new Map<EventKind, number>([['call', -(focus.match(JOINED_BY_VIDEO) ?? []).length / 2]]);
  for (const [kind, pattern, weight] of KIND_WORDS) counts.set(kind, (counts.get(kind) ?? 0) + weight * (focus.match(pattern) ?? []).length);
  let best: EventKind = 'statement';
  let bestCount = 0;
  // In KIND_WORDS's order: a tie goes to the kind listed first.
  for (const [kind, count] of counts) {
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  if (best !== 'call' && heldAsCall(lead)) return 'call';
  return bestCount === 0 && SIGNING_TEST.test(focus) ? 'meeting' : best;
}

// "провели відеоконференцію", "held a video call", "проведут телефонный разговор": the happening itself held by video or phone.
const HELD_AS_CALL = new RegExp(
  String.raw`(?<![\p{L}])(?:провел|провів|провед|провод|held|hold|host|co-host|chair|co-chair|convene)\p{L}*\s+(?:[\p{L}«»"'’-]+\s+){0,3}?(?:видеоконференц|відеоконференц|video\s?call|videoconference|video\s+conference|virtual\s+(?:meeting|summit)|онлайн-(?:встреч|зустріч|засідан|заседани|саміт|саммит|нарад|совещани)|телефонн\p{L}*\s+(?:разговор|розмов)|phone\s+call)`,
  'iu',
);
// A part of each call word of HELD_AS_CALL, looked for first with no case or Unicode classes.
const CALL_HINT = /онференц|ideo|irtual|нлайн-|елефонн|hone/;
const OTHER_HAPPENING_WORD = new RegExp(KIND_WORDS.filter(([kind]) => kind !== 'call' && kind !== 'sanctions').map(([, pattern]) => pattern.source).join('|'), 'iu');

/**
 * True when the lead's first sentence tells that its happening was held as a call before it names any other kind:
 * «Стармер і Макрон провели відеоконференцію «коаліції охочих»» makes the headline's «засідання» a call. Not "після
 * зустрічі лідери провели телефонну розмову": a meeting named first is the happening, the call came after it.
 */
function heldAsCall(lead: string): boolean {
  if (!CALL_HINT.test(lead) || !HELD_AS_CALL.test(lead)) return false;
  const text = lead.trimStart();
  const first = sentenceSpans(text)[0];
  if (first === undefined) return false;
  const sentence = text.slice(first.start, first.end);
  const held = HELD_AS_CALL.exec(sentence);
  return held !== null && !OTHER_HAPPENING_WORD.test(sentence.slice(0, held.index));
}

// "на полях Мюнхенской конференции", "у кулуарах саміту", "on the sidelines of the summit": one happening inside a longer one.
const SIDELINES = /(?:на\s+полях|[ву]\s+кулуарах|on\s+the\s+(?:sidelines|margins)\s+of)(?![\p{L}])/iu;

/**
 * True when the lead tells a happening on the sidelines of another and dates it by one day ("В субботу на полях
 * Мюнхенской конференции состоялась встреча"): the span the text gives ("с 13 по 15 февраля") is the host's.
 */
function isSidelineDay(article: EntityArticle, lead: Span, day: IsoDate): boolean {
  if (!SIDELINES.test(article.text.slice(lead.start, lead.end)) && !SIDELINES.test(article.title)) return false;
  // A range gives two mentions at one place in the text: a day told alone has that place to itself.
  const told = article.mentionedDates;
  return told.some((mention) => mention.date === day && startsIn(mention, lead) && !told.some((other) => other !== mention && other.start === mention.start));
}

// "14–15 декабря", "з 14 по 16 січня" state a span; "14 и 15 декабря" one only when the days are adjacent
// ("5 и 12 января" are two happenings). A span of more than a week is a period, not one happening.
const SPAN_JOIN = /\d\s*(?:[–—-]|(?:по|до)\s)\s*\d/u;
const LONGEST_SPAN = 7;

/** The span of days an article states around `day`, from the mentions one date range gives (they share a start). */
function spanAround(mentions: readonly MentionedDate[], day: IsoDate): { start: IsoDate; end: IsoDate } | null {
  for (let first = 0; first < mentions.length; first++) {
    const opening = mentions[first];
    if (!opening) continue;
    let last = first;
    while (mentions[last + 1]?.start === opening.start) last++;
    const closing = mentions[last];
    if (last === first || !closing) continue;
    first = last;
    const length = daysBetween(opening.date, closing.date);
    if (length < 1 || length > LONGEST_SPAN || (length > 1 && !SPAN_JOIN.test(opening.text))) continue;
    if (day >= opening.date && day <= closing.date) return { start: opening.date, end: closing.date };
  }
  return null;
}

// "The week in Ukraine diplomacy: …", «Неделя дипломатии: …», «Головне за тиждень», «Підсумки тижня»: a digest of the week.
const DIGEST_HEADLINE =
  /(?:^|[^\p{L}])(?:the\s+week\s+in\s|week\s+in\s+review|неделя\s+(?:в\s|дипломат)|итоги\s+недели|главное\s+за\s+неделю|тиждень\s+(?:у\s|в\s|дипломат)|підсумки\s+тижня|головне\s+за\s+тиждень)/iu;

/** A digest whose first paragraph dates nothing ("It was a busy week …") leads with its first dated paragraph: the week's first news. */
function digestLead(article: EntityArticle, lead: Span): Span {
  if (!DIGEST_HEADLINE.test(article.title) || article.mentionedDates.some((d) => d.start >= lead.start && d.start < lead.end)) return lead;
  const first = article.mentionedDates.find((d) => d.start >= lead.end);
  if (first === undefined) return lead;
  const start = article.text.lastIndexOf('\n\n', first.start) + 2;
  const end = article.text.indexOf('\n\n', first.start);
  return { start, end: end === -1 ? article.text.length : end };
}

/** The clues of one article, for the pipeline to keep with it. */
export function eventClues(article: EntityArticle): EventClues {
  const lead = digestLead(article, leadSpan(article.text));
  const elsewhere = otherDayHappenings(article.text);
  const sentences = readSentences(article, lead);
  const happenings = relativeHappenings(article, sentences);
  const outcomes = outcomesOf(article, sentences);
  const day = isUndatedAnalysis(article, lead, happenings) || isUndatedChronicle(article) ? null : eventDay(article, lead, elsewhere, happenings, outcomes);
  const week = day === null ? null : (weekOfHappening(article, day, lead, happenings) ?? reportedOutcome(article, day, lead, elsewhere, happenings, outcomes));
  if (week !== null) {
    const { place, ...days } = week;
    return { day: null, endDay: null, week: days, place, kind: eventKind(article, null, lead, elsewhere, happenings), coalition: namesCoalition(article, null, elsewhere, happenings) };
  }
  const span = day === null || isSidelineDay(article, lead, day) ? null : (spanAround(article.mentionedDates, day) ?? continuedSpan(article, lead, day));
  // Last week's happening is not one of the last few days: when the article's is, a past period's clause is background.
  const recent = day !== null && article.published !== null && daysBetween(day, article.published) < 5;
  const background = recent ? [...elsewhere, ...pastPeriodClauses(article.text, sentences)] : elsewhere;
  // "Фіцо заявив у середу … Фіцо також розкритикував підсумки зустрічі в Парижі": after a lead telling a statement of
  // its own, the city of a happening summed up is not where the statement was made.
  const ownStatement = outcomes.some((outcome) => outcome.start >= lead.end) && SAID.test(article.text.slice(lead.start, lead.end));
  const summedUp = ownStatement ? outcomes.filter((outcome) => outcome.start >= lead.end).map((outcome) => restOfSentence(article.text, outcome.start)) : [];
  const place = eventPlace(article, day, lead.end, summedUp.length === 0 ? background : [...background, ...summedUp], happenings);
  const kind = eventKind(article, day, lead, background, happenings);
  // A statement of no place that reacts to a happening a few days before ("декларацию, подписанную накануне в Париже")
  // reports on that happening, as an outcome report does.
  const reacted = kind === 'statement' && span === null ? reactedHappening(article, day, lead, elsewhere, happenings) : null;
  if (reacted && (place === null || isReactionLead(article, lead, reacted))) return { day: reacted.day, endDay: null, week: null, place: reacted.place, kind, coalition: namesCoalition(article, reacted.day, background, happenings) };
  const coming = kind === 'visit' && day !== null && span === null ? comingHappening(article, day, place) : null;
  if (coming) return { day: coming.day, endDay: null, week: null, place, kind: coming.kind, coalition: namesCoalition(article, coming.day, background, happenings) };
  return { day: span?.start ?? day, endDay: span?.end ?? null, week: null, place, kind, coalition: namesCoalition(article, day, background, happenings) };
}

// "второй день переговоров", "другого дня саміту", "the second day of talks": a happening that began days before.
const LATER_DAY =
  new RegExp(String.raw`(?:^|[^\p{L}])(втор|друг|трет|четверт|second|third|fourth)\p{L}*\s+(?:день|дня|day)\s+(?:of\s+(?:the\s+)?)?(?:[\p{Ll}-]+\s+){0,2}?(?:${HAPPENING})`, 'iu');
// "продолжатся", "продовжаться", "will continue", "resume": a happening going on into a later day.
const CONTINUES = /(?:продолж|продовж|continu|resum|возобнов|відновл)/iu;
const LATER_DAY_OFFSET: Record<string, number> = { втор: 1, друг: 1, second: 1, трет: 2, third: 2, четверт: 3, fourth: 3 };

// "дводенні консультації", "двухдневный саммит", "a three-day visit": a happening that lasts more than its day.
const DAYS_LONG = new RegExp(String.raw`(?:^|[^\p{L}])(двухдневн|дводенн|two-day|трехдневн|трёхдневн|триденн|three-day)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:${HAPPENING}|визит|візит|visit)`, 'iu');
const DAYS_LONG_OFFSET: Record<string, number> = { двухдневн: 1, дводенн: 1, 'two-day': 1, трехдневн: 2, трёхдневн: 2, триденн: 2, 'three-day': 2 };
// "Переговори триватимуть два дні", "Переговоры продлились три дня", "The talks will last two days": a happening's length,
// told with the happening as the subject.
// The number of days is looked for first: it is rare, and the pattern before it is tried only there.
const DAYS_COUNT = /(?:два|три|двое|трое|two|three)\s+(?:дн|day)/gu;
const LASTS_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${HAPPENING})\p{L}*\s+(?:\p{L}+\s+)?(?:(триват\p{L}*|продлятся|продлится|продолжатся|продолжится|will last)|тривали|тривала|продлились|продлилась|продолжались|продолжалась|lasted)\s+$`,
  'iu',
);
const LASTS_OFFSET: Record<string, number> = { два: 1, двое: 1, two: 1, три: 2, трое: 2, three: 2 };
// "завершились", "закінчилися", "ended": the day a sentence gives is the happening's last.
const ENDED = /(?:заверш|закінч|закончи|окончи|подошл\p{L}* к концу|ended|concluded|wrapped up|closed)/iu;
const STARTED = /(?:начал|начина|начн|розпоч|почал|почина|стартова|стартува|старту|откры|откро|відкри|opened|opens|began|begins|started|starts|kicked off)/iu;

/**
 * The span "второй день переговоров" in the headline or lead gives, ending on `day`; or the one "дводенні
 * консультації" gives, from `day` on, or up to it when its sentence tells the end ("завершилися в понеділок").
 */
// "Перший день переговорів, 14 грудня, …", "the first day of talks on Dec. 14": the day the happening began.
// Case is spelt out and the word start checked after: a case-insensitive Unicode pattern scans several times slower.
const FIRST_DAY = new RegExp(String.raw`(?:[Пп]ерв|[Пп]ерш|[Ff]irst)\p{L}*\s+(?:день|дня|day)\s+(?:of\s+(?:the\s+)?)?(?:[\p{Ll}-]+\s+){0,2}?(?:${HAPPENING})\p{L}*`, 'gu');
const FIRST_DAY_REACH = 25;

/** The day, one to three days before `day`, that the text dates as its happening's first ("Перший день переговорів, 14 грудня"). */
function firstDayBefore(article: EntityArticle, day: IsoDate): IsoDate | null {
  for (const match of wordStartMatches(FIRST_DAY, article.text)) {
    const end = match.index + match[0].length;
    const dated = article.mentionedDates.find((mention) => {
      const before = daysBetween(mention.date, day);
      return before >= 1 && before <= LONGEST_HAPPENING && mention.start >= match.index - FIRST_DAY_REACH && mention.start <= end + FIRST_DAY_REACH;
    });
    if (dated) return dated.date;
  }
  return null;
}

function continuedSpan(article: EntityArticle, lead: Span, day: IsoDate): { start: IsoDate; end: IsoDate } | null {
  const leadText = article.text.slice(lead.start, lead.end);
  const later = LATER_DAY.exec(article.title) ?? LATER_DAY.exec(leadText);
  const offset = LATER_DAY_OFFSET[(later?.[1] ?? '').toLowerCase()];
  if (offset !== undefined) return { start: addCalendarDays(day, -offset), end: day };
  const began = firstDayBefore(article, day);
  if (began !== null) return { start: began, end: day };
  for (const text of [article.title, leadText]) {
    const long = DAYS_LONG.exec(text);
    const length = DAYS_LONG_OFFSET[(long?.[1] ?? '').toLowerCase()];
    if (long === null || length === undefined) continue;
    const sentence = sentenceSpans(text).find((span) => span.end > long.index + 1) ?? { start: 0, end: text.length };
    // "двухдневные переговоры … прошли конструктивно", told on the day after: over, so they end on the day; "открылся",
    // "розпочалися", or a future, start on it.
    const told = text.slice(sentence.start, sentence.end);
    const over = ENDED.test(told) || (!STARTED.test(told) && toldTense(told, long.index + 1 - sentence.start) === 'past');
    return over ? { start: addCalendarDays(day, -length), end: day } : { start: day, end: addCalendarDays(day, length) };
  }
  // "Переговоры продолжатся в субботу", "the talks will continue on Saturday": they run from the day to that one.
  const continued = article.mentionedDates.find((mention) => {
    const ahead = daysBetween(day, mention.date);
    return ahead >= 1 && ahead <= 2 && CONTINUES.test(article.text.slice(Math.max(mention.sentence.start, mention.start - 60), mention.start)) && MEETING_WORD.test(article.text.slice(mention.sentence.start, mention.sentence.end));
  });
  if (continued) return { start: day, end: continued.date };
  // Told anywhere in the text: its own happening is the subject. Still to come, the length runs from the day; over, up to it.
  const { text } = article;
  DAYS_COUNT.lastIndex = 0;
  for (let count = DAYS_COUNT.exec(text); count; count = DAYS_COUNT.exec(text)) {
    const lasts = LASTS_BEFORE.exec(text.slice(Math.max(0, count.index - 80), count.index));
    const length = LASTS_OFFSET[count[0].split(/\s/)[0] ?? ''];
    if (lasts === null || length === undefined) continue;
    return lasts[1] === undefined ? { start: addCalendarDays(day, -length), end: day } : { start: day, end: addCalendarDays(day, length) };
  }
  return null;
}

const REACTION_REACH = 3;

/** How far back an outcome report looks for the happening it sums up: the dated rule in eventDay looks a week back too. */
const OUTCOME_REACH = 7;

/**
 * "Стармер у середу виступив із заявою щодо підсумків саміту в Парижі": a statement on the outcome of a happening
 * its lead places but does not date. It reports that happening, which ended that day or in the week before ("заявил в
 * четверг по итогам встречи … в Елисейском дворце"): the days and the city to look for it in, as a week-dated lead
 * gives them. Null when the outcome is dated, or the lead reports a happening of its own beside it ("завершилася
 * зустріч … Підсумки зустрічі підбив Макрон").
 */
function reportedOutcome(
  article: EntityArticle,
  day: IsoDate,
  lead: Span,
  elsewhere: readonly Span[],
  happenings: readonly RelativeHappening[],
  outcomes: readonly Outcome[],
): { start: IsoDate; end: IsoDate; place: Entity } | null {
  const outcome = outcomes.find((candidate) => candidate.start >= lead.start && candidate.start < lead.end && candidate.sites.size > 0);
  if (outcome === undefined) return null;
  // "Як повідомлялося, переговори розпочалися 4 лютого": a day only the body gives is the happening's, not the statement's.
  if (day !== article.published && !article.mentionedDates.some((mention) => mention.date === day && startsIn(mention, lead))) return null;
  const told = restOfSentence(article.text, outcome.start);
  // "итоги 6 января", "за підсумками вчорашньої зустрічі": dated, the day rules have it.
  const inTold = (span: Span): boolean => span.start >= told.start && span.start < told.end;
  if (article.mentionedDates.some(inTold) || happenings.some(inTold)) return null;
  // Nothing but the outcome names a happening, in the lead or in the headline ("Мелони подвела итоги встречи в Париже").
  if (MEETING_WORD.test(withoutSpans(article.text.slice(lead.start, lead.end), lead.start, [...elsewhere, told])) || MEETING_WORD.test(article.title.replace(OUTCOME, ' '))) return null;
  const place = article.places.find((candidate) => isSite(candidate.id) && outcome.sites.has(siteOf(candidate).id));
  if (place === undefined) return null;
  return { start: addCalendarDays(day, -OUTCOME_REACH), end: day, place: siteOf(place) };
}

/**
 * True when a statement made in a city of its own is told as a reaction to a happening elsewhere: the lead dates that
 * happening ("Tusk said on Wednesday … the force agreed in Paris a day earlier"), or the headline names it ("Tusk says
 * after Paris summit"). A reaction the body mentions only further down is the statement's own news.
 */
function isReactionLead(article: EntityArticle, lead: Span, reacted: { place: Entity; at: number }): boolean {
  if (reacted.at >= lead.start && reacted.at < lead.end) return true;
  const inTitle = findPlaces(article.title).some((match) => (PLACES.get(match.entry.id)?.city ?? match.entry.id) === reacted.place.id);
  return inTitle && HAPPENING_WORD.test(article.title);
}

/**
 * The latest happening one to three days before `day` whose date stands next to a city ("накануне в Париже",
 * "6 января в Париже"), or whose day word or day count names a city after it ("у вівторковій зустрічі в Парижі",
 * "на следующий день после встречи в Париже").
 */
function reactedHappening(
  article: EntityArticle,
  day: IsoDate | null,
  lead: Span,
  elsewhere: readonly Span[],
  happenings: readonly RelativeHappening[],
): { day: IsoDate; place: Entity; at: number } | null {
  if (day === null) return null;
  let found: { day: IsoDate; place: Entity; at: number } | null = null;
  const isCandidate = (date: IsoDate): boolean => {
    const before = daysBetween(date, day);
    return before >= 1 && before <= REACTION_REACH && (found === null || found.day < date);
  };
  for (const mention of article.mentionedDates) {
    if (!isCandidate(mention.date)) continue;
    for (const place of article.places) {
      if (isSite(place.id) && place.mentions.some((at) => isNextTo(article.text, mention, at))) found = { day: mention.date, place: siteOf(place), at: mention.start };
    }
  }
  // "на следующий день после встречи … в Париже", "two days after the summit in Oslo": counted back from the day of
  // what was said; a strike "через добу після саміту" is no reaction to it.
  const said = SAID.test(article.text.slice(lead.start, lead.end)) || STATEMENT_WORD.test(article.text.slice(lead.start, lead.end));
  const counted = (said ? elsewhere : []).flatMap((span) => {
    const back = daysAfter(article.text, span.start);
    return back === null ? [] : [{ start: span.start, end: span.end, date: addCalendarDays(day, -back) }];
  });
  for (const happening of [...happenings, ...counted]) {
    if (!isCandidate(happening.date)) continue;
    const sites = sitesIn(article, restOfSentence(article.text, happening.start));
    const place = article.places.find((candidate) => isSite(candidate.id) && sites.has(siteOf(candidate).id));
    if (place) found = { day: happening.date, place: siteOf(place), at: happening.start };
  }
  return found;
}

// The day offsets before "после", "після", "after" that count whole days: "на следующий день", "через два дня",
// "наступного дня", "a day", "three days". "Несколько дней" and "a few days" count none.
const DAYS_AFTER = [
  /(?:следующий|другой|наступний)\s+день\s+$|наступного\s+дня\s+$|день\s+спустя\s+$|(?:через|за|спустя)\s+(?:день|добу|сутки)\s+$|(?<![\p{L}])(?:the|a|one)\s+day\s+$/iu,
  /(?:через|спустя)\s+(?:два|2)\s+дня\s+$|(?:через|за)\s+(?:дві|2)\s+доби\s+$|(?<![\p{L}])(?:two|2)\s+days\s+$/iu,
  /(?:через|спустя)\s+(?:три|3)\s+дня\s+$|(?:через|за)\s+(?:три|3)\s+доби\s+$|(?<![\p{L}])(?:three|3)\s+days\s+$/iu,
];
const AFTER_WORD = /^(?:после|після|after|following)\s/u;

/** How many days after the happening named from `start` ("после саммита …") the words before it put their day, or null. */
function daysAfter(text: string, start: number): number | null {
  if (!AFTER_WORD.test(text.slice(start, start + 10))) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  const index = DAYS_AFTER.findIndex((pattern) => pattern.test(before));
  return index === -1 ? null : index + 1;
}

/** How many days ahead an arrival looks for the happening it comes for; its own day counts too («прибув до Парижа, де сьогодні відбудеться засідання»). */
const ARRIVAL_REACH = 3;
const COMING_KINDS = KIND_TESTS.filter(([kind]) => kind !== 'visit' && kind !== 'sanctions');

/**
 * "в среду вечером прибыл в Париж … В четверг он примет участие во встрече": an arrival that tells the day of a
 * happening to come, in its city or in none named, reports that happening, as a preview does.
 */
function comingHappening(article: EntityArticle, day: IsoDate, place: Entity | null): { day: IsoDate; kind: EventKind } | null {
  // "прибыл в Париж, где проведет переговоры … В четверг он примет участие во встрече": a later day's happening is what
  // the trip is for, the same day's only when there is none.
  const byDay = [...article.mentionedDates].sort((a, b) => Number(a.date === day) - Number(b.date === day));
  for (const mention of byDay) {
    const ahead = daysBetween(day, mention.date);
    if (ahead < 0 || ahead > ARRIVAL_REACH) continue;
    const sentence = article.text.slice(mention.sentence.start, mention.sentence.end);
    const coming = COMING_KINDS.map(([kind, pattern]) => ({ kind, at: sentence.search(pattern) })).find(({ at }) => at !== -1);
    if (coming === undefined) continue;
    // "прибыли в Париж, где примут участие в саммите": on the day itself, the happening's clause tells it is still to come.
    if (toldTense(sentence, mention.start - mention.sentence.start) !== 'future' && (ahead > 0 || toldTense(sentence, coming.at) !== 'future')) continue;
    const { kind } = coming;
    const sites = sitesIn(article, mention.sentence);
    if (sites.size > 0 && (place === null || !sites.has(siteOf(place).id))) continue;
    return { day: mention.date, kind };
  }
  return null;
}

const COALITION_ID = 'coalition-of-the-willing';

// "Японія не входить до коаліції охочих", "не є членом коаліції", "is not part of the coalition": up to three words
// after a negation, in the same clause. "не только коалиция", "не менее 30 стран коалиции", "not only the coalition" name it.
const NEGATED_BEFORE =
  /(?:^|[^\p{L}])(?:не|not|never|isn['’]t|won['’]t|doesn['’]t)\s+(?!(?:только|лишь|лише|тільки|менее|меньше|более|больше|менш|більш|раз|only|less|more|fewer)(?![\p{L}]))(?:[\p{L}'’-]+\s+){0,3}$/iu;
const NEGATION_REACH = 50;

/** True when a negation governs the words at `start` of `text` ("не входит в коалицию"). */
function isNegated(text: string, start: number, from = 0): boolean {
  const before = text.slice(Math.max(from, start - NEGATION_REACH), start);
  return NEGATED_BEFORE.test(before.slice(before.search(/[,;:—–()«»"]\s*[^,;:—–()«»"]*$/u) + 1));
}

/**
 * "після паризького саміту коаліції охочих 6 січня" does not make a meeting in Miami the coalition's, and "Японія не
 * входить до коаліції" does not make Japan's statement one.
 */
function namesCoalition(article: EntityArticle, day: IsoDate | null, background: readonly Span[], happenings: readonly RelativeHappening[]): boolean {
  const coalition = article.organisations.find((organisation) => organisation.id === COALITION_ID);
  if (coalition === undefined) return false;
  const toldOfTheDay = coalition.mentions.some(
    (mention) =>
      !background.some((span) => mention.start >= span.start && mention.start < span.end) &&
      !isAnotherDays(article, day, mention.sentence, mention.start, happenings) &&
      !isNegated(article.text, mention.start, mention.sentence.start),
  );
  return toldOfTheDay || findOrganisations(article.title).some((match) => match.entry.id === COALITION_ID && !isNegated(article.title, match.start));
}

/** The people an article reports on: a reporter credited under two reports makes them neither one event nor its participant. */
const newsPeople = (article: EntityArticle): Entity[] => article.people.filter((person) => person.credit !== true);

function signatureOf(article: CluedArticle): Signature {
  return extend(article.eventClues, { people: new Set(newsPeople(article).map((p) => p.id)) });
}

interface Member {
  id: string;
  article: CluedArticle;
  signature: Signature;
}

export interface EventAssignment {
  events: Event[];
  /** Event id for each article id. */
  eventOf: Map<string, string>;
}

/**
 * A day inside a span that another group's articles state ("переговоры в Берлине 14–15 декабря"), at the
 * same place and of the same kind, is that happening's later day: "второй день переговоров". Adjacent days
 * without a stated span stay apart: talks and a leaders' meeting on the evening after are two happenings.
 */
function mergeContinuations(groups: Array<{ date: IsoDate; members: Member[] }>): void {
  const spanned = groups
    .map((group) => ({
      group,
      end: lastDay(group.members),
      place: placeIdOf(group.members),
      kind: kindOf(group.members),
    }))
    .sort((a, b) => (a.group.date < b.group.date ? -1 : a.group.date > b.group.date ? 1 : b.group.members.length - a.group.members.length));
  const merged = new Set<{ date: IsoDate; members: Member[] }>();
  for (const span of spanned) {
    if (span.end === null || merged.has(span.group)) continue;
    for (const later of spanned) {
      const { date } = later.group;
      if (date <= span.group.date || date > span.end || merged.has(later.group) || later.place !== span.place || later.kind !== span.kind) continue;
      span.group.members.push(...later.group.members);
      merged.add(later.group);
    }
  }
  for (let position = groups.length - 1; position >= 0; position--) {
    const group = groups[position];
    if (group && merged.has(group)) groups.splice(position, 1);
  }
}

/** The city the members name most as their venue, by id; null when none names one. */
function placeIdOf(members: readonly Member[]): string | null {
  return mostCommon(members.map((m) => m.signature.place?.id ?? '').filter((p) => p !== ''), (p) => p);
}

/** The latest last day the members state for their happening; null when none states a span. */
function lastDay(members: readonly Member[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const { signature } of members) if (signature.endDay !== null && (last === null || signature.endDay > last)) last = signature.endDay;
  return last;
}

/** A summit or meeting reported through statements and arrivals is still the meeting. */
function kindOf(members: readonly Member[]): EventKind {
  const kinds = members.map((m) => m.signature.kind);
  return (['summit', 'meeting', 'call', 'talks', 'sanctions', 'visit', 'statement'] as const).find((k) => kinds.includes(k)) ?? 'statement';
}

function mostCommon<T>(values: readonly T[], key: (value: T) => string): T | null {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const entry = counts.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counts.set(key(value), entry);
  }
  let best: { value: T; count: number } | null = null;
  for (const entry of [...counts.values()].sort((a, b) => (key(a.value) < key(b.value) ? -1 : 1))) {
    if (best === null || entry.count > best.count) best = entry;
  }
  return best?.value ?? null;
}

/** Entities named by articles of the event, most-named first. */
function rank(lists: ReadonlyArray<readonly Entity[]>, limit: number): Array<{ id: string; name: string }> {
  const counts = new Map<string, { id: string; name: string; count: number }>();
  for (const list of lists) {
    for (const entity of list) {
      const entry = counts.get(entity.id) ?? { id: entity.id, name: entity.name, count: 0 };
      entry.count++;
      counts.set(entity.id, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
    .map(({ id, name }) => ({ id, name }));
}

/** The event's title in English, and in Russian and Ukrainian for the pages in those languages. */
function eventTitles(parts: EventTitleParts): Pick<Event, 'title' | 'localTitles'> {
  return { title: eventTitle(parts, 'en'), localTitles: { ru: eventTitle(parts, 'ru'), uk: eventTitle(parts, 'uk') } };
}

function buildEvent(date: IsoDate, members: readonly Member[], used: Set<string>): Event {
  const kind = kindOf(members);
  // A call or a video conference happens between places, not at one: the city its reports name is
  // where one side sat or what was spoken of ("закликали посилити тиск на Москву").
  const place =
    kind === 'call'
      ? null
      : mostCommon(
          members.map((m) => m.signature.place).filter((p): p is Entity => p !== null),
          (p) => p.id,
        );
  const last = lastDay(members);
  const endDate = last !== null && last > date ? last : null;
  const coalition = members.some((m) => m.article.eventClues.coalition);
  const id = uniqueId(`${date}-${slugify(place ? `${place.name} ${kind}` : kind)}`, used);
  const titles: Record<LanguageCode, string> = {};
  for (const member of members) titles[member.article.language] ??= member.article.title;
  const sources = rank(
    members.map((m) => (m.article.meta.source ? [{ id: slugify(m.article.meta.source), name: m.article.meta.source, mentions: [] }, ...m.article.outlets] : m.article.outlets)),
    20,
  );
  return {
    id,
    date,
    endDate,
    kind,
    place: place ? { id: place.id, name: place.name } : null,
    ...eventTitles({ kind, place, coalition, date, endDate }),
    titles,
    participants: rank(
      members.map((m) => newsPeople(m.article)),
      12,
    ),
    articles: members.map((m) => m.id),
    languages: [...new Set(members.map((m) => m.article.language))].sort(),
    sources,
    mentions: [],
    claims: compareClaims(members),
  };
}

/** The figures of an event's articles side by side; a claim no other claim of its kind allows is disputed. */
function compareClaims(members: readonly Member[]): EventClaims[] {
  const byKind = new Map<string, EventClaims>();
  for (const member of members) {
    for (const claim of member.article.claims) {
      const group = byKind.get(claim.kind) ?? { kind: claim.kind, disputed: false, claims: [] };
      group.claims.push(extend(claim, { article: member.id, disputed: false }));
      byKind.set(claim.kind, group);
    }
  }
  for (const group of byKind.values()) {
    for (const claim of group.claims) claim.disputed = group.claims.some((other) => other !== claim && !compatible(claim, other));
    group.disputed = group.claims.some((claim) => claim.disputed);
  }
  return [...byKind.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
}

/**
 * How well an undated article fits an event: a shared city, then shared people.
 * People named in most articles of the collection (the story's protagonists) tell nothing.
 */
function fit(signature: Signature, event: { place: string | null; people: Map<string, number> }, common: ReadonlySet<string>): number {
  // Each shared person counts by the share of the event's articles that name them: the event's own cast weighs most.
  let shared = 0;
  for (const person of signature.people) if (!common.has(person)) shared += event.people.get(person) ?? 0;
  const samePlace = signature.place !== null && signature.place.id === event.place;
  if (samePlace ? shared < 0.25 : shared < 1.5) return 0;
  return shared + (samePlace ? 1 : 0);
}

/** Any day of a leap year: month and day of a date whose year the text leaves open. */
const OPEN_YEAR = '2000-07-01';

/**
 * Day-month mentions of a text, year left open ("6 січня" → "01-06"): `days` where a meeting word stands
 * in the same sentence or the lead, `lead` those of the lead alone (a dateline's day among them).
 * `relative` holds the days that "накануне", "вчора" name counted from the one day the lead states
 * ("МОСКВА, 7 января. /ТАСС/. … накануне в Париже"), each with the cities named in its sentence.
 */
function yearlessDays(article: EntityArticle): { days: Set<string>; lead: Set<string>; relative: Map<string, Set<string>> } {
  const days = new Set<string>();
  const lead = new Set<string>();
  const relative = new Map<string, Set<string>>();
  const leadEnd = leadSpan(article.text).end;
  for (const mention of findMentionedDates(article.text, null, OPEN_YEAR)) {
    const sentence = article.text.slice(mention.sentence.start, mention.sentence.end);
    if (mention.start < leadEnd) lead.add(mention.date.slice(5));
    if (MEETING_WORD.test(sentence) || mention.start < leadEnd) days.add(mention.date.slice(5));
  }
  for (const mention of findMentionedDates(article.title, null, OPEN_YEAR)) {
    days.add(mention.date.slice(5));
    lead.add(mention.date.slice(5));
  }
  const [leadDay] = lead;
  if (lead.size !== 1 || leadDay === undefined) return { days, lead, relative };
  // Weekdays need the year; "накануне" does not.
  for (const mention of findMentionedDates(article.text, `2000-${leadDay}`)) {
    if (relativeDayOffset(mention.text) === null) continue;
    const sites = sitesIn(article, mention.sentence);
    if (sites.size > 0) relative.set(mention.date.slice(5), new Set([...(relative.get(mention.date.slice(5)) ?? []), ...sites]));
  }
  return { days, lead, relative };
}

/** The cities (a venue's city) named in one sentence. */
function sitesIn(article: EntityArticle, sentence: Span): Set<string> {
  const sites = new Set<string>();
  for (const place of article.places) {
    if (isSite(place.id) && place.mentions.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end)) sites.add(siteOf(place).id);
  }
  return sites;
}

/** True when `date` is at most three days from the month and day `monthDay` ("01-06") of its year or a neighbouring one. */
function nearMonthDay(date: IsoDate | null, monthDay: string): boolean {
  if (date === null) return false;
  const year = Number(date.slice(0, 4));
  const [month, day] = monthDay.split('-').map(Number);
  return [year - 1, year, year + 1].some((candidate) => {
    const other = isoDate(candidate, month ?? 0, day ?? 0);
    return other !== null && Math.abs(daysBetween(date, other)) <= 3;
  });
}

/** For each person, the share of the members that name them. */
function peopleWeights(members: readonly Member[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const member of members) for (const person of member.signature.people) weights.set(person, (weights.get(person) ?? 0) + 1 / members.length);
  return weights;
}

/** How much of a group's cast (weights from `peopleWeights`) an article names, leaving out the story's protagonists. */
function sharedCast(member: Member, cast: ReadonlyMap<string, number>, common: ReadonlySet<string>): number {
  let shared = 0;
  for (const person of member.signature.people) if (!common.has(person)) shared += cast.get(person) ?? 0;
  return shared;
}

/**
 * Where a day's articles that name no city go. A reaction joins the day's main happening, and so does a report of
 * a happening, whatever word it uses (a coalition meeting held by video is a call to one report and a meeting to
 * another), unless the main group only reports statements and shares no cast with it: a minister's phone call does
 * not join a president's statement in Helsinki. With no city named that day, happenings form one group and statements
 * another, a statement joining the happening whose cast it shares.
 * Returns the groups besides `main`, which takes its articles in place.
 */
function placelessGroups(main: Member[] | null, placeless: readonly Member[], common: ReadonlySet<string>): Member[][] {
  const happenings: Member[] = [];
  const statements: Member[] = [];
  const mainCast = main ? peopleWeights(main) : null;
  const mainReports = main !== null && kindOf(main) !== 'statement';
  for (const member of placeless) {
    const isStatement = member.signature.kind === 'statement';
    if (main && mainCast && (isStatement || mainReports || sharedCast(member, mainCast, common) >= 1)) main.push(member);
    else if (isStatement) statements.push(member);
    else happenings.push(member);
  }
  if (happenings.length === 0) return statements.length === 0 ? [] : [statements];
  const cast = peopleWeights(happenings);
  const others = statements.filter((member) => sharedCast(member, cast, common) < 1);
  happenings.push(...statements.filter((member) => !others.includes(member)));
  return others.length === 0 ? [happenings] : [happenings, others];
}

/** `articles` pairs each article with its final id; events come out newest first. */
export function groupEvents(articles: ReadonlyArray<{ id: string; article: CluedArticle }>): EventAssignment {
  const members: Member[] = articles.map(({ id, article }) => ({ id, article, signature: signatureOf(article) }));

  // People named in most articles of the collection (the story's protagonists) tell events apart no better than chance.
  const counts = new Map<string, number>();
  for (const member of members) for (const person of member.signature.people) counts.set(person, (counts.get(person) ?? 0) + 1);
  const common = new Set([...counts].filter(([, count]) => members.length >= 4 && count > members.length / 2).map(([person]) => person));

  // Block by day, then split a day by place: two happenings on one day are in two cities.
  const byDay = new Map<IsoDate, Member[]>();
  const undated: Member[] = [];
  for (const member of members) {
    if (member.signature.day === null) {
      undated.push(member);
      continue;
    }
    const list = byDay.get(member.signature.day) ?? [];
    list.push(member);
    byDay.set(member.signature.day, list);
  }
  const groups: Array<{ date: IsoDate; members: Member[] }> = [];
  for (const [date, list] of byDay) {
    const byPlace = new Map<string, Member[]>();
    const placeless: Member[] = [];
    for (const member of list) {
      const place = member.signature.place?.id;
      if (place === undefined) placeless.push(member);
      else byPlace.set(place, [...(byPlace.get(place) ?? []), member]);
    }
    const split = [...byPlace.values()].sort((a, b) => b.length - a.length || ((a[0]?.id ?? '') < (b[0]?.id ?? '') ? -1 : 1));
    split.push(...placelessGroups(split[0] ?? null, placeless, common));
    // A city named most by one report of a happening is not always its venue ("Вашингтон настаивает …"):
    // a same-day group that shares the main group's cast is the same happening.
    const main = split[0] ?? [];
    for (const group of split.slice(1)) {
      const cast = peopleWeights(main);
      const shared = group.reduce((sum, member) => sum + sharedCast(member, cast, common), 0) / group.length;
      if (shared >= 1) main.push(...group);
      else groups.push({ date, members: group });
    }
    groups.push({ date, members: main });
  }
  mergeContinuations(groups);

  // Undated articles: candidate events found through an index of places and people.
  const profiles = groups.map((group) => ({
    place: placeIdOf(group.members),
    people: peopleWeights(group.members),
  }));
  const index = new Map<string, number[]>();
  profiles.forEach((profile, position) => {
    for (const key of [`place:${profile.place ?? ''}`, ...[...profile.people.keys()].map((p) => `person:${p}`)]) index.set(key, [...(index.get(key) ?? []), position]);
  });
  const byMonthDay = new Map<string, number[]>();
  groups.forEach((group, position) => byMonthDay.set(group.date.slice(5), [...(byMonthDay.get(group.date.slice(5)) ?? []), position]));
  for (const member of undated) {
    // "на прошлой неделе в Париже": that week's happening in that city, the largest if several; none otherwise,
    // since another week's happening there is another happening. A weekend is short enough to be the happening's span.
    const { week } = member.signature;
    if (week !== null) {
      let largest: Member[] | null = null;
      for (const [position, group] of groups.entries()) {
        const inWeek = group.date <= week.end && (lastDay(group.members) ?? group.date) >= week.start;
        if (inWeek && profiles[position]?.place === member.signature.place?.id && (largest === null || group.members.length > largest.length)) largest = group.members;
      }
      if (largest !== null) largest.push(member);
      else if (isWeekend(week) && member.signature.place !== null) {
        // "на выходных в Майами провели переговоры", and no report gives the day: the happening took the weekend.
        member.signature = { ...member.signature, day: week.start, endDay: week.end, week: null };
        groups.push({ date: week.start, members: [member] });
        profiles.push({ place: placeIdOf([member]), people: peopleWeights([member]) });
      }
      continue;
    }
    // A dated article with no day of its own (an analysis, a chronicle) was judged to report no happening.
    if (member.article.published !== null) continue;
    // An undated article naming an event's day and month ("6 січня", year unknown) belongs to that event.
    const stated = yearlessDays(member.article);
    // "МОСКВА, 8 января. /ТАСС/. Захарова заявила …": a report placed in one city is not of that day's happening in another.
    const ownPlace = member.signature.place?.id;
    const placeFits = (position: number): boolean => ownPlace === undefined || [ownPlace, null].includes(profiles[position]?.place ?? null);
    const sameDay = [...stated.days].flatMap((day) => byMonthDay.get(day) ?? []).filter(placeFits);
    // "накануне в Париже" from a dateline's day: that day's happening in that city.
    if (sameDay.length === 0) {
      for (const [day, sites] of stated.relative) sameDay.push(...(byMonthDay.get(day) ?? []).filter((position) => sites.has(profiles[position]?.place ?? '')));
    }
    const leadDays = [...stated.lead];
    if (sameDay.length > 0) {
      const position = sameDay.reduce((best, next) => ((groups[next]?.members.length ?? 0) > (groups[best]?.members.length ?? 0) ? next : best));
      groups[position]?.members.push(member);
      continue;
    }
    const candidates = new Set<number>([
      ...(index.get(`place:${member.signature.place?.id ?? '-'}`) ?? []),
      ...[...member.signature.people].flatMap((p) => index.get(`person:${p}`) ?? []),
    ]);
    let best = -1;
    let bestFit = 0;
    for (const position of [...candidates].sort((a, b) => a - b)) {
      // An article whose lead states its day ("PARIS, Jan 6") reports none of the cast's events weeks away from it.
      if (leadDays.length > 0 && !leadDays.some((day) => nearMonthDay(groups[position]?.date ?? null, day))) continue;
      const profile = profiles[position];
      const score = profile ? fit(member.signature, profile, common) : 0;
      // Equal fits go to the larger event: coverage gathers around the main happening.
      if (score > bestFit || (score === bestFit && score > 0 && (groups[position]?.members.length ?? 0) > (groups[best]?.members.length ?? 0))) {
        best = position;
        bestFit = score;
      }
    }
    groups[best]?.members.push(member);
  }

  const used = new Set<string>();
  const events = groups
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.members.length - a.members.length))
    .map((group) => buildEvent(group.date, group.members, used));
  const eventOf = new Map<string, string>();
  for (const event of events) for (const article of event.articles) eventOf.set(article, event.id);
  events.push(...mentionedOnlyEvents(members, events, used));
  events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { events, eventOf };
}

/** True for a Saturday and the Sunday after it, as a weekend phrase gives them. */
const isWeekend = (days: { start: IsoDate; end: IsoDate }): boolean => weekdayOf(days.start) === 6 && daysBetween(days.start, days.end) === 1;

/** True when `date` is `first`, or from `first` to `last` when a span is known. */
const within = (date: IsoDate, first: IsoDate | null, last: IsoDate | null): boolean => first !== null && (date === first || (last !== null && date > first && date <= last));

/** The city or venue named in the same sentence as `mention` and closest to it: "27 березня в Парижі …, а 24 жовтня — у Лондоні". */
function nearestSite(places: readonly Entity[], mention: Mention): Entity | null {
  let best: Entity | null = null;
  let bestDistance = Infinity;
  for (const place of places) {
    if (!isSite(place.id)) continue;
    for (const named of place.mentions) {
      if (named.sentence.start !== mention.sentence.start) continue;
      const distance = named.start >= mention.end ? named.start - mention.end : mention.start - named.end;
      if (distance < bestDistance) {
        best = place;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * Happenings that articles mention with a date and a city in one sentence
 * ("переговоры в Вашингтоне 18 августа") but that no article reports: they
 * join an event of that day and place if there is one, else stand as events
 * of their own, with the sentences that mention them.
 */
function mentionedOnlyEvents(members: readonly Member[], events: Event[], used: Set<string>): Event[] {
  const found = new Map<string, { date: IsoDate; endDate: IsoDate | null; place: { id: string; name: string } | null; kind: EventKind; mentions: EventMention[] }>();
  for (const { id, article, signature } of members) {
    let previousStart = -1;
    for (const mention of article.mentionedDates) {
      // A range ("14–15 декабря") gives two dates at one place in the text; the happening is one, from its first day.
      const rangeEnd = mention.start === previousStart;
      previousStart = mention.start;
      // Only a stated day ("18 августа"), not "накануне" or "в среду", names another happening; the article's own days are its own event.
      if (rangeEnd || !/\d/.test(mention.text) || within(mention.date, signature.day, signature.endDay)) continue;
      // "Конференция проходит с 13 по 15 февраля", around a meeting on its sidelines on the 14th: the host, not another happening.
      const hostSpan = spanAround(article.mentionedDates, mention.date);
      if (hostSpan && signature.day !== null && signature.day >= hostSpan.start && signature.day <= hostSpan.end) continue;
      const sentence = article.text.slice(mention.sentence.start, mention.sentence.end);
      // "7 января Рябков заявил … по итогам парижской встречи": the date is the statement's, the meeting was before it;
      // so it is in "записано 7 января, на следующий день после саммита".
      const laterOutcomes = matchesWithin(OUTCOME, article.text, [{ start: mention.end, end: mention.sentence.end }]);
      const counted = otherDayHappenings(sentence).map((span) => ({ start: span.start + mention.sentence.start, end: span.end + mention.sentence.start }));
      if (!MEETING_WORD.test(withoutSpans(sentence, mention.sentence.start, [...laterOutcomes, ...counted]))) continue;
      const kind = KIND_TESTS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? 'meeting';
      // A call has no venue: "парижскую встречу во время телефонного разговора 29 декабря" names Paris for the meeting.
      // A venue stands for its city here too: «у Єлисейському палаці» on the day of the summit in Paris is that summit.
      const site = kind === 'call' ? null : nearestSite(article.places, mention);
      const place = site && siteOf(site);
      if (place === null && kind !== 'call') continue;
      // "Київ, 25 жовтня (Укрінформ) – …": where and when the report was filed, not a happening.
      const dateline = findDateline(article.text);
      if (dateline !== null && mention.start >= dateline.start && mention.start < dateline.start + dateline.end) continue;
      const reference: EventMention = { article: id, text: mention.text, start: mention.start, end: mention.end, sentence: { ...mention.sentence } };
      const existing = events.find((event) => within(mention.date, event.date, event.endDate) && (place === null ? event.kind === 'call' : event.place === null || event.place.id === place.id));
      if (existing) {
        if (!existing.articles.includes(id)) existing.mentions.push(reference);
        continue;
      }
      const key = `${mention.date}|${place?.id ?? kind}`;
      const entry = found.get(key) ?? { date: mention.date, endDate: null, place: place && { id: place.id, name: place.name }, kind, mentions: [] };
      const span = spanAround(article.mentionedDates, mention.date);
      if (span && span.start === mention.date && (entry.endDate === null || span.end > entry.endDate)) entry.endDate = span.end;
      entry.mentions.push(reference);
      found.set(key, entry);
    }
  }
  return [...found.values()].map((entry) => {
    const id = uniqueId(`${entry.date}-${slugify(`${entry.place?.name ?? ''} ${entry.kind}`)}`, used);
    return {
      id,
      date: entry.date,
      endDate: entry.endDate,
      kind: entry.kind,
      place: entry.place,
      ...eventTitles({ ...entry, coalition: false }),
      titles: {},
      participants: [],
      articles: [],
      languages: [],
      sources: [],
      mentions: entry.mentions,
      claims: [],
    };
  });
}
