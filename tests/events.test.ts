// Events from articles written for these tests (not taken from any source).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event, Timeline } from '../src/model.ts';
import { runPipeline } from '../src/pipeline.ts';
import { inputFile } from './helpers.ts';

const file = inputFile;

const timeline = runPipeline(
  [
    // Alaska summit, 15 August 2025.
    file('a1.txt', ' date 2025-08-15 Трамп и Путин встретились на Аляске\n\nВ Анкоридже в пятницу прошла встреча Дональда Трампа и Владимира Путина. Переговоры длились три часа.'),
    file('a2.txt', ' date 2025-08-16 Саміт на Алясці завершився без угоди\n\nЗустріч Трампа і Путіна в Анкориджі 15 серпня завершилася без угоди про припинення вогню.'),
    // White House meeting, 18 August 2025: a preview the day before, the report, an outcome in English.
    file('w1.txt', ' date 2025-08-17 Зеленский полетит в Вашингтон\n\nВ понедельник в Белом доме пройдет встреча Зеленского и Трампа, к которой присоединятся европейские лидеры, в том числе Макрон и Стармер.'),
    file('w2.txt', ' date 2025-08-18 У Білому домі почалася зустріч\n\nСьогодні у Вашингтоні Зеленський зустрівся з Трампом. До зустрічі приєдналися Макрон, Стармер і Мерц.'),
    file('w3.txt', ' date 2025-08-19 Leaders met at the White House\n\nYesterday Zelensky met Trump at the White House in Washington, joined by Macron, Starmer and Merz.'),
    // Coalition video call, 19 August 2025.
    file('c1.txt', ' date 2025-08-19 Коалиция желающих провела видеоконференцию\n\nСегодня лидеры коалиции желающих провели видеоконференцию под руководством Стармера и Макрона из Лондона. Накануне, 18 августа, в Вашингтоне прошли переговоры в Белом доме.'),
    // An undated article that names its day: joins the White House meeting.
    file('u1.txt', 'Лідери зібралися у Вашингтоні\n\nЗустріч 18 серпня у Білому домі тривала кілька годин, Зеленський і Трамп обговорили гарантії.'),
    // Same day, another city, another cast: stays apart.
    file('g1.txt', ' date 2025-08-18 В Женеве прошли консультации\n\nВ Женеве сегодня прошли консультации экспертов, которые провел Лукас Бауэр.'),
  ],
  [],
  '2025-12-01',
);

const eventOf = (file: string): string | null => timeline.articles.find((a) => a.file === file)?.event ?? null;

/** The event an article of `reports` belongs to. */
const eventIn = (reports: Timeline, file: string): Event | undefined => reports.events.find((e) => e.id === reports.articles.find((a) => a.file === file)?.event);

/** The kind, first day and place name of the event an article of `reports` belongs to. */
const kindDayPlace = (reports: Timeline, file: string): Array<string | null | undefined> => {
  const event = eventIn(reports, file);
  return [event?.kind, event?.date, event?.place?.name ?? null];
};

test('reports of one happening form one event across languages, previews and outcomes included', () => {
  assert.ok(eventOf('w1.txt'));
  assert.equal(eventOf('w1.txt'), eventOf('w2.txt'));
  assert.equal(eventOf('w2.txt'), eventOf('w3.txt'));
  assert.equal(eventOf('a1.txt'), eventOf('a2.txt'));
  const whiteHouse = timeline.events.find((e) => e.id === eventOf('w2.txt'));
  assert.equal(whiteHouse?.date, '2025-08-18');
  assert.equal(whiteHouse?.place?.name, 'Washington');
  assert.deepEqual(whiteHouse?.languages, ['en', 'ru', 'uk']);
  assert.ok(whiteHouse?.participants.some((p) => p.name === 'Donald Trump'));
  assert.equal(whiteHouse?.titles.uk, 'У Білому домі почалася зустріч');
});

test('different happenings on nearby dates stay apart', () => {
  const ids = new Set([eventOf('a1.txt'), eventOf('w2.txt'), eventOf('c1.txt')]);
  assert.equal(ids.size, 3);
  const dates = ['a1.txt', 'w2.txt', 'c1.txt'].map((f) => timeline.events.find((e) => e.id === eventOf(f))?.date);
  assert.deepEqual(dates, ['2025-08-15', '2025-08-18', '2025-08-19']);
  assert.equal(timeline.events.find((e) => e.id === eventOf('c1.txt'))?.kind, 'call');
});

test('an undated article joins the event whose day it names, and its year-less dates take the event\'s year', () => {
  assert.equal(eventOf('u1.txt'), eventOf('w2.txt'));
  const undated = timeline.articles.find((a) => a.file === 'u1.txt');
  assert.equal(undated?.published, null);
  assert.deepEqual(undated?.mentionedDates.map((d) => [d.text, d.date]), [['18 серпня', '2025-08-18']]);
});

test('two happenings on one day in different cities with different people stay apart', () => {
  assert.notEqual(eventOf('g1.txt'), eventOf('w2.txt'));
});

test('a happening mentioned with its date links back to the sentence that mentions it', () => {
  const whiteHouse = timeline.events.find((e) => e.id === eventOf('w2.txt'));
  const mention = whiteHouse?.mentions.find((m) => m.article === timeline.articles.find((a) => a.file === 'c1.txt')?.id);
  assert.ok(mention, 'the call article mentions the White House talks');
  const article = timeline.articles.find((a) => a.id === mention.article);
  assert.match(article?.text.slice(mention.sentence.start, mention.sentence.end) ?? '', /^Накануне, 18 августа, в Вашингтоне/);
});

test('a happening no article reports becomes a mentioned-only event', () => {
  const only = runPipeline([file('x.txt', ' date 2025-09-04 Лидеры встретились в Париже\n\nСегодня в Париже прошла встреча коалиции. Она продолжила переговоры, которые состоялись в Вашингтоне 18 августа.')], [], '2025-12-01');
  const mentioned = only.events.find((e) => e.articles.length === 0);
  assert.equal(mentioned?.date, '2025-08-18');
  assert.equal(mentioned?.place?.name, 'Washington');
  assert.equal(mentioned?.mentions.length, 1);
  // A venue stands for its city: the palace on the day of the summit in Paris is that summit, the White House another happening.
  const venues = runPipeline(
    [
      file('v1.txt', ' date 2025-06-12 У Парижі пройшов саміт\n\nСаміт коаліції пройшов у четвер у Парижі.'),
      file('v2.txt', ' date 2025-07-01 Хроніка\n\nНагадаємо, 12 червня в Єлисейському палаці відбулася зустріч лідерів, а 3 червня — зустріч у Білому домі.'),
    ],
    [],
    '2025-12-01',
  );
  assert.deepEqual(
    venues.events.map((e) => [e.date, e.place?.name, e.articles.length, e.mentions.length]),
    [
      ['2025-06-12', 'Paris', 1, 1],
      ['2025-06-03', 'Washington', 0, 1],
    ],
  );
});

test('a city counts as the venue where things happen there, not where it speaks or is recalled', () => {
  const placed = runPipeline(
    [
      // "Варшава не направит" is the government speaking; "в Берлине" is where the talks were; the Rome sentence is dated to another day.
      file('p1.txt', ' date 2025-12-15 Переговоры о гарантиях продолжились\n\nВаршава не направит войска, заявил министр. Варшава поддержит мониторинг. Переговоры прошли в Берлине.\n\nНапомним, 5 ноября в Риме и ещё раз в Риме лидеры обсуждали то же самое.'),
    ],
    [],
    '2025-12-20',
  );
  const event = placed.events.find((e) => e.articles.length === 1);
  assert.equal(event?.place?.name, 'Berlin');
  // A city only ever named as the government that speaks is no venue at all.
  const spoken = runPipeline(
    [file('p2.txt', ' date 2025-12-15 Варшава готова к мониторингу\n\nВаршава готова участвовать в мониторинге перемирия, заявил министр в понедельник.')],
    [],
    '2025-12-20',
  );
  assert.deepEqual(spoken.events.map((e) => e.place), [null]);
  // A city only possibly the venue is none.
  const hedged = runPipeline(
    [file('p3.txt', ' date 2025-12-15 Посол про наступні кроки\n\nПосол заявив у понеділок, що консультації продовжаться, можливо у Варшаві.')],
    [],
    '2025-12-20',
  );
  assert.deepEqual(hedged.events.map((e) => e.place), [null]);
});

test('a mentioned-only happening takes the city nearest its date, and a range of days is one happening', () => {
  const only = runPipeline(
    [file('y.txt', ' date 2026-01-07 Союзники підписали декларацію\n\nСьогодні у Парижі лідери підписали декларацію. Раніше 14–15 грудня в Берліні пройшли переговори, а 24 жовтня — зустріч у Лондоні.')],
    [],
    '2026-02-01',
  );
  const mentioned = only.events.filter((e) => e.articles.length === 0).map((e) => [e.date, e.endDate, e.place?.name]);
  assert.deepEqual(mentioned, [
    ['2025-12-14', '2025-12-15', 'Berlin'],
    ['2025-10-24', null, 'London'],
  ]);
  assert.equal(only.events.find((e) => e.place?.name === 'Berlin')?.title, 'Talks in Berlin, 14–15 December 2025');
});

test('a happening on the sidelines of a longer one keeps its own day; the host’s span is neither its span nor another happening', () => {
  const sidelines = runPipeline(
    [
      file('sl1.txt', ' date 2025-10-11 На полях форума в Осло прошла встреча\n\nВ субботу на полях форума по безопасности в Осло состоялась встреча министров коалиции.\n\nФорум проходит в Осло с 10 по 12 октября.'),
      file('sl2.txt', ' date 2025-10-11 У кулуарах форуму в Ризі\n\nУ суботу у кулуарах безпекового форуму в Ризі відбулася зустріч радників.\n\nФорум у Ризі триває 10–12 жовтня.'),
    ],
    [],
    '2025-12-01',
  );
  assert.deepEqual(
    sidelines.events.map((e) => [e.date, e.endDate, e.place?.name, e.articles.length]).sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    [
      ['2025-10-11', null, 'Oslo', 1],
      ['2025-10-11', null, 'Riga', 1],
    ],
  );
});

test('parties signing a text together met: a meeting when no word names the kind, and a mentioned happening; one signing a law did not', () => {
  const signed = runPipeline(
    [
      file('sg1.txt', ' date 2025-11-13 Премьеры подписали меморандум\n\nПремьер-министры Чехии и Словакии в четверг в Праге подписали меморандум о совместных закупках.'),
      file('sg2.txt', ' date 2025-11-20 Уряд схвалив бюджет\n\nУряд у четвер схвалив бюджет.\n\nНагадаємо, 13 листопада у Празі прем’єри підписали меморандум про закупівлі.'),
      file('sg3.txt', ' date 2025-11-14 Президент подписал закон\n\nПрезидент Чехии в пятницу в Берлине подписал закон о бюджете.'),
    ],
    [],
    '2025-12-01',
  );
  assert.deepEqual(kindDayPlace(signed, 'sg1.txt'), ['meeting', '2025-11-13', 'Prague']);
  assert.equal(eventIn(signed, 'sg1.txt')?.mentions.length, 1, 'the recap mentions the signing');
  assert.deepEqual(kindDayPlace(signed, 'sg3.txt'), ['statement', '2025-11-14', 'Berlin']);
});

