// Agency copy, timestamp lines and saved web pages, written for these tests (not taken from any source).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describePublishedBasis } from '../src/i18n.ts';
import { runPipeline } from '../src/pipeline.ts';
import { inputFile } from './helpers.ts';

const timeline = runPipeline(
  [
    // A summit in Rome, 14 February 2026 (a Saturday), with a dated report to join.
    inputFile('rome.txt', ' date 2026-02-14 Лидеры собрались в Риме\n\nСегодня в Риме прошла встреча лидеров коалиции по гарантиям безопасности для Украины.'),
    // Agency copy with no year anywhere: the day comes from the dateline, the year from the event it joins.
    inputFile('tass.txt', 'РИМ, 14 февраля. /ТАСС/. Лидеры коалиции в субботу провели в Риме встречу по гарантиям безопасности для Украины. Об этом сообщил премьер Италии.'),
    // The year is in the text: the dateline day is the publication day without any event.
    inputFile('interfax.txt', 'Львів. 3 квітня. ІНТЕРФАКС-УКРАЇНА - Голова ОВА заявив, що у четвер провів нараду щодо енергетики. Попередня нарада відбулася 12 березня 2026 р.'),
    // A digest that opens with its day as a sentence of its own.
    inputFile('digest.txt', 'Главное за 17 февраля\n\nВторник, 17 февраля 2026 года. 1455-й день войны.\n\nВ Брюсселе министры обсудили поставки ПВО.'),
    // A timestamp line with a bar between day and time.
    inputFile('bar.txt', 'Туск ответил на вопросы журналистов\n\n15.02.2026 | 10:20\n\nПремьер Польши в воскресенье ответил на вопросы журналистов о миссии.'),
    // A saved page: the day from its metadata.
    inputFile(
      'page.html',
      '<html><head><meta property="article:published_time" content="2026-02-16T23:10:00-05:00"><title>Сайт</title></head><body><nav>Меню</nav><h1>Мерц выступил в бундестаге</h1><p>Канцлер в понедельник выступил в бундестаге с речью о помощи.</p></body></html>',
    ),
  ],
  [],
  '2026-11-23',
);

const article = (file: string) => {
  const found = timeline.articles.find((a) => a.file === file);
  assert.ok(found, file);
  return found;
};

test('an undated dateline takes the year of the event its article joins', () => {
  const tass = article('tass.txt');
  assert.equal(tass.event, article('rome.txt').event);
  assert.equal(tass.published, '2026-02-14');
  assert.equal(tass.publishedSource, 'inferred');
  assert.deepEqual(tass.publishedBasis, { rule: 'dateline', quote: 'РИМ, 14 февраля. /ТАСС/', yearFrom: 'event' });
  assert.equal(tass.publishedReason, 'dateline "РИМ, 14 февраля. /ТАСС/", in the year of the event it reports');
  // Readers get the basis in the page's language.
  assert.equal(describePublishedBasis(tass.publishedBasis ?? { rule: 'header', quote: null, yearFrom: null }, 'ru'), 'дата в начале заметки «РИМ, 14 февраля. /ТАСС/», год — по событию, о котором статья');
  assert.equal(tass.title, 'Лидеры коалиции в субботу провели в Риме встречу по гарантиям безопасности для Украины');
  assert.deepEqual(tass.outlets.map((o) => o.name), ['TASS']);
});

test('a dateline in capitals names a listed agency, and the year named in the text dates it', () => {
  const interfax = article('interfax.txt');
  assert.equal(interfax.published, '2026-04-03');
  assert.deepEqual(interfax.outlets.map((o) => o.name), ['Interfax-Ukraine']);
  assert.ok(!interfax.summary.startsWith('Львів'), interfax.summary);
  // 3 April 2026 was a Friday; "провів у четвер" is the day before.
  assert.ok(interfax.mentionedDates.some((d) => d.text === 'у четвер' && d.date === '2026-04-02'));
});

test('a digest’s opening sentence that is only a date is its publication day', () => {
  const digest = article('digest.txt');
  assert.equal(digest.published, '2026-02-17');
  assert.deepEqual(digest.publishedBasis, { rule: 'timestamp', quote: 'Вторник, 17 февраля 2026 года', yearFrom: null });
});

test('"15.02.2026 | 10:20" is a timestamp line; a saved page is dated by its metadata as written', () => {
  assert.equal(article('bar.txt').published, '2026-02-15');
  assert.equal(describePublishedBasis(article('bar.txt').publishedBasis ?? { rule: 'header', quote: null, yearFrom: null }, 'uk'), 'позначка часу «15.02.2026 | 10:20»');
  const page = article('page.html');
  assert.deepEqual(page.publishedBasis, { rule: 'metadata', quote: 'article:published_time', yearFrom: null });
  assert.equal(page.published, '2026-02-16', 'the day written, not the next day in UTC');
  assert.equal(page.title, 'Мерц выступил в бундестаге');
  assert.doesNotMatch(page.text, /Меню|Сайт/);
});

test('an undated dateline that no event takes by its day is dated in the year the collection points to, and grouped again', () => {
  const reports = runPipeline(
    [
      inputFile('march.txt', ' date 2026-03-02 Министры встретились в Праге\n\nВ понедельник в Праге прошла встреча министров обороны.'),
      inputFile('june.txt', ' date 2026-06-01 Лідери зустрілися в Римі\n\nУ понеділок у Римі відбулася зустріч лідерів коаліції.'),
      inputFile('vienna.txt', 'ВЕНА, 20 мая. /ТАСС/. Военные коалиции в среду провели в Вене консультации по планированию миссии.'),
    ],
    [],
    '2026-11-23',
  );
  const vienna = reports.articles.find((a) => a.file === 'vienna.txt');
  assert.equal(vienna?.published, '2026-05-20');
  assert.equal(vienna?.publishedSource, 'inferred');
  assert.deepEqual(vienna?.publishedBasis, { rule: 'dateline', quote: 'ВЕНА, 20 мая. /ТАСС/', yearFrom: 'collection' });
  assert.equal(describePublishedBasis(vienna?.publishedBasis ?? { rule: 'header', quote: null, yearFrom: null }, 'uk'), 'дата на початку замітки «ВЕНА, 20 мая. /ТАСС/», рік — за датами інших статей');
  // Dated, it reports the consultations of that Wednesday in Vienna, where the copy was filed.
  const event = reports.events.find((e) => e.id === vienna?.event);
  assert.deepEqual([event?.kind, event?.date, event?.place?.name], ['talks', '2026-05-20', 'Vienna']);
  assert.ok(vienna?.mentionedDates.some((d) => d.text === 'в среду' && d.date === '2026-05-20'));
});