test('a happening over several days is one event from its first day to its last', () => {
  // A wrap-up of two days of talks, published the day after: its own sentence dates them.
  const wrapUp = file('s1.txt', ' date 2025-12-16 Переговоры в Берлине завершились\n\nДва дня переговоров в Берлине, 14 и 15 декабря, завершились без документа. Делегации возглавляли Умеров и Уиткофф.');
  const days = runPipeline(
    [
      wrapUp,
      // A report of the second day, which states no span: a later day inside the span, same place, same kind.
      file('s2.txt', ' date 2025-12-15 Другий день переговорів у Берліні\n\nСьогодні у Берліні тривають переговори делегацій, які очолюють Умєров і Віткофф.'),
      // A preview of a two-day meeting elsewhere.
      file('s4.txt', ' date 2026-02-10 Коаліція збереться у Лондоні\n\nЗасідання коаліції відбудеться в Лондоні 17–18 лютого, повідомив Стармер.'),
      // Two days joined by "и" that are not adjacent are two happenings, not a span.
      file('s5.txt', ' date 2026-01-13 Встречи в Риме\n\nВстречи министров в Риме прошли 5 и 12 января.'),
    ],
    [],
    '2026-03-01',
  );
  const eventFor = (name: string) => days.events.find((e) => e.id === days.articles.find((a) => a.file === name)?.event);
  const talks = eventFor('s1.txt');
  assert.deepEqual([talks?.date, talks?.endDate, talks?.kind, talks?.title], ['2025-12-14', '2025-12-15', 'talks', 'Talks in Berlin, 14–15 December 2025']);
  assert.equal(eventFor('s2.txt')?.id, talks?.id, 'the second day joins the span');
  assert.equal(days.events.filter((e) => e.place?.name === 'Berlin').length, 1, 'no event of its own for a day of the span');
  assert.deepEqual([eventFor('s4.txt')?.date, eventFor('s4.txt')?.endDate], ['2026-02-17', '2026-02-18']);
  assert.equal(eventFor('s5.txt')?.endDate, null);

  // The evening after the talks began, another kind of happening in the same city: it stays apart.
  const evening = file('s3.txt', ' date 2025-12-15 Мерц принял европейских лидеров\n\nСегодня вечером в Берлине канцлер Мерц принял на встрече лидеров Европы.');
  const apart = runPipeline([wrapUp, evening], [], '2026-03-01');
  const [first, second] = apart.articles.map((a) => apart.events.find((e) => e.id === a.event));
  assert.notEqual(first?.id, second?.id);
  assert.deepEqual(
    apart.events.map((e) => [e.date, e.endDate, e.kind]),
    [
      ['2025-12-15', null, 'meeting'],
      ['2025-12-14', '2025-12-15', 'talks'],
    ],
  );
});

test('the next meeting named in a report is neither its place nor its kind, unless the report previews it', () => {
  const next = runPipeline(
    [
      // An outcome report that ends with the next venue.
      file('n1.txt', ' date 2026-03-12 Лідери зустрілися в Лондоні\n\nСьогодні в Лондоні лідери обговорили моніторинг. Наступна зустріч коаліції пройде в Римі, у Римі ж підпишуть документ.'),
      // A statement about the next meeting, which has no date yet.
      file('n2.txt', ' date 2026-03-20 Міністр дав інтерв’ю\n\nМіністр заявив журналістам, що наступне засідання може пройти в Римі.'),
      // A preview: its lead gives the next meeting's day, which is the day it reports.
      file('n3.txt', ' date 2026-04-01 Коалиция соберётся снова\n\nСледующая встреча коалиции пройдёт 3 апреля в Риме.'),
      // A meeting set for next week, announced in a statement whose own day is in the other clause.
      file('n4.txt', ' date 2026-03-11 Президент звернувся до громадян\n\nУ вечірньому зверненні 11 березня президент повідомив, що наступного тижня в Лондоні відбудеться засідання коаліції.'),
      // The day after the attribution is the statement's, not the meeting's.
      file('n5.txt', ' date 2026-04-10 Следующий саммит коалиции пройдет в Мадриде\n\nСледующая встреча лидеров коалиции состоится в Мадриде в начале мая, заявил пресс-секретарь правительства в пятницу.'),
    ],
    [],
    '2026-05-01',
  );
  const eventFor = (name: string) => next.events.find((e) => e.id === next.articles.find((a) => a.file === name)?.event);
  assert.deepEqual([eventFor('n1.txt')?.place?.name, eventFor('n1.txt')?.kind], ['London', 'meeting']);
  assert.deepEqual([eventFor('n2.txt')?.place ?? null, eventFor('n2.txt')?.kind], [null, 'statement']);
  assert.deepEqual([eventFor('n3.txt')?.date, eventFor('n3.txt')?.place?.name, eventFor('n3.txt')?.kind], ['2026-04-03', 'Rome', 'meeting']);
  assert.deepEqual([eventFor('n4.txt')?.date, eventFor('n4.txt')?.place ?? null, eventFor('n4.txt')?.kind], ['2026-03-11', null, 'statement']);
  assert.deepEqual([eventFor('n5.txt')?.date, eventFor('n5.txt')?.place ?? null, eventFor('n5.txt')?.kind], ['2026-04-10', null, 'statement']);
});

test('"yesterday’s meeting" dates the happening a report is about; joining by video does not make a meeting a call', () => {
  const reported = runPipeline(
    [
      file('r1.txt', ' date 2025-09-04 Лідери зустрілися в Парижі\n\nСьогодні в Парижі відбулася зустріч лідерів коаліції.'),
      // Published the next day; it names no date, only "вчорашньої зустрічі".
      file('r2.txt', ' date 2025-09-05 Зеленський підбив підсумки\n\nЗеленський за підсумками вчорашньої зустрічі в Парижі заявив про гарантії.'),
      // Two days later: "позавчорашньої".
      file('r4.txt', ' date 2025-09-06 Стубб про гарантії\n\nПрезидент Фінляндії за підсумками позавчорашньої зустрічі в Парижі заявив, що гарантії будуть.'),
      // The day of the statement stands next to the meeting word, which is yesterday's.
      file('r5.txt', ' date 2025-09-05 Премьер Бельгии о гарантиях\n\nПремьер Бельгии в пятницу назвал итоги вчерашней встречи в Париже важным шагом.'),
    ],
    [],
    '2025-12-01',
  );
  const eventOf = (name: string) => reported.articles.find((a) => a.file === name)?.event;
  assert.equal(eventOf('r2.txt'), eventOf('r1.txt'));
  assert.equal(eventOf('r4.txt'), eventOf('r1.txt'));
  assert.equal(eventOf('r5.txt'), eventOf('r1.txt'));
  assert.equal(reported.events.find((e) => e.id === eventOf('r1.txt'))?.date, '2025-09-04');
  assert.deepEqual(reported.articles.find((a) => a.file === 'r2.txt')?.mentionedDates, [], 'the adjective is not a stated date');
  // One "встреча" and one "по видеосвязи": the meeting is the happening.
  const joined = runPipeline([file('r3.txt', ' date 2025-09-04 Коалиция собирается в Париже\n\nСегодня в Париже проходит встреча лидеров. Часть участников подключатся по видеосвязи.')], [], '2025-12-01');
  assert.equal(joined.events[0]?.kind, 'meeting');
});

test('the page’s timestamp line dates the page, not the happening; a meeting verb dates it', () => {
  const stamped = runPipeline(
    [file('t1.txt', 'Середа, 07 січня 2026 10:15\n\nПосланці зустрілися з делегацією\n\nПосланці США у вівторок зустрілися в Римі з делегацією України. Розмова тривала три години.')],
    [],
    '2026-02-01',
  );
  const [article] = stamped.articles;
  assert.equal(article?.published, '2026-01-07');
  const event = stamped.events.find((e) => e.id === article?.event);
  assert.deepEqual([event?.date, event?.place?.name], ['2026-01-06', 'Rome']);
});

test('an undated report whose lead states its day joins no event weeks away from that day', () => {
  const wire = runPipeline(
    [
      file('m1.txt', ' date 2025-09-04 Лидеры собрались в Риме\n\nСегодня в Риме прошла встреча Макрона, Стармера и Мерца.'),
      // No year anywhere; its dateline says 6 January, and it shares the September meeting's city and cast.
      file('m2.txt', 'ROME, Jan 6 - Macron, Starmer and Merz met in Rome on Tuesday to discuss guarantees.'),
    ],
    [],
    '2026-02-01',
  );
  const eventOf = (name: string) => wire.articles.find((a) => a.file === name)?.event ?? null;
  assert.ok(eventOf('m1.txt'));
  assert.notEqual(eventOf('m2.txt'), eventOf('m1.txt'));
  // Not dated from an event it does not report: the year comes from the collection's dates instead.
  assert.equal(wire.articles.find((a) => a.file === 'm2.txt')?.publishedBasis?.yearFrom, 'collection');
});

test('an undated wire report counts "накануне" from its dateline and joins the happening of that day in the city it names', () => {
  const wire = runPipeline(
    [
      file('p1.txt', ' date 2026-01-06 Лидеры коалиции собрались в Париже\n\nСегодня в Париже прошла встреча Макрона, Стармера и Мерца.'),
      file('k1.txt', ' date 2026-01-06 У Києві відбулися консультації\n\nСьогодні у Києві Сибіга провів консультації з Лукасом Бауером.'),
      // No year anywhere, nobody from either cast, and the dateline names a third city.
      file('t1.txt', 'МОСКВА, 7 января. /ТАСС/. Мария Захарова раскритиковала декларацию, подписанную накануне в Париже.\n\nПо ее словам, Москва не примет такие решения.'),
      file('t2.txt', 'МОСКВА, 7 января. /ТАСС/. Мария Захарова заявила, что вчера в Москве обсуждали ответ на декларацию.\n\nПодробности она не привела.'),
    ],
    [],
    '2026-02-01',
  );
  const article = (name: string) => wire.articles.find((a) => a.file === name);
  assert.ok(article('p1.txt')?.event);
  assert.equal(article('t1.txt')?.event, article('p1.txt')?.event);
  assert.notEqual(article('t1.txt')?.event, article('k1.txt')?.event);
  // Joining the event gives the dateline's day its year.
  assert.equal(article('t1.txt')?.published, '2026-01-07');
  // "вчера в Москве": no happening in Moscow that day to join, so the collection's dates give the year, and the
  // article reports a happening of its own.
  assert.equal(article('t2.txt')?.published, '2026-01-07');
  assert.equal(article('t2.txt')?.publishedBasis?.yearFrom, 'collection');
  assert.ok(![article('p1.txt')?.event, article('k1.txt')?.event].includes(article('t2.txt')?.event));
});

test('a sentence with two happenings joined by "а" gives each its own day and city', () => {
  const week = runPipeline(
    [
      file('l1.txt', ' date 2026-02-16 Лідери зібралися в Лондоні\n\nСьогодні в Лондоні відбулася зустріч Стармера, Макрона і Мерца.'),
      file('l2.txt', ' date 2026-02-19 Тиждень дипломатії\n\nУ понеділок лідери зустрілися в Лондоні, а в середу міністри виступили із заявою в Парижі. У четвер у Брюсселі міністри оборони виступлять із заявами.'),
      // Not the same day's meeting: the call is today's, London was yesterday's.
      file('r1.txt', ' date 2026-02-17 Сибіга поговорив з Рубіо\n\nСибіга 17 лютого провів телефонну розмову з Рубіо. Сторони обговорили підсумки вчорашньої зустрічі в Лондоні.'),
    ],
    [],
    '2026-03-01',
  );
  const article = (name: string) => week.articles.find((a) => a.file === name);
  const eventOf = (name: string) => week.events.find((e) => e.id === article(name)?.event);
  assert.deepEqual([eventOf('l2.txt')?.date, eventOf('l2.txt')?.place?.name], ['2026-02-16', 'London']);
  assert.equal(article('l2.txt')?.event, article('l1.txt')?.event);
  assert.deepEqual([eventOf('r1.txt')?.date, eventOf('r1.txt')?.kind, eventOf('r1.txt')?.place ?? null], ['2026-02-17', 'call', null]);
});

test('a call or video conference has no place: its cities are where one side sat or what was spoken of', () => {
  const calls = runPipeline(
    [
      file('v1.txt', ' date 2026-02-24 Лідери коаліції охочих закликали посилити тиск на Москву\n\nУ вівторок лідери провели відеоконференцію, яку з Лондона вели Стармер і Макрон.'),
      file('v2.txt', ' date 2026-02-24 Leaders hold video call from London\n\nOn Tuesday Starmer hosted a video call of the coalition from Downing Street in London.'),
      // 2 March 2026 was a Monday. Hosting a call is no meeting.
      file('v3.txt', ' date 2026-03-02 Starmer to host coalition call\n\nKeir Starmer will host leaders of the coalition on Tuesday, Downing Street said on Monday.'),
    ],
    [],
    '2026-03-01',
  );
  for (const name of ['v1.txt', 'v2.txt']) {
    const event = eventIn(calls, name);
    assert.deepEqual([event?.date, event?.kind, event?.place ?? null], ['2026-02-24', 'call', null], name);
    assert.doesNotMatch(event?.title ?? '', / in /, name);
  }
  assert.deepEqual(kindDayPlace(calls, 'v3.txt'), ['call', '2026-03-03', null]);
});

test('a happening placed a day away ("на следующий день после саммита в Париже") lends neither its kind nor its city to a day of its own', () => {
  const after = runPipeline(
    [
      file('s1.txt', ' date 2026-01-06 Лидеры коалиции собрались в Париже\n\nСегодня в Париже прошел саммит коалиции желающих.'),
      file('s2.txt', ' date 2026-01-08 Макрон: войска коалиции не будут воевать\n\nМакрон в интервью заявил, что войска коалиции не будут воевать.\n\nИнтервью было записано в среду, 7 января, на следующий день после саммита в Париже.'),
      file('s3.txt', ' date 2026-01-07 Атака на Київ\n\nУ ніч проти 7 січня війська атакували Київ. Удар стався менш ніж за добу після саміту в Парижі.'),
    ],
    [],
    '2026-02-01',
  );
  const eventOf = (name: string) => eventIn(after, name);
  assert.deepEqual([eventOf('s1.txt')?.date, eventOf('s1.txt')?.kind, eventOf('s1.txt')?.place?.name], ['2026-01-06', 'summit', 'Paris']);
  // The interview told the day after the summit reacts to it and joins it; the strike keeps its own day, with no summit
  // and no Paris (its headline names Kyiv).
  assert.equal(eventOf('s2.txt')?.id, eventOf('s1.txt')?.id);
  assert.deepEqual([eventOf('s3.txt')?.date, eventOf('s3.txt')?.kind], ['2026-01-07', 'statement']);
  assert.notEqual(eventOf('s3.txt')?.place?.name, 'Paris');
  assert.ok(!after.events.some((e) => e.date === '2026-01-07' && e.kind === 'summit'));
});

test('a happening dated another day in the same lead ("після паризького саміту минулого вівторка") lends no kind', () => {
  const follow = runPipeline(
    [
      // 15 January 2026 was a Thursday; "минулого вівторка" is the 13th.
      file('t1.txt', ' date 2026-01-15 Робота над гарантіями триває\n\nРадник заявив, що після берлінського саміту минулого вівторка команди працюють щодня. У середу, 14 січня, відбулася технічна зустріч експертів.'),
    ],
    [],
    '2026-02-01',
  );
  const event = follow.events.find((e) => e.id === follow.articles[0]?.event);
  assert.deepEqual([event?.date, event?.kind], ['2026-01-14', 'meeting']);
});

test('a city’s adjective names the city: "паризького саміту", "лондонской встречи"', () => {
  const adjectives = runPipeline(
    [
      file('p1.txt', ' date 2026-03-12 Підсумки зустрічі\n\nУчасники паризького саміту погодили текст заяви.'),
      file('p2.txt', ' date 2026-03-12 Итоги встречи\n\nУчастники лондонской встречи согласовали текст заявления.'),
    ],
    [],
    '2026-04-01',
  );
  assert.deepEqual(adjectives.articles.map((a) => a.places.map((p) => `${p.name}:${p.mentions.map((m) => m.text).join()}`)), [['Paris:паризького'], ['London:лондонской']]);
});

test('a lead that tells its happening in the past without a date reports the day it appeared; an aside told "напередодні" does not date it', () => {
  const reports = runPipeline(
    [
      file('m1.txt', ' date 2026-03-10 Саміт у Берліні\n\nСьогодні в Берліні відбувся саміт лідерів коаліції.'),
      file('m2.txt', ' date 2026-03-10 Премʼєр Данії: війська не поїдуть\n\nПремʼєрка Данії після саміту в Берліні заявила, що країна не відправить військових.\n\nНапередодні вона мала телефонну розмову з президентом Фінляндії.'),
      // The second day of talks whose first day a sentence in the same city recalls: the happening is the first day's.
      file('m3.txt', ' date 2026-03-11 Переговори в Женеві завершилися\n\nПереговори делегацій у Женеві завершилися після чотирьох годин роботи.\n\nНагадаємо, напередодні в Женеві відбулася перша зустріч делегацій.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('m2.txt')?.id, eventOf('m1.txt')?.id);
  assert.deepEqual([eventOf('m2.txt')?.date, eventOf('m2.txt')?.place?.name], ['2026-03-10', 'Berlin']);
  assert.deepEqual([eventOf('m3.txt')?.date, eventOf('m3.txt')?.place?.name], ['2026-03-10', 'Geneva']);
});

test('a clause told of last week ("про які домовилися в Парижі минулого тижня") does not place a happening of this week', () => {
  const reports = runPipeline(
    [
      file('w1.txt', ' date 2026-03-16 Генсек НАТО про місію\n\nГенсек НАТО у понеділок заявив, що Альянс не братиме участі в силах, про які домовилися в Парижі минулого тижня.\n\nВін виступив на пресконференції у Копенгагені.'),
      file('w2.txt', ' date 2026-03-16 Итоги недели\n\nНа прошлой неделе в Лондоне прошла встреча министров. Сегодня глава МИД в Варшаве провел брифинг.'),
      file('w4.txt', ' date 2026-03-16 Minister on guarantees\n\nThe leaders met in London a week ago, the minister said on Monday.\n\nHe spoke at a briefing in Brussels.'),
      file('w5.txt', ' date 2026-03-16 Міністр про гарантії\n\nРік тому в Лондоні лідери підписали заяву, нагадав у понеділок міністр.\n\nВін виступав на брифінгу у Варшаві.'),
      // Last week's happening is the article's own when its date is told: the clause keeps its city.
      file('w3.txt', ' date 2026-03-16 Підсумки саміту\n\nМинулого тижня, 9 березня, у Берліні відбувся саміт лідерів коаліції.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.deepEqual([eventOf('w1.txt')?.date, eventOf('w1.txt')?.place?.name, eventOf('w1.txt')?.kind], ['2026-03-16', 'Copenhagen', 'statement']);
  assert.deepEqual([eventOf('w2.txt')?.date, eventOf('w2.txt')?.place?.name, eventOf('w2.txt')?.kind], ['2026-03-16', 'Warsaw', 'statement']);
  assert.deepEqual([eventOf('w4.txt')?.place?.name, eventOf('w4.txt')?.kind], ['Brussels', 'statement']);
  assert.deepEqual([eventOf('w5.txt')?.place?.name, eventOf('w5.txt')?.kind], ['Warsaw', 'statement']);
  assert.deepEqual([eventOf('w3.txt')?.date, eventOf('w3.txt')?.place?.name, eventOf('w3.txt')?.kind], ['2026-03-09', 'Berlin', 'summit']);
});

test('talks that end "в ночь на среду" began on Tuesday; "В Кремле заявили" is the government speaking, not a venue', () => {
  const reports = runPipeline(
    [
      file('t1.txt', ' date 2026-03-10 Саміт у Берліні розпочався\n\nСьогодні в Берліні розпочався саміт лідерів коаліції.'),
      file('t2.txt', ' date 2026-03-11 Лидеры завершили переговоры\n\nЛидеры коалиции в ночь на среду завершили переговоры в Берлине.'),
      // Ukrainian "в ніч на", the talks named far before it.
      file('t3.txt', ' date 2026-03-11 Лідери завершили переговори\n\nПереговори лідерів коаліції охочих у Берліні, які тривали весь вечір і частину ночі, завершилися в ніч на середу.'),
      file('k1.txt', ' date 2026-03-12 Реакция на саммит\n\nВ Кремле в четверг заявили, что не видят смысла в таких встречах.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('t2.txt')?.id, eventOf('t1.txt')?.id);
  assert.deepEqual([eventOf('t2.txt')?.date, eventOf('t2.txt')?.place?.name], ['2026-03-10', 'Berlin']);
  assert.equal(eventOf('t3.txt')?.id, eventOf('t1.txt')?.id);
  assert.deepEqual(reports.articles.find((a) => a.file === 't2.txt')?.mentionedDates.map((d) => d.date), ['2026-03-11'], 'the mention itself names Wednesday');
  assert.deepEqual([eventOf('k1.txt')?.date, eventOf('k1.txt')?.place ?? null], ['2026-03-12', null]);
});

test('an event is the coalition’s when an article names it for that day, not when it recalls another day’s summit', () => {
  const reports = runPipeline(
    [
      file('c1.txt', ' date 2026-03-13 Нова зустріч у Маямі\n\nДелегації у четвер провели зустріч у Маямі. Це перша зустріч після саміту коаліції охочих 10 березня.'),
      file('c2.txt', ' date 2026-03-13 Коаліція охочих зібралася в Римі\n\nДелегації у четвер провели зустріч у Римі.'),
    ],
    [],
    '2026-04-01',
  );
  const titleOf = (name: string) => reports.events.find((e) => e.id === reports.articles.find((a) => a.file === name)?.event)?.title;
  assert.equal(titleOf('c1.txt'), 'Meeting in Miami, 12 March 2026');
  assert.equal(titleOf('c2.txt'), 'Coalition of the Willing meeting in Rome, 12 March 2026');
});

test('an outcome report ("прокомментировал итоги встречи в Париже") joins the happening a later sentence dates in that city', () => {
  const reports = runPipeline(
    [
      file('o1.txt', ' date 2026-03-10 Саміт у Берліні\n\nСьогодні в Берліні відбувся саміт лідерів коаліції.'),
      file('o2.txt', ' date 2026-03-12 Брифинг МИД\n\nПредставитель МИД в четверг на брифинге прокомментировал итоги встречи в Берлине.\n\nНапомним, 10 марта в Берлине лидеры подписали декларацию.'),
      // No dated sentence names the city: the briefing stays a statement of its own day.
      file('o3.txt', ' date 2026-03-12 Брифинг МЗС\n\nРечник МЗС у четвер на брифінгу прокоментував підсумки зустрічі в Берліні.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('o2.txt')?.id, eventOf('o1.txt')?.id);
  assert.deepEqual([eventOf('o3.txt')?.date, eventOf('o3.txt')?.kind], ['2026-03-12', 'statement']);
});

test('a date next to a city dates that city ("подписанную накануне в Париже"); "повідомили в Білому домі" names no venue', () => {
  const reports = runPipeline(
    [
      file('a1.txt', ' date 2026-03-11 Реакция на декларацию лидеров\n\nПресс-секретарь в среду на встрече с журналистами отказался комментировать декларацию, подписанную накануне в Париже.'),
      file('a2.txt', ' date 2026-03-13 Заява\n\nСьогодні про це повідомили в Білому домі.'),
      // Side by side with the article's own day, the city stays.
      file('a3.txt', ' date 2026-03-16 Зустріч у Римі\n\nСьогодні в Римі відбулася зустріч міністрів, підготовлена напередодні в Парижі.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.deepEqual([eventOf('a1.txt')?.date, eventOf('a1.txt')?.place ?? null], ['2026-03-11', null]);
  assert.deepEqual([eventOf('a2.txt')?.date, eventOf('a2.txt')?.place ?? null], ['2026-03-13', null]);
  assert.deepEqual([eventOf('a3.txt')?.date, eventOf('a3.txt')?.place?.name, eventOf('a3.txt')?.kind], ['2026-03-16', 'Rome', 'meeting']);
});

test('a headline’s happening after "після" or before "напередодні" is another one: the article’s own is what its lead tells', () => {
  const reports = runPipeline(
    [
      file('h1.txt', ' date 2026-03-13 Прем’єр після саміту в Берліні: планування місії триває\n\nПрем’єр-міністр у п’ятницю заявив, що планувальники продовжать роботу над місією.'),
      // "завтрашньому саміту" in the lead is tomorrow's happening, not today's.
      file('h2.txt', ' date 2026-03-16 Радники зібралися в Берліні напередодні саміту\n\nУ понеділок у Берліні відбулася зустріч радників. Вона передує завтрашньому саміту лідерів.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.deepEqual([eventOf('h1.txt')?.date, eventOf('h1.txt')?.kind], ['2026-03-13', 'statement']);
  assert.deepEqual([eventOf('h2.txt')?.date, eventOf('h2.txt')?.kind], ['2026-03-16', 'meeting']);
});

test('"Про це він сказав … у вівторок" dates and places the statement its lead reports', () => {
  const reports = runPipeline(
    [
      file('s1.txt', ' date 2026-03-11 Прем’єр про місію\n\nВійська з’являться лише після перемир’я, заявив прем’єр-міністр.\n\nПро це він сказав журналістам у Берліні у вівторок ввечері.'),
    ],
    [],
    '2026-04-01',
  );
  assert.deepEqual([reports.events[0]?.date, reports.events[0]?.place?.name], ['2026-03-10', 'Berlin']);
});

test('a statement of no place reacting to a happening of the days before ("подписанную накануне в Берлине") reports on it', () => {
  const reports = runPipeline(
    [
      file('x1.txt', ' date 2026-03-10 Саміт у Берліні\n\nСьогодні в Берліні відбувся саміт лідерів.'),
      file('x2.txt', ' date 2026-03-11 Реакция на декларацию лидеров\n\nПресс-секретарь в среду отказался комментировать декларацию, подписанную накануне в Берлине.'),
      // A statement that only recalls a happening weeks before stays a statement of its day.
      file('x3.txt', ' date 2026-03-31 Реакция на декларацию лидеров\n\nПресс-секретарь во вторник отказался комментировать декларацию, подписанную 10 марта в Берлине.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('x2.txt')?.id, eventOf('x1.txt')?.id);
  assert.deepEqual([eventOf('x3.txt')?.date, eventOf('x3.txt')?.place ?? null, eventOf('x3.txt')?.kind], ['2026-03-31', null, 'statement']);
});

test('a weekday’s adjective dates a happening ("у вівторковій зустрічі в Берліні", "Tuesday’s summit")', () => {
  const reports = runPipeline(
    [
      file('d1.txt', ' date 2026-03-10 Саміт у Берліні завершився\n\nСьогодні в Берліні відбувся саміт лідерів.'),
      file('d2.txt', ' date 2026-03-12 Прем’єр Польщі про місію\n\nПрем’єр-міністр Польщі у четвер заявив, що країна забезпечить логістичний хаб.\n\nВін також підтвердив, що брав участь у вівторковій зустрічі в Берліні.'),
      file('d3.txt', ' date 2026-03-12 Allies after the Berlin talks\n\nThe prime minister said on Thursday that Tuesday’s summit in Berlin had been a success.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('d2.txt')?.id, eventOf('d1.txt')?.id);
  assert.equal(eventOf('d3.txt')?.id, eventOf('d1.txt')?.id);
});

test('a city the headline alone names places the happening when it stands as a venue, not when it stands for a government', () => {
  const reports = runPipeline(
    [
      file('g1.txt', ' date 2026-03-11 Реакция Москвы на декларацию лидеров\n\nПресс-секретарь в среду на брифинге отказался комментировать декларацию.'),
      file('g2.txt', ' date 2026-03-12 Саміт у Берліні завершився підписанням декларації\n\nЛідери в четвер підписали декларацію.'),
      file('g3.txt', ' date 2026-03-13 Берлінський саміт: що підписали лідери\n\nЛідери в п’ятницю підписали декларацію.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('g1.txt')?.place ?? null, null);
  assert.equal(eventOf('g2.txt')?.place?.name, 'Berlin');
  assert.equal(eventOf('g3.txt')?.place?.name, 'Berlin');
});

test('a digest’s week in the headline ("Головне за тиждень 9–15 березня") is no happening’s days; an arrival joins the meeting it comes for', () => {
  const reports = runPipeline(
    [
      file('k1.txt', ' date 2026-03-12 Лідери зустрілися в Берліні\n\nСьогодні в Берліні відбулася зустріч лідерів.'),
      file('k2.txt', ' date 2026-03-15 Головне за тиждень 9–15 березня: Берлін і нові удари\n\nУ четвер, 12 березня, у Берліні відбулася зустріч лідерів.\n\nУ ніч на 15 березня Росія атакувала Київ.'),
      file('k3.txt', ' date 2026-03-11 Премьер прибыл в Берлин\n\nПремьер-министр в среду вечером прибыл в Берлин, где в четверг примет участие во встрече лидеров.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.deepEqual([eventOf('k1.txt')?.date, eventOf('k1.txt')?.place?.name], ['2026-03-12', 'Berlin']);
  assert.equal(eventOf('k2.txt')?.id, eventOf('k1.txt')?.id);
  assert.equal(eventOf('k3.txt')?.id, eventOf('k1.txt')?.id);
});

test('a city where a document was made before ("декларация, подписанная в Берлине") is not where the article’s happening is', () => {
  const reports = runPipeline(
    [
      file('p1.txt', ' date 2026-03-11 Реакция на декларацию\n\nПресс-секретарь в среду заявил, что декларация, подписанная в Берлине, ничего не меняет.'),
      file('p2.txt', ' date 2026-03-12 Реакція на домовленості\n\nМіністр у четвер назвав досягнуті у Берліні домовленості кроком уперед.'),
      // Told as what happened that day, the same words place it.
      file('p3.txt', ' date 2026-03-10 Декларацію підписано\n\nУ вівторок декларація була підписана в Берліні лідерами.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('p1.txt')?.place ?? null, null);
  assert.equal(eventOf('p2.txt')?.place ?? null, null);
  assert.equal(eventOf('p3.txt')?.place?.name, 'Berlin');
});

test('"второй день переговоров" joins the happening that began the day before; "второй день подряд" says nothing of one', () => {
  const reports = runPipeline(
    [
      file('v1.txt', ' date 2026-03-14 У Берліні почалися переговори\n\nСьогодні в Берліні почалися переговори делегацій.'),
      file('v2.txt', ' date 2026-03-15 Берлин: второй день переговоров\n\nВ воскресенье в Берлине продолжились переговоры делегаций.'),
      file('v3.txt', ' date 2026-03-15 Переговоры второй день подряд\n\nВ воскресенье в Варшаве снова прошли переговоры делегаций.'),
    ],
    [],
    '2026-04-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('v2.txt')?.id, eventOf('v1.txt')?.id);
  assert.deepEqual([eventOf('v1.txt')?.date, eventOf('v1.txt')?.endDate], ['2026-03-14', '2026-03-15']);
  assert.deepEqual([eventOf('v3.txt')?.date, eventOf('v3.txt')?.endDate], ['2026-03-15', null]);
});

test('a happening’s word outweighs a topic’s: a statement after a meeting about sanctions is the meeting', () => {
  const reports = runPipeline(
    [
      file('t1.txt', ' date 2026-03-12 Прем’єр про тиск на росію\n\nПрем’єр після зустрічі у Берліні заявив, що союзники посилять тиск, зокрема через санкції.'),
      file('t2.txt', ' date 2026-03-13 ЄС ухвалив новий пакет санкцій\n\nРада ЄС у п’ятницю ухвалила двадцятий пакет санкцій проти росії; санкції торкнуться танкерів.'),
    ],
    [],
    '2026-04-01',
  );
  const kindOf = (name: string) => eventIn(reports, name)?.kind;
  assert.equal(kindOf('t1.txt'), 'meeting');
  assert.equal(kindOf('t2.txt'), 'sanctions');
});

test('"дводенні консультації … завершилися" end on their day, "двухдневный саммит откроется" starts on it; consultations are talks', () => {
  const reports = runPipeline(
    [
      file('d1.txt', ' date 2026-05-12 Консультації радників у Римі завершилися\n\nДводенні консультації радників з безпеки, які тривали в Римі з понеділка, завершилися у вівторок.'),
      file('d2.txt', ' date 2026-05-18 Саммит в Варшаве\n\nДвухдневный саммит лидеров откроется в Варшаве в среду.'),
      file('d3.txt', ' date 2026-05-21 Three-day visit to Oslo concluded\n\nThe minister’s three-day visit to Oslo ended on Thursday.'),
      file('d4.txt', ' date 2026-05-25 Переговори в Гельсінкі\n\nУ понеділок у Гельсінкі відбулися переговори делегацій.'),
    ],
    [],
    '2026-06-01',
  );
  const span = (name: string) => {
    const event = eventIn(reports, name);
    return [event?.kind, event?.date, event?.endDate];
  };
  assert.deepEqual(span('d1.txt'), ['talks', '2026-05-11', '2026-05-12']);
  assert.deepEqual(span('d2.txt'), ['summit', '2026-05-20', '2026-05-21']);
  assert.deepEqual(span('d3.txt'), ['visit', '2026-05-19', '2026-05-21']);
  // No length word: one day.
  assert.deepEqual(span('d4.txt'), ['talks', '2026-05-25', null]);
});

test('a lead dated only by its week ("минулого тижня у Відні") joins that week’s happening in that city, and no other', () => {
  const reports = runPipeline(
    [
      file('w0.txt', ' date 2026-04-14 Радники зустрілися у Відні\n\nУ вівторок у Відні зустрілися радники з безпеки.'),
      file('w1.txt', ' date 2026-04-21 Що відомо після зустрічі радників\n\nМинулого тижня у Відні радники ухвалили спільний план.'),
      file('w2.txt', ' date 2026-04-30 Меморандум министров\n\nНа прошлой неделе в Вене министры подписали меморандум.'),
      file('w3.txt', ' date 2026-04-16 Advisers agree on a plan\n\nEarlier this week in Vienna, the advisers agreed on a joint plan.'),
      file('w4.txt', ' date 2026-04-20 Chancellor to host leaders\n\nThe chancellor will host European leaders in Madrid on Friday.'),
    ],
    [],
    '2026-06-01',
  );
  const vienna = eventIn(reports, 'w0.txt');
  assert.equal(vienna?.date, '2026-04-14');
  assert.equal(eventIn(reports, 'w1.txt')?.id, vienna?.id);
  assert.equal(eventIn(reports, 'w3.txt')?.id, vienna?.id);
  // The week before 30 April is 20–26 April: the meeting of the 14th is another week's.
  assert.equal(eventIn(reports, 'w2.txt'), undefined);
  assert.equal(reports.articles.find((a) => a.file === 'w2.txt')?.event, null);
  // "will host leaders": a meeting, not a statement.
  assert.deepEqual([eventIn(reports, 'w4.txt')?.kind, eventIn(reports, 'w4.txt')?.date], ['meeting', '2026-04-24']);
});

test('a weekend ("в минувшие выходные в Женеве", "over the weekend") dates a lead’s happening to that Saturday and Sunday', () => {
  // 24 May 2026 was a Sunday; 25 May a Monday, 26 May a Tuesday, 1 June a Monday.
  const reports = runPipeline(
    [
      file('k0.txt', ' date 2026-05-24 Переговоры в Женеве\n\nВ воскресенье в Женеве прошли переговоры делегаций США и Украины.'),
      file('k1.txt', ' date 2026-05-26 Зеленский о переговорах\n\nЗеленский заявил во вторник, что на переговорах в минувшие выходные в Женеве удалось достичь прогресса.\n\n«Это были непростые переговоры», — сказал он журналистам.'),
      file('k2.txt', ' date 2026-05-25 Negotiators report progress\n\nNegotiators met in Geneva over the weekend, officials said on Monday.'),
      file('k3.txt', ' date 2026-06-01 Нова зустріч делегацій\n\nМинулих вихідних у Женеві делегації провели нову зустріч.'),
    ],
    [],
    '2026-07-01',
  );
  const geneva = eventIn(reports, 'k0.txt');
  assert.deepEqual([geneva?.kind, geneva?.date, geneva?.place?.name], ['talks', '2026-05-24', 'Geneva']);
  // Tuesday is the statement's day, not the talks'.
  assert.equal(eventIn(reports, 'k1.txt')?.id, geneva?.id);
  assert.equal(eventIn(reports, 'k2.txt')?.id, geneva?.id);
  // The weekend before 1 June is 30–31 May: another weekend's meeting, which no report dates to its day.
  assert.deepEqual([eventIn(reports, 'k3.txt')?.date, eventIn(reports, 'k3.txt')?.endDate, eventIn(reports, 'k3.txt')?.place?.name], ['2026-05-30', '2026-05-31', 'Geneva']);
  assert.equal(reports.events.length, 2);
});

test('an analysis or opinion piece whose headline and lead date nothing, or whose lead walks through days weeks apart, reports no happening; a dated one does', () => {
  const reports = runPipeline(
    [
      file('a1.txt', ' date 2026-05-04 Аналітика: чому союзники не поспішають із місією\n\nКоаліція охочих пів року обговорює місію в Україні, але рішення про розгортання досі немає.'),
      file('a2.txt', ' date 2026-05-05\nМнение\n\nПочему переговоры о мандате буксуют\n\nЕвропейские столицы ждут ответа Вашингтона, а коалиция желающих спорит о мандате.\n\nОт этого зависит, когда начнется миссия.'),
      file('a3.txt', ' date 2026-05-06 Analysis: what the leaders agreed in Rome on Tuesday\n\nThe coalition of the willing agreed on a mandate for the mission in Rome.'),
      file('a4.txt', ' date 2026-05-07 Аналитики: миссии нужен мандат\n\nАналитики считают, что коалиции желающих нужен мандат ООН.'),
      file('a5.txt', ' date 2026-05-08 Коаліція охочих: пів року обіцянок\n\nАналітика\n\n12 листопада в Римі коаліція вперше зібралася на саміт, 3 лютого в Лісабоні міністри погодили мандат, а 5 травня в Празі лідери підписали декларацію.\n\nРозгортання досі не почалося.'),
    ],
    [],
    '2026-06-01',
  );
  const article = (name: string) => reports.articles.find((a) => a.file === name);
  assert.equal(article('a1.txt')?.event, null);
  assert.equal(article('a2.txt')?.title, 'Почему переговоры о мандате буксуют');
  assert.equal(article('a2.txt')?.event, null);
  assert.deepEqual([eventIn(reports, 'a3.txt')?.date, eventIn(reports, 'a3.txt')?.place?.name], ['2026-05-05', 'Rome']);
  // A lead that walks through days weeks apart looks back; it dates no happening of its own.
  assert.equal(article('a5.txt')?.event, null);
  // "Аналитики считают" is no rubric: the experts' statements of the day.
  assert.deepEqual([eventIn(reports, 'a4.txt')?.kind, eventIn(reports, 'a4.txt')?.date], ['statement', '2026-05-07']);
});

test('gathering and hosting verbs name a meeting; "з Відня, де" is a venue; a dateline is no mentioned happening', () => {
  const reports = runPipeline(
    [
      // The preview's lead against an aside on the publication day: the headline's "приймає міністрів" is the lead's kind.
      file('g1.txt', ' date 2026-06-09 Рим приймає міністрів коаліції\n\nМіністри оборони зберуться в Римі в середу, 10 червня.\n\nНапередодні, у вівторок, міністр провів телефонну розмову з колегою.'),
      file('g2.txt', ' date 2026-06-16 Послы собрались в Праге\n\nВо вторник в Праге собрались послы стран коалиции.'),
      file('g3.txt', ' date 2026-06-20\nВаршава, 20 червня (Укрінформ) – Прем’єр повернувся з Відня, де напередодні взяв участь у засіданні коаліції.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'g1.txt'), ['meeting', '2026-06-10', 'Rome']);
  assert.deepEqual(kindDayPlace(reports, 'g2.txt'), ['meeting', '2026-06-16', 'Prague']);
  assert.deepEqual(kindDayPlace(reports, 'g3.txt'), ['meeting', '2026-06-19', 'Vienna']);
  // "Варшава, 20 червня" files the report; no meeting in Warsaw that day.
  assert.equal(reports.events.some((event) => event.place?.name === 'Warsaw'), false);
});

test('a city adjective before a happening names its venue, and a stated span names each of its days', () => {
  const reports = runPipeline(
    [
      // 3 June 2026 is a Wednesday, inside the span the lead states.
      file('v1.txt', ' date 2026-06-03 Женевські консультації: день другий\n\nУчасники Женевських консультацій, що тривають 2–4 червня, у середу обговорили мандат місії коаліції.'),
      file('v2.txt', ' date 2026-06-12 What the London talks agreed\n\nThe London talks of coalition defence ministers ended on Thursday with a plan for air policing.'),
      // A conjunction between the city and the noun: Berlin stands for a government here.
      file('v3.txt', ' date 2026-06-20 Берлін і консультації\n\nБерлін і консультації щодо місії: уряд у суботу заявив, що чекає рішення союзників.'),
    ],
    [],
    '2026-07-01',
  );
  const summary = (name: string) => {
    const event = eventIn(reports, name);
    return [event?.date, event?.endDate ?? null, event?.place?.name ?? null];
  };
  assert.deepEqual(summary('v1.txt'), ['2026-06-02', '2026-06-04', 'Geneva']);
  assert.deepEqual(summary('v2.txt'), ['2026-06-11', null, 'London']);
  assert.equal(eventIn(reports, 'v3.txt')?.place, null);
});

test('a clause counted back from the story ("тижнем раніше", "a week earlier", "раніше цього тижня") is background for a recent happening', () => {
  const reports = runPipeline(
    [
      file('w1.txt', ' date 2026-06-22 Президент Фінляндії про місію\n\nПрезидент Фінляндії в неділю в інтерв’ю заявив, що місія коаліції потрібна.\n\nТижнем раніше він разом з іншими лідерами був у Лондоні.'),
      file('w2.txt', ' date 2026-06-22 Finnish president on the mission\n\nThe Finnish president said in an interview on Sunday that the mission was needed.\n\nA week earlier he was in London with other leaders.'),
      // The week's earlier days: "раніше цього тижня" is no day of the Sunday's interview.
      file('w3.txt', ' date 2026-06-22 Прем’єр про місію\n\nПрем’єр у неділю в інтерв’ю заявив, що місія потрібна. Раніше цього тижня він брав участь у саміті в Лондоні.'),
    ],
    [],
    '2026-07-01',
  );
  for (const name of ['w1.txt', 'w2.txt', 'w3.txt']) {
    const event = eventIn(reports, name);
    assert.deepEqual([event?.kind, event?.date, event?.place?.name ?? null], ['statement', '2026-06-21', null], name);
  }
});

test('a chronicle whose headline dates nothing reports no happening; its days are mentioned', () => {
  const reports = runPipeline(
    [
      file('h1.md', '---\ntitle: Хронологія переговорів про місію\ndate: 2026-05-20\n---\n- **12 травня** — зустріч міністрів оборони в Римі.\n- **14 травня** — прем’єр виступив у парламенті.\n'),
      file('h2.txt', ' date 2026-05-14 Хроника дня: министры обороны собрались в Риме\n\nВ четверг министры обороны стран коалиции собрались в Риме.'),
    ],
    [],
    '2026-06-01',
  );
  assert.equal(reports.articles.find((a) => a.file === 'h1.md')?.event, null);
  const rome = reports.events.find((event) => event.date === '2026-05-12');
  assert.equal(rome?.place?.name, 'Rome');
  assert.deepEqual([rome?.articles.length, rome?.mentions.length], [0, 1]);
  // "Хроника дня" is the day's news.
  assert.deepEqual([eventIn(reports, 'h2.txt')?.date, eventIn(reports, 'h2.txt')?.place?.name], ['2026-05-14', 'Rome']);
});

test('a statement on the outcome of a happening its lead places but does not date joins that week’s happening there', () => {
  const reports = runPipeline(
    [
      file('o1.txt', ' date 2026-03-10 Міністри коаліції зібралися у Варшаві\n\nУ вівторок у Варшаві зібралися міністри оборони країн коаліції.'),
      file('o2.txt', ' date 2026-03-12 Премьер оценил итоги встречи в Варшаве\n\nПремьер-министр в четверг положительно оценил итоги встречи в Варшаве и пообещал выделить инженеров.'),
      file('o3.txt', ' date 2026-03-13 Minister on the results of the Oslo talks\n\nThe minister on Friday criticised the results of the talks in Oslo.'),
      // Its own meeting beside the outcome: the day's meeting, as before.
      file('o4.txt', ' date 2026-03-17 Підсумки зустрічі в Празі\n\nУ вівторок у Празі завершилася зустріч радників. Підсумки зустрічі підбив прем’єр.'),
      // The lead does not date the talks, but the body does: that day's talks, though no other report has them.
      file('o5.txt', ' date 2026-03-27 Делегації домовилися про обмін\n\nСтамбул, 27 березня (Укрінформ) – Глава делегації повідомив, що за підсумками переговорів у Стамбулі сторони домовилися про обмін полоненими.\n\nЯк повідомлялося, переговори розпочалися 25 березня.'),
    ],
    [],
    '2026-04-01',
  );
  assert.equal(reports.articles.find((a) => a.file === 'o2.txt')?.event, reports.articles.find((a) => a.file === 'o1.txt')?.event);
  assert.deepEqual([eventIn(reports, 'o2.txt')?.date, eventIn(reports, 'o2.txt')?.place?.name], ['2026-03-10', 'Warsaw']);
  // No happening in Oslo that week: no event, rather than a summit of the statement's day.
  assert.equal(reports.articles.find((a) => a.file === 'o3.txt')?.event, null);
  assert.deepEqual([eventIn(reports, 'o4.txt')?.kind, eventIn(reports, 'o4.txt')?.date, eventIn(reports, 'o4.txt')?.place?.name], ['meeting', '2026-03-17', 'Prague']);
  assert.deepEqual([eventIn(reports, 'o5.txt')?.date, eventIn(reports, 'o5.txt')?.place?.name], ['2026-03-25', 'Istanbul']);
});

test('an outcome statement of the happening’s own day joins it', () => {
  const reports = runPipeline(
    [
      file('s1.txt', ' date 2026-03-19 Міністри зустрілися у Вільнюсі\n\nУ четвер у Вільнюсі відбулася зустріч міністрів оборони.'),
      file('s2.txt', ' date 2026-03-19 Министр: шесть стран готовы помочь\n\nШесть стран готовы выделить инструкторов, заявил в четверг министр по итогам встречи в Вильнюсе.'),
    ],
    [],
    '2026-04-01',
  );
  assert.equal(reports.articles.find((a) => a.file === 's2.txt')?.event, reports.articles.find((a) => a.file === 's1.txt')?.event);
});

test('an outcome told in an aside dates the aside’s statement, not a happening, and names no venue of its own', () => {
  const reports = runPipeline(
    [
      file('r1.txt', ' date 2026-04-14 Міністри оборони зустрілися в Гельсінкі\n\nУ вівторок у Гельсінкі відбулася зустріч міністрів оборони країн коаліції.'),
      file(
        'r2.txt',
        ' date 2026-04-16 Посол про гельсінські домовленості\n\nПосол у четвер назвав домовленості, досягнуті в Гельсінкі у вівторок, передчасними.\n\nРаніше, 15 квітня, речник відомства сказав, що Варшава не отримувала пропозицій за підсумками гельсінської зустрічі.',
      ),
    ],
    [],
    '2026-05-01',
  );
  // The reaction joins Tuesday's meeting, not a statement of 15 April.
  assert.equal(reports.articles.find((a) => a.file === 'r2.txt')?.event, reports.articles.find((a) => a.file === 'r1.txt')?.event);
  // Nor does the aside make a meeting in Warsaw on 15 April.
  assert.deepEqual(reports.events.map((event) => `${event.date} ${event.place?.name ?? '-'}`), ['2026-04-14 Helsinki']);
});

test('an arrival that tells a coming happening’s day in another sentence joins that happening; one elsewhere does not', () => {
  const reports = runPipeline(
    [
      file('v1.txt', ' date 2026-05-07 Лідери зустрілися в Римі\n\nУ четвер у Римі відбулася зустріч лідерів країн коаліції.'),
      file('v2.txt', ' date 2026-05-06 Премʼєр прибув до Рима\n\nПремʼєр-міністр у середу ввечері прибув до Рима. У четвер, 7 травня, він візьме участь у зустрічі лідерів.'),
      // The coming meeting is in another city: the arrival is its own happening.
      file('v3.txt', ' date 2026-05-06 Канцлер прибыл в Вену\n\nКанцлер в среду прибыл в Вену. В пятницу, 8 мая, он проведет переговоры в Праге.'),
    ],
    [],
    '2026-06-01',
  );
  const eventOf = (name: string) => eventIn(reports, name);
  assert.equal(eventOf('v2.txt')?.id, eventOf('v1.txt')?.id);
  assert.deepEqual([eventOf('v3.txt')?.kind, eventOf('v3.txt')?.date, eventOf('v3.txt')?.place?.name], ['visit', '2026-05-06', 'Vienna']);
});

test('a length told with its happening as subject ("консультації триватимуть три дні") and a later day with adjectives make one span', () => {
  const reports = runPipeline(
    [
      file('l1.txt', ' date 2026-06-08 У Римі почалися консультації\n\nУ понеділок у Римі почалися консультації делегацій.\n\nКонсультації триватимуть три дні, повідомило джерело.'),
      file('l2.txt', ' date 2026-06-10 Третий день закрытых консультаций в Риме\n\nВ среду в Риме завершился третий день закрытых консультаций делегаций.'),
      file('l3.txt', ' date 2026-06-13 Talks in Oslo ended\n\nThe talks in Oslo ended on Saturday. The talks lasted two days.'),
      // The length of something else: one day.
      file('l4.txt', ' date 2026-06-15 Переговоры в Праге\n\nВ понедельник в Праге прошли переговоры министров. Пауза продлится три дня.'),
    ],
    [],
    '2026-07-01',
  );
  const span = (name: string) => {
    const event = eventIn(reports, name);
    return [event?.date, event?.endDate];
  };
  assert.deepEqual(span('l1.txt'), ['2026-06-08', '2026-06-10']);
  assert.equal(eventIn(reports, 'l2.txt')?.id, eventIn(reports, 'l1.txt')?.id);
  assert.deepEqual(span('l3.txt'), ['2026-06-12', '2026-06-13']);
  assert.deepEqual(span('l4.txt'), ['2026-06-15', null]);
});

test('an online meeting ("онлайн-засідання", "онлайн-саммит") is a call, with no place', () => {
  const reports = runPipeline(
    [file('c1.txt', ' date 2026-06-16 Лідери провели онлайн-засідання\n\nУ вівторок лідери коаліції провели онлайн-засідання, на якому обговорили підсумки вчорашньої зустрічі в Римі.')],
    [],
    '2026-07-01',
  );
  const event = eventIn(reports, 'c1.txt');
  assert.deepEqual([event?.kind, event?.date, event?.place ?? null], ['call', '2026-06-16', null]);
});

test('what a happening produced ("домовленості, досягнуті на гельсінському саміті") and when it was held ("итоги встречи, прошедшей в пятницу") date a reaction to it', () => {
  const reports = runPipeline(
    [
      file('h1.txt', ' date 2026-09-08 Лідери зібралися в Гельсінкі\n\nУ вівторок у Гельсінкі відбувся саміт лідерів коаліції.'),
      // Told two days later in another city, at a press conference of its own.
      file('h2.txt', ' date 2026-09-10 Міністр про гарантії\n\nМіністр заявив, що гарантії, погоджені на гельсінському саміті, мають ратифікувати парламенти.\n\nПро це він сказав у четвер під час пресконференції у Варшаві.'),
      file('o1.txt', ' date 2026-09-11 В Осло прошла встреча\n\nВ пятницу в Осло прошла встреча министров обороны.'),
      // A Sunday interview is an aside: the reaction is to Friday's meeting.
      file('o2.txt', ' date 2026-09-14 Реакция Москвы\n\nРечник прокомментировал итоги встречи министров, прошедшей в пятницу в Осло.\n\nВ воскресенье премьер в интервью телеканалу сказал, что работа продолжится.'),
    ],
    [],
    '2026-10-01',
  );
  assert.equal(eventIn(reports, 'h2.txt')?.id, eventIn(reports, 'h1.txt')?.id);
  assert.equal(eventIn(reports, 'o2.txt')?.id, eventIn(reports, 'o1.txt')?.id);
  assert.deepEqual(reports.events.map((event) => `${event.date} ${event.place?.name ?? '-'}`), ['2026-09-11 Oslo', '2026-09-08 Helsinki']);
});

test('a lead that puts its city’s happening days before ("days after the summit in Oslo") reports a day and place of its own; "agreed in Oslo a day earlier" reacts to that day’s happening', () => {
  const reports = runPipeline(
    [
      file('d1.txt', ' date 2026-09-18 Minister rules out troops\n\nThe minister said on Friday that her country would send no troops, days after she attended the summit in Oslo.\n\n"We will help in other ways," she told reporters in Vienna.\n\nLeaders meeting in Oslo on Tuesday endorsed a declaration.'),
      file('d2.txt', ' date 2026-09-16 Commissioner backs guarantees\n\nThe commissioner said on Wednesday that the union would back the guarantees agreed in Oslo a day earlier.'),
      file('d3.txt', ' date 2026-09-15 Leaders meet in Oslo\n\nLeaders of the coalition met in Oslo on Tuesday and endorsed a declaration on guarantees.'),
    ],
    [],
    '2026-10-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'd1.txt'), ['statement', '2026-09-18', 'Vienna']);
  assert.deepEqual(kindDayPlace(reports, 'd3.txt'), ['meeting', '2026-09-15', 'Oslo']);
  assert.equal(eventIn(reports, 'd2.txt')?.id, eventIn(reports, 'd3.txt')?.id);
});

test('hosting verbs in the past with the venue between ("принял в своей резиденции на Даунинг-стрит лидеров", "прийняла президента") name a meeting that dates its lead', () => {
  const reports = runPipeline(
    [
      file('m1.txt', ' date 2026-10-02 Премьер собрал в Лондоне лидеров\n\nПремьер в пятницу принял в своей резиденции на Даунинг-стрит лидеров стран коалиции.\n\nПрезидент прибыл в Лондон после саммита в Брюсселе, где накануне обсуждались активы.'),
      file('m2.txt', ' date 2026-10-06 Прем’єрка прийняла гостя в Римі\n\nПрем’єрка у вівторок прийняла в палаці Кіджі президента сусідньої країни.'),
    ],
    [],
    '2026-11-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'm1.txt'), ['meeting', '2026-10-02', 'London']);
  assert.deepEqual(kindDayPlace(reports, 'm2.txt'), ['meeting', '2026-10-06', 'Rome']);
});

test('an arrival on the day of the happening it comes for joins it; a later day’s happening comes first', () => {
  const envoy = file('s2.txt', ' date 2026-10-13 Посланник прибыл в Прагу\n\nПосланник во вторник утром прибыл в Прагу, где примет участие в саммите коалиции.');
  const president = file('s3.txt', ' date 2026-10-13 Президент прибув до Праги\n\nПрезидент прибув до Праги, де сьогодні відбудеться саміт.');
  const reports = runPipeline(
    [
      file('s1.txt', ' date 2026-10-13 У Празі відбувся саміт\n\nУ вівторок у Празі відбувся саміт лідерів коаліції.'),
      envoy,
      president,
      // Talks the same evening, the coalition's meeting the next day: the trip is for the meeting.
      file('s4.txt', ' date 2026-10-19 Президент прибыл в Вильнюс\n\nПрезидент в понедельник вечером прибыл в Вильнюс, где проведет переговоры с премьером. Во вторник, 20 октября, он примет участие во встрече коалиции.'),
      file('s5.txt', ' date 2026-10-20 В Вильнюсе прошла встреча\n\nВо вторник в Вильнюсе прошла встреча лидеров коалиции.'),
    ],
    [],
    '2026-11-01',
  );
  assert.equal(eventIn(reports, 's2.txt')?.id, eventIn(reports, 's1.txt')?.id);
  assert.equal(eventIn(reports, 's3.txt')?.id, eventIn(reports, 's1.txt')?.id);
  assert.equal(eventIn(reports, 's4.txt')?.id, eventIn(reports, 's5.txt')?.id);
  // Alone, each arrival is the summit it comes for, not a visit.
  for (const arrival of [envoy, president]) {
    const alone = runPipeline([arrival], [], '2026-11-01');
    assert.deepEqual(alone.events.map((event) => `${event.kind} ${event.date} ${event.place?.name ?? '-'}`), ['summit 2026-10-13 Prague'], arrival.file);
  }
});

test('a conference is a meeting; a press conference or a video conference is not one', () => {
  const reports = runPipeline(
    [
      file('k1.txt', ' date 2026-02-13 В Мюнхене открылась конференция\n\nВ пятницу в Мюнхене открылась ежегодная конференция по безопасности.'),
      file('k2.txt', ' date 2026-02-16 Міністр виступив у Варшаві\n\nМіністр у понеділок у Варшаві заявив на пресконференції, що допомога триватиме.'),
      file('k3.txt', ' date 2026-02-18 Лидеры провели видеоконференцию\n\nВ среду лидеры коалиции провели видеоконференцию.'),
    ],
    [],
    '2026-03-01',
  );
  assert.deepEqual(
    ['k1.txt', 'k2.txt', 'k3.txt'].map((name) => eventIn(reports, name)?.kind),
    ['meeting', 'statement', 'call'],
  );
});

test('a call mentioned with its day has no venue; a happening summed up after a statement’s lead lends it no city', () => {
  const reports = runPipeline(
    [
      file('t1.txt', ' date 2026-03-02 Помощник: звонка о встрече не было\n\nПомощник президента заявил в понедельник, что лидеры не обсуждали лиссабонскую встречу во время телефонного разговора 27 февраля.'),
      file('t2.txt', ' date 2026-03-04 Прем’єр: участі не буде\n\nПрем’єр-міністр заявив у середу, що його країна не направить військових.\n\nВін також розкритикував підсумки зустрічі в Лісабоні.'),
    ],
    [],
    '2026-04-01',
  );
  const call = reports.events.find((event) => event.date === '2026-02-27');
  assert.deepEqual([call?.kind, call?.place ?? null, call?.mentions.map((mention) => mention.text)], ['call', null, ['27 февраля']]);
  const statement = eventIn(reports, 't2.txt');
  assert.deepEqual([statement?.kind, statement?.date, statement?.place ?? null], ['statement', '2026-03-04', null]);
});

test('a lead that goes back to last week ("Минулого четверга", "в прошлую пятницу") dates its happening that day', () => {
  const reports = runPipeline(
    [
      file('v1.txt', ' date 2026-05-14 У Женеві зібралися лідери\n\nУ четвер у Женеві лідери коаліції зустрілися в палаці Націй.'),
      file('v2.txt', ' date 2026-05-18 Тиждень після Женеви\n\nМинулого четверга у Женеві лідери коаліції домовилися про спільний план. Відтоді уряди уточнили свої внески.'),
      file('v3.txt', ' date 2026-05-18 Министр рассказал о разговоре\n\nМинистр иностранных дел в прошлую пятницу обсудил по телефону с коллегой из Норвегии поставки техники.'),
    ],
    [],
    '2026-06-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'v1.txt'), ['meeting', '2026-05-14', 'Geneva']);
  assert.equal(eventIn(reports, 'v2.txt')?.id, eventIn(reports, 'v1.txt')?.id);
  assert.deepEqual(kindDayPlace(reports, 'v3.txt'), ['call', '2026-05-15', null]);
});

test('an article naming no city joins the day’s happening, but a call or meeting of others does not join a statement made elsewhere', () => {
  const reports = runPipeline(
    [
      // A statement in Helsinki and a phone call between others, the same Thursday.
      file('s1.txt', ' date 2026-05-21 Президент Финляндии выступил в Хельсинки\n\nПрезидент Финляндии в четверг заявил в Хельсинки, что страна готова участвовать в миссии.'),
      file('s2.txt', ' date 2026-05-21 Міністри провели телефонну розмову\n\nМіністр оборони Естонії у четвер провів телефонну розмову з колегою з Канади.'),
      // A meeting in Berlin and a report of it by video, naming no city: one happening.
      file('m1.txt', ' date 2026-05-28 В Берлине прошла встреча коалиции\n\nВ четверг в Берлине прошла встреча лидеров коалиции.'),
      file('m2.txt', ' date 2026-05-28 Лідери провели відеоконференцію\n\nУ четвер лідери коаліції провели відеоконференцію, до якої долучилися прем’єри Канади та Японії.'),
      // No city that day: military consultations and a commissioner's statement are two things.
      file('n1.txt', ' date 2026-06-03 Консультації військових\n\nУ середу військові коаліції провели консультації щодо планування місії.'),
      file('n2.txt', ' date 2026-06-03 Комментарий Еврокомиссии\n\nПредседатель Еврокомиссии в среду заявила, что союз поддержит миссию финансово.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 's1.txt'), ['statement', '2026-05-21', 'Helsinki']);
  assert.deepEqual(kindDayPlace(reports, 's2.txt'), ['call', '2026-05-21', null]);
  assert.equal(eventIn(reports, 'm2.txt')?.id, eventIn(reports, 'm1.txt')?.id);
  assert.deepEqual(kindDayPlace(reports, 'm1.txt'), ['meeting', '2026-05-28', 'Berlin']);
  assert.deepEqual(kindDayPlace(reports, 'n1.txt'), ['talks', '2026-06-03', null]);
  assert.deepEqual(kindDayPlace(reports, 'n2.txt'), ['statement', '2026-06-03', null]);
});

test('the decisions of a happening ("решения берлинской встречи") are its outcome: a statement on them joins it', () => {
  const reports = runPipeline(
    [
      file('r1.txt', ' date 2026-06-09 В Берлине подписали декларацию\n\nВо вторник в Берлине лидеры коалиции подписали декларацию о гарантиях.'),
      file('r2.txt', ' date 2026-06-10 Министр раскритиковал коалицию\n\nМинистр иностранных дел в среду заявил, что решения берлинской встречи коалиции не имеют отношения к реальности.\n\nВо вторник в Берлине лидеры подписали декларацию.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'r2.txt'), kindDayPlace(reports, 'r1.txt'));
  assert.equal(eventIn(reports, 'r2.txt')?.id, eventIn(reports, 'r1.txt')?.id);
  assert.equal(eventIn(reports, 'r1.txt')?.date, '2026-06-09');
});

test('the city of an agency dateline counts as one venue mention: alone it places the event, a venue the lead names wins', () => {
  const reports = runPipeline(
    [
      file('w1.txt', ' date 2026-05-07 Leaders discuss guarantees\n\nVILNIUS, May 7 (Baltic Wire) - Leaders of the coalition met on Thursday to discuss security guarantees.'),
      file('w2.txt', ' date 2026-05-08 Министры встретились в Берлине\n\nКИЕВ, 8 мая. /Укринформ/. В пятницу в Берлине прошла встреча министров обороны стран коалиции.'),
    ],
    [],
    '2026-06-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'w1.txt'), ['meeting', '2026-05-07', 'Vilnius']);
  assert.deepEqual(kindDayPlace(reports, 'w2.txt'), ['meeting', '2026-05-08', 'Berlin']);
});

test('after a lead that dates a statement of its own, "yesterday’s meeting" is background, not the day reported', () => {
  const reports = runPipeline(
    [
      file('o1.txt', ' date 2026-05-12 У Відні відбулося засідання коаліції\n\nУ вівторок у Відні відбулося засідання лідерів коаліції.'),
      file('o2.txt', ' date 2026-05-13 Премьер отказался подписывать декларацию\n\nПремьер Венгрии в среду заявил в Будапеште, что страна не подпишет документ о гарантиях.\n\n«Это не наша война», — сказал он. Венгрия не участвовала во вчерашнем заседании в Вене.'),
    ],
    [],
    '2026-06-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'o2.txt'), ['statement', '2026-05-13', 'Budapest']);
  assert.deepEqual(kindDayPlace(reports, 'o1.txt'), ['meeting', '2026-05-12', 'Vienna']);
});

test('a two-day happening told as over («двухдневные переговоры … прошли») ends on its day; one told as starting begins on it', () => {
  const reports = runPipeline(
    [
      file('t1.txt', ' date 2026-05-17 У Женеві розпочалися переговори\n\nУ неділю в Женеві розпочалися переговори делегацій щодо мирного плану.'),
      file('t2.txt', ' date 2026-05-18 Переговоры в Женеве завершились\n\nГлава делегации в понедельник заявил, что двухдневные переговоры в Женеве прошли конструктивно.'),
      // The same evening, leaders meet in the same city: another happening.
      file('t3.txt', ' date 2026-05-18 Лидеры встретились в Женеве\n\nВечером в понедельник в Женеве прошла встреча лидеров.'),
      file('t4.txt', ' date 2026-05-26 В Вене открылся двухдневный саммит\n\nВо вторник в Вене открылся двухдневный саммит коалиции.'),
    ],
    [],
    '2026-06-01',
  );
  const talks = eventIn(reports, 't2.txt');
  assert.deepEqual([talks?.kind, talks?.date, talks?.endDate, talks?.place?.name], ['talks', '2026-05-17', '2026-05-18', 'Geneva']);
  assert.equal(eventIn(reports, 't1.txt')?.id, talks?.id);
  assert.notEqual(eventIn(reports, 't3.txt')?.id, talks?.id);
  const summit = eventIn(reports, 't4.txt');
  assert.deepEqual([summit?.date, summit?.endDate], ['2026-05-26', '2026-05-27']);
});

test('a country that says it is not in the coalition («не входить до коаліції») makes no coalition event; "не менее 30 стран коалиции" does', () => {
  const reports = runPipeline(
    [
      file('n1.txt', ' date 2026-06-03 Японія не входить до коаліції охочих\n\nМіністр закордонних справ у середу заявив у Токіо, що країна не направлятиме військових.\n\nЯпонія не є членом коаліції охочих, але підтримає Україну фінансово.'),
      file('n2.txt', ' date 2026-06-03 Canada will not join the coalition of the willing\n\nThe foreign minister said in Ottawa on Wednesday that Canada would send equipment instead.'),
      file('n3.txt', ' date 2026-06-02 Не менее 30 стран коалиции желающих собрались в Вене\n\nВо вторник в Вене прошла встреча лидеров.'),
    ],
    [],
    '2026-07-01',
  );
  assert.equal(eventIn(reports, 'n1.txt')?.title, 'Statements in Tokyo, 3 June 2026');
  assert.equal(eventIn(reports, 'n2.txt')?.title, 'Statements in Ottawa, 3 June 2026');
  assert.equal(eventIn(reports, 'n3.txt')?.title, 'Coalition of the Willing meeting in Vienna, 2 June 2026');
});

test('an undated wire report does not join the same month and day’s happening in another city by its dateline', () => {
  const reports = runPipeline(
    [
      file('d1.txt', ' date 2026-06-11 У Києві відбулися консультації\n\nУ четвер у Києві радники провели консультації з військовими планувальниками.'),
      file('d2.txt', 'МОСКВА, 11 июня. /ТАСС/. Официальный представитель МИД Мария Захарова заявила на брифинге, что Москва не примет иностранных военных.'),
      // Filed from the city of the day's happening: it reports it.
      file('d3.txt', 'КИЕВ, 11 июня. /ТАСС/. Консультации военных планировщиков прошли без участия американской стороны.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'd2.txt'), ['statement', '2026-06-11', 'Moscow']);
  assert.notEqual(eventIn(reports, 'd2.txt')?.id, eventIn(reports, 'd1.txt')?.id);
  assert.equal(eventIn(reports, 'd3.txt')?.id, eventIn(reports, 'd1.txt')?.id);
});

test('speaking in a parliament («Выступая в Бундестаге», «у Верховній Раді») happens in its city; a parliament that acts places nothing', () => {
  const reports = runPipeline(
    [
      file('s1.txt', ' date 2026-06-18 Канцлер пообещал помощь\n\nВыступая в четверг в Бундестаге, канцлер заявил, что страна готова к участию в миссии.'),
      file('s2.txt', ' date 2026-06-16 Міністр звітував у Верховній Раді\n\nМіністр оборони у вівторок відповів на запитання депутатів щодо гарантій безпеки.'),
      file('s3.txt', ' date 2026-06-17 Палата общин одобрила бюджет\n\nВ среду Палата общин одобрила расходы на миссию.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 's1.txt'), ['statement', '2026-06-18', 'Berlin']);
  assert.deepEqual(kindDayPlace(reports, 's2.txt'), ['statement', '2026-06-16', 'Kyiv']);
  assert.deepEqual(kindDayPlace(reports, 's3.txt'), ['statement', '2026-06-17', null]);
  assert.ok(reports.articles.find((a) => a.file === 's1.txt')?.places.some((place) => place.id === 'berlin'));
});

test('a lead that tells an arrival on its day («во вторник прилетели в Москву») is not dated by a background «Накануне … переговоры»', () => {
  const reports = runPipeline(
    [
      file('v1.txt', ' date 2026-06-23 Посланники прибыли в Москву\n\nСпецпосланник и его советник во вторник прилетели в Москву.\n\nНакануне посланник провел переговоры с украинской делегацией в Майами.'),
      file('v2.txt', ' date 2026-06-24 Делегація прилетіла до Сеула\n\nУкраїнська делегація в середу прилетіла до Сеула. Напередодні вона провела консультації в Токіо.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'v1.txt'), ['visit', '2026-06-23', 'Moscow']);
  assert.deepEqual(kindDayPlace(reports, 'v2.txt'), ['visit', '2026-06-24', 'Seoul']);
});

test('a meeting held by video («провели встречу по видеосвязи», «онлайн-встреча») is a call; a city denied («не в Москве») is no venue', () => {
  const reports = runPipeline(
    [
      file('o1.txt', ' date 2026-06-25 Лидеры провели онлайн-встречу\n\nСегодня лидеры коалиции провели встречу по видеосвязи. Ее открыли премьер и президент, которые находились в Лондоне.'),
      // Joining by video still leaves a meeting held in a city.
      file('o2.txt', ' date 2026-06-26 У Римі відбулася зустріч лідерів\n\nСьогодні у Римі відбулася зустріч лідерів. Прем’єр Канади приєднався по відеозв’язку.'),
      file('o3.txt', ' date 2026-06-29 Генсек: решения принимают союзники\n\nГенсек в интервью, опубликованном в воскресенье, заявил: «Решения о войсках принимаются не в Москве».'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'o1.txt'), ['call', '2026-06-25', null]);
  assert.deepEqual(kindDayPlace(reports, 'o2.txt'), ['meeting', '2026-06-26', 'Rome']);
  assert.deepEqual(kindDayPlace(reports, 'o3.txt'), ['statement', '2026-06-28', null]);
});

test('«итоги четверговой встречи» is last Thursday’s meeting whatever the tense; «в Кремле внимательно изучают» is the government speaking', () => {
  const reports = runPipeline(
    [
      file('k1.txt', ' date 2026-07-02 Лидеры встретились в Вене\n\nВ четверг в Вене прошла встреча лидеров коалиции.'),
      file('k2.txt', ' date 2026-07-04 Кремль изучает итоги встречи\n\nПресс-секретарь в субботу заявил, что итоги четверговой встречи в Вене в Кремле внимательно изучают.'),
    ],
    [],
    '2026-08-01',
  );
  assert.equal(eventIn(reports, 'k2.txt')?.id, eventIn(reports, 'k1.txt')?.id);
  assert.deepEqual(kindDayPlace(reports, 'k2.txt'), ['meeting', '2026-07-02', 'Vienna']);
});

test('"the talks will continue on Saturday" makes a span from the lead’s day, not the happening’s first day', () => {
  const reports = runPipeline(
    [
      file('c1.txt', ' date 2026-07-11 Talks in Vienna end first day\n\nDelegations ended a first day of talks in Vienna on Friday without an agreement.\n\nThe talks will continue on Saturday, an official said.'),
      file('c2.txt', ' date 2026-07-10 У Відні почалися переговори\n\nУ п’ятницю у Відні почалися переговори делегацій. Переговори продовжаться в суботу.'),
    ],
    [],
    '2026-08-01',
  );
  const talks = eventIn(reports, 'c1.txt');
  assert.deepEqual([talks?.kind, talks?.date, talks?.endDate, talks?.place?.name], ['talks', '2026-07-10', '2026-07-11', 'Vienna']);
  assert.equal(eventIn(reports, 'c2.txt')?.id, talks?.id);
});

test('a statement in a city of its own joins the happening it reacts to when its lead dates it or its headline names it', () => {
  const reports = runPipeline(
    [
      file('r1.txt', ' date 2026-09-15 Leaders meet in Oslo\n\nLeaders of the coalition met in Oslo on Tuesday and endorsed a declaration on guarantees.'),
      file('r2.txt', ' date 2026-09-16 Premier will not send troops\n\nWARSAW — The premier said on Wednesday that her country would not deploy soldiers but would host the force agreed in Oslo a day earlier.\n\n"Our role is clear," she told reporters in Warsaw.'),
      file('r3.txt', ' date 2026-09-17 Министр раскритиковал решения саммита в Осло\n\nМинистр в четверг заявил журналистам в Будапеште, что его страна не будет участвовать в миссиях.\n\nРешения, принятые во вторник в Осло, по его словам, опасны.'),
      // The reaction stands only lower down, under a headline of the statement's own: its own news.
      file('r4.txt', ' date 2026-09-17 Міністр: країна не направлятиме військових\n\nМіністр у четвер заявив журналістам у Відні, що країна не направлятиме військових.\n\nВін також привітав декларацію, ухвалену у вівторок в Осло.'),
    ],
    [],
    '2026-10-01',
  );
  const oslo = eventIn(reports, 'r1.txt');
  assert.deepEqual(kindDayPlace(reports, 'r1.txt'), ['meeting', '2026-09-15', 'Oslo']);
  assert.equal(eventIn(reports, 'r2.txt')?.id, oslo?.id);
  assert.equal(eventIn(reports, 'r3.txt')?.id, oslo?.id);
  assert.deepEqual(kindDayPlace(reports, 'r4.txt'), ['statement', '2026-09-17', 'Vienna']);
});

test('a reporter credited under two reports neither joins them nor counts as a participant', () => {
  const reports = runPipeline(
    [
      file('j1.txt', ' date 2026-09-15 Leaders meet in Oslo\n\nLeaders met in Oslo on Tuesday and endorsed a declaration.\n\n(Reporting by Anna Lindqvist; Editing by Mark Hollis)'),
      file('j2.txt', ' date 2026-09-15 Minister speaks in Vienna\n\nThe minister said on Tuesday in Vienna that the country would send no troops.\n\n(Reporting by Anna Lindqvist; Editing by Mark Hollis)'),
    ],
    [],
    '2026-10-01',
  );
  assert.ok(reports.articles.every((article) => article.people.some((person) => person.name === 'Anna Lindqvist' && person.credit === true)));
  assert.notEqual(eventIn(reports, 'j1.txt')?.id, eventIn(reports, 'j2.txt')?.id);
  assert.deepEqual(eventIn(reports, 'j1.txt')?.participants, []);
});

test('«провів нараду», «провел совещание» is a meeting, and «вчорашньої наради» dates one', () => {
  const reports = runPipeline(
    [
      file('n1.txt', ' date 2026-09-14 Президент провів нараду з військовими\n\nПрезидент у понеділок провів у Києві нараду з командувачами.'),
      file('n2.txt', ' date 2026-09-14 Премьер провел совещание\n\nПремьер в понедельник провел в Варшаве совещание с министрами.'),
      file('n3.txt', ' date 2026-09-15 Підсумки вчорашньої наради\n\nУчасники вчорашньої наради в Києві погодили план, повідомив міністр.'),
    ],
    [],
    '2026-10-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'n1.txt'), ['meeting', '2026-09-14', 'Kyiv']);
  assert.deepEqual(kindDayPlace(reports, 'n2.txt'), ['meeting', '2026-09-14', 'Warsaw']);
  assert.equal(eventIn(reports, 'n3.txt')?.id, eventIn(reports, 'n1.txt')?.id);
});

test('a statement "the day after the meeting in Oslo" joins that meeting; "said on Thursday after a meeting" is no day offset', () => {
  const reports = runPipeline(
    [
      file('x1.txt', ' date 2026-09-17 Лидеры встретились в Осло\n\nВ четверг в Осло прошла встреча лидеров коалиции.'),
      file('x2.txt', ' date 2026-09-18 Премьер: войск не будет\n\nПремьер в пятницу заявил, что войска его страны не будут размещены за рубежом.\n\nЗаявление прозвучало на следующий день после встречи коалиции в Осло.'),
      file('x3.txt', ' date 2026-09-20 Прем’єр: військ не буде\n\nПрем’єр у неділю заявив, що війська країни не будуть розміщені за кордоном.\n\nЗаява пролунала через три доби після зустрічі в Осло.'),
      file('x4.txt', ' date 2026-09-17 Countries pledge troops\n\nTwenty countries pledged troops, the host said on Thursday after a meeting of the Coalition of the Willing in Oslo.'),
    ],
    [],
    '2026-10-01',
  );
  const oslo = eventIn(reports, 'x1.txt');
  assert.deepEqual(kindDayPlace(reports, 'x1.txt'), ['meeting', '2026-09-17', 'Oslo']);
  assert.equal(eventIn(reports, 'x2.txt')?.id, oslo?.id);
  assert.equal(eventIn(reports, 'x3.txt')?.id, oslo?.id);
  assert.equal(eventIn(reports, 'x4.txt')?.id, oslo?.id);
  assert.equal(oslo?.title, 'Coalition of the Willing meeting in Oslo, 17 September 2026');
});

test('a strike "через добу після саміту" is no reaction to the summit: only what is said counts back to it', () => {
  const reports = runPipeline(
    [
      file('y1.txt', ' date 2026-09-17 Лідери зустрілися в Осло\n\nУ четвер в Осло відбулася зустріч лідерів.'),
      file('y2.txt', ' date 2026-09-18 Атака на місто\n\nУ пʼятницю війська атакували місто. Удар стався через добу після зустрічі в Осло.'),
      file('y3.txt', ' date 2026-09-18 Міністр про удар\n\nМіністр у пʼятницю заявив, що удар стався через добу після зустрічі в Осло.'),
    ],
    [],
    '2026-10-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'y2.txt'), ['statement', '2026-09-18', null]);
  assert.equal(eventIn(reports, 'y3.txt')?.id, eventIn(reports, 'y1.txt')?.id);
});

test('"Перший день переговорів, 14 грудня" makes a span from that day to the article’s; a first day long past does not', () => {
  const reports = runPipeline(
    [
      file('f1.txt', ' date 2026-09-14 У Відні тривають переговори\n\nУ Відні в понеділок продовжилися переговори делегацій.\n\nПерший день переговорів, 13 вересня, тривав п’ять годин.'),
      file('f2.txt', ' date 2026-09-14 Talks go on in Rome\n\nTalks between the delegations went on in Rome on Monday. The first day of talks on Sept. 1 was short.'),
    ],
    [],
    '2026-10-01',
  );
  const vienna = eventIn(reports, 'f1.txt');
  assert.deepEqual([vienna?.date, vienna?.endDate], ['2026-09-13', '2026-09-14']);
  assert.deepEqual([eventIn(reports, 'f2.txt')?.date, eventIn(reports, 'f2.txt')?.endDate], ['2026-09-14', null]);
});

test('a digest of the week whose first paragraph dates nothing joins its first dated happening; its headline’s list names no kind', () => {
  const reports = runPipeline(
    [
      file('w1.txt', ' date 2026-09-15 Leaders meet in Oslo\n\nLeaders of the coalition met in Oslo on Tuesday and endorsed a declaration.'),
      file('w2.txt', ' date 2026-09-19 The week in diplomacy: Oslo declaration, Kyiv talks and a call\n\nIt was a busy week for the diplomats.\n\nOn Tuesday, leaders met in Oslo and endorsed a declaration.\n\nOn Thursday, advisers held talks with planners in Kyiv.\n\nOn Friday, the president spoke by phone with his counterpart.'),
      file('w3.txt', ' date 2026-09-19 Тиждень дипломатії: Осло, Київ і телефонна розмова\n\nТиждень видався насиченим.\n\nУ вівторок лідери зустрілися в Осло й схвалили декларацію.\n\nУ четвер радники провели переговори з планувальниками в Києві.'),
      // Out on Friday, with Friday's night strike last: the digest's own day is no likelier than Tuesday's.
      file('w4.txt', ' date 2026-09-18 Итоги недели: декларация в Осло, удар по Львову и переговоры в Абу-Даби\n\nГлавные события уходящей недели в нашем обзоре.\n\nВо вторник, 15 сентября, лидеры коалиции подписали в Осло декларацию о гарантиях.\n\nВ ночь на пятницу Россия нанесла удар по Львову.'),
    ],
    [],
    '2026-10-01',
  );
  const oslo = eventIn(reports, 'w1.txt');
  assert.deepEqual(kindDayPlace(reports, 'w1.txt'), ['meeting', '2026-09-15', 'Oslo']);
  assert.equal(eventIn(reports, 'w2.txt')?.id, oslo?.id);
  assert.equal(eventIn(reports, 'w3.txt')?.id, oslo?.id);
  assert.equal(eventIn(reports, 'w4.txt')?.id, oslo?.id);
  assert.equal(oslo?.kind, 'meeting');
});

test('the seat of a body ("матиме штаб у Києві", "headquarters … in Paris") or home after it is no venue; a press conference at headquarters is', () => {
  const reports = runPipeline(
    [
      file('s1.txt', ' date 2026-10-07 Прем’єр: сили матимуть штаб у Києві\n\nПрем’єр-міністр Британії у середу заявив в інтерв’ю, що багатонаціональна сила матиме штаб у Києві.'),
      file('s2.txt', ' date 2026-10-08 Pentagon to send planners\n\nWASHINGTON — The Pentagon will send planners to the headquarters of the coalition in Paris, an official said on Thursday.'),
      file('s3.txt', ' date 2026-10-09 Генсек НАТО поддержал коалицию\n\nГенсек НАТО в пятницу на пресс-конференции в штаб-квартире альянса в Брюсселе заявил, что альянс поддержит коалицию.'),
      // A coordination centre is a seat too, after a dash as well.
      file('s4.txt', ' date 2026-10-13 Министр о будущих силах\n\nМинистр во вторник заявил, что штаб сил будет в Вене, а координационный центр — в Киеве.'),
      // Home after the happening: "returned to Kyiv after the summit in Rome" is Rome's.
      file('s5.txt', ' date 2026-10-16 Прем’єр повернувся з Рима\n\nПрем’єр-міністр у п’ятницю повернувся до Києва після вчорашнього саміту в Римі.'),
    ],
    [],
    '2026-10-20',
  );
  assert.deepEqual(kindDayPlace(reports, 's1.txt'), ['statement', '2026-10-07', null]);
  assert.deepEqual(kindDayPlace(reports, 's2.txt'), ['statement', '2026-10-08', 'Washington']);
  assert.deepEqual(kindDayPlace(reports, 's3.txt'), ['statement', '2026-10-09', 'Brussels']);
  assert.deepEqual(kindDayPlace(reports, 's4.txt'), ['statement', '2026-10-13', null]);
  assert.deepEqual(kindDayPlace(reports, 's5.txt'), ['summit', '2026-10-15', 'Rome']);
});

test('a preview whose headline dates the happening two weeks ahead is that happening, not the day a source spoke', () => {
  const reports = runPipeline(
    [file('p1.txt', ' date 2026-10-08 Переговоры в Женеве пройдут 22–23 октября\n\nПереговоры делегаций пройдут в Женеве 22–23 октября, сообщил в четверг источник, знакомый с подготовкой встречи.')],
    [],
    '2026-10-20',
  );
  const event = eventIn(reports, 'p1.txt');
  assert.deepEqual([event?.kind, event?.date, event?.endDate, event?.place?.name], ['talks', '2026-10-22', '2026-10-23', 'Geneva']);
});

test('after the lead, a happening told as one "ahead of the summit" does not date the article', () => {
  // 1 June 2026 was a Monday.
  const reports = runPipeline(
    [
      file('h1.txt', ' date 2026-06-01 Leaders head to Oslo\n\nEuropean leaders will gather in Oslo on Tuesday for a summit on the guarantees.\n\nAhead of the summit, national security advisers met in the Norwegian capital on Monday, officials said.'),
      file('h2.txt', ' date 2026-06-01 Лідери їдуть до Осло\n\nЛідери коаліції зберуться в Осло у вівторок на саміт.\n\nНапередодні саміту, у понеділок, в Осло зустрілися радники з безпеки.'),
    ],
    [],
    '2026-07-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'h1.txt'), ['summit', '2026-06-02', 'Oslo']);
  assert.deepEqual(kindDayPlace(reports, 'h2.txt'), ['summit', '2026-06-02', 'Oslo']);
});

test('a headline that sums up another happening ("обсудили итоги встречи в Вене") lends its kind to no day', () => {
  // 8 April 2026 was a Wednesday, 9 April a Thursday.
  const reports = runPipeline(
    [
      file(
        'o1.txt',
        ' date 2026-04-09 Министры обсудили итоги встречи в Вене\n\nВ четверг министры обороны провели видеоконференцию, на которой обсудили итоги переговоров, прошедших накануне в Вене.\n\nВ среду в Вене встречались министры иностранных дел пяти стран.',
      ),
    ],
    [],
    '2026-05-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'o1.txt'), ['call', '2026-04-09', null]);
});

test('a lead that first tells its happening held as a video conference makes it a call, whatever the headline calls it', () => {
  // 13 and 20 May 2026 were Wednesdays.
  const reports = runPipeline(
    [
      file('v1.txt', ' date 2026-05-13 Прем’єри провели засідання з бази під Осло\n\nПрем’єр Норвегії та канцлер Австрії у середу провели відеоконференцію лідерів з військової бази під Осло. До засідання долучилися дванадцять країн.'),
      file('v2.txt', ' date 2026-05-20 Ministers meet in Vienna\n\nAfter the meeting in Vienna on Wednesday, the ministers held a phone call with their counterparts in Ottawa.'),
    ],
    [],
    '2026-06-01',
  );
  assert.deepEqual(kindDayPlace(reports, 'v1.txt'), ['call', '2026-05-13', null]);
  assert.deepEqual(kindDayPlace(reports, 'v2.txt'), ['meeting', '2026-05-20', 'Vienna']);
});
