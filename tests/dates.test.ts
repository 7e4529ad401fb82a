import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentionedDates, findTimestamp, namedWeekend, nearestYear, toldTense } from '../src/dates.ts';

const pairs = (text: string, published: string | null): Array<[string, string]> =>
  findMentionedDates(text, published).map((m) => [m.text, m.date]);

test('day and month in every case and language, with and without a year', () => {
  assert.deepEqual(pairs('Саммит пройдёт 4-го сентября в Париже.', '2025-09-01'), [['4-го сентября', '2025-09-04']]);
  assert.deepEqual(pairs('Зустріч відбудеться 4 вересня 2025 року.', null), [['4 вересня 2025 року', '2025-09-04']]);
  assert.deepEqual(pairs('Talks are planned for September 4, 2025 in Paris.', null), [['September 4, 2025', '2025-09-04']]);
  assert.deepEqual(pairs('Документ подписан 04.09.2025.', null), [['04.09.2025', '2025-09-04']]);
  assert.deepEqual(pairs('Встреча 18 августа в Вашингтоне', '2025-09-04'), [['18 августа', '2025-08-18']]);
  assert.deepEqual(pairs('ВАРШАВА, 6 янв - агентство', '2026-01-06'), [['6 янв', '2026-01-06']]);
  // Only English puts the month first: a count after a Cyrillic month is no day of it.
  assert.deepEqual(pairs('На зустрічі 4 вересня 26 країн пообіцяли допомогу.', '2025-09-05'), [['4 вересня', '2025-09-04']]);
  assert.deepEqual(pairs('К 1 сентября 30 стран дали ответ.', '2025-09-05'), [['1 сентября', '2025-09-01']]);
});

test('a day written as an ordinal word before its month, Russian and Ukrainian', () => {
  assert.deepEqual(pairs('Документ підпишуть у Парижі шостого січня.', '2026-01-02'), [['шостого січня', '2026-01-06']]);
  assert.deepEqual(pairs('Встреча пройдет шестого января.', '2026-01-02'), [['шестого января', '2026-01-06']]);
  assert.deepEqual(pairs('Саміт призначили на двадцять перше лютого 2026 року.', '2026-01-02'), [['двадцять перше лютого 2026 року', '2026-02-21']]);
  assert.deepEqual(pairs('Тридцать первого декабря лидеры созвонились.', '2026-01-02'), [['Тридцать первого декабря', '2025-12-31']]);
  assert.deepEqual(pairs('Сторони зустрінуться п’ятнадцятого березня та дев\'ятого травня.', '2026-01-02'), [
    ['п’ятнадцятого березня', '2026-03-15'],
    ['дев\'ятого травня', '2026-05-09'],
  ]);
  assert.deepEqual(pairs('Первое сентября стало датой начала переговоров.', '2026-01-02'), [['Первое сентября', '2025-09-01']]);
  // No such day, and ordinals that are not days.
  assert.deepEqual(pairs('Тридцять другого січня нічого не відбулося.', '2026-01-02'), []);
  assert.deepEqual(pairs('На другий день саміту лідери обговорили третій пакет.', '2026-01-02'), []);
});

test('dates with slashes: a four-digit year, day first unless only month first makes a date', () => {
  assert.deepEqual(pairs('Заявление опубликовано 06/01/2026 на сайте.', null), [['06/01/2026', '2026-01-06']]);
  assert.deepEqual(pairs('The statement is dated 01/25/2026.', null), [['01/25/2026', '2026-01-25']]);
  assert.deepEqual(pairs('Угода від 31/12/2025, версія 1/2, підтримка 24/7.', null), [['31/12/2025', '2025-12-31']]);
  assert.deepEqual(pairs('Код 45/67/2026 не дата.', null), []);
});

test('month first: abbreviations, a whole word before the day, "may" only as a capitalised month', () => {
  assert.deepEqual(pairs('Leaders met on Sept. 12 and again on Oct 7th,2025.', '2025-09-01'), [
    ['Sept. 12', '2025-09-12'],
    ['Oct 7th,2025', '2025-10-07'],
  ]);
  // "Mayor 5" and "5jan 6" have no month word in front of a day; "may 6" is a verb.
  assert.deepEqual(pairs('The Mayor 5 said they may 6 times; 5jan 6 is a code; June\n\n7 stands.', '2025-06-01'), [['June\n\n7', '2025-06-07']]);
  assert.deepEqual(pairs('Заседание назначено на сент. 5', '2025-06-01'), [['сент. 5', '2025-09-05']]);
  assert.deepEqual(pairs('The ministers met on October 14-15 and again on the 3rd of November.', '2025-11-20'), [
    ['October 14-15', '2025-10-14'],
    ['October 14-15', '2025-10-15'],
    ['3rd of November', '2025-11-03'],
  ]);
});

test('ranges give both days, with a dash or with words', () => {
  assert.deepEqual(pairs('Переговоры прошли 5 и 6 января.', '2026-01-07'), [
    ['5 и 6 января', '2026-01-05'],
    ['5 и 6 января', '2026-01-06'],
  ]);
  assert.deepEqual(pairs('Консультації триватимуть з 14 по 16 лютого.', '2026-01-07').map(([, date]) => date), ['2026-02-14', '2026-02-16']);
  // Without a month right after it, a number joined by "и" is no day: "в 2 и 3 раундах".
  assert.deepEqual(pairs('Делегации встречались в 2 и 3 раундах, последний 6 января.', '2026-01-07'), [['6 января', '2026-01-06']]);

  assert.deepEqual(pairs('Переговоры 5–6 января', '2026-01-04'), [
    ['5–6 января', '2026-01-05'],
    ['5–6 января', '2026-01-06'],
  ]);
  assert.deepEqual(pairs('Talks were held on 5 and 6 January, and on February 2 and 3.', '2026-02-07').map(([, date]) => date), ['2026-01-05', '2026-01-06', '2026-02-02', '2026-02-03']);
  assert.deepEqual(pairs('Переговори 14–15.12.2025 у Берліні.', '2026-01-07'), [
    ['14–15.12.2025', '2025-12-14'],
    ['14–15.12.2025', '2025-12-15'],
  ]);
  // A score before a numeric date is no range's first day.
  assert.deepEqual(pairs('Рахунок 2-1.12.2025 року.', '2026-01-07'), [['1.12.2025', '2025-12-01']]);
});

test('the year of a bare day and month is the one nearest the publication date, across New Year', () => {
  assert.equal(nearestYear(12, 30, '2026-01-02'), '2025-12-30');
  assert.equal(nearestYear(1, 3, '2025-12-29'), '2026-01-03');
  assert.deepEqual(pairs('Встреча состоялась 30 декабря.', '2026-01-02'), [['30 декабря', '2025-12-30']]);
});

test('without a publication date a bare day and month is left out', () => {
  assert.deepEqual(pairs('Встреча состоялась 30 декабря.', null), []);
  assert.deepEqual(pairs('Сегодня в Париже прошла встреча.', null), []);
});

test('a day and month written with a dot and no year ("20.02") is a date, unless it is a clock time, an amount or a decimal', () => {
  assert.deepEqual(pairs('Міністри оборони зустрінуться 20.02 у Брюсселі.', '2026-02-18'), [['20.02', '2026-02-20']]);
  assert.deepEqual(pairs('Прошлая встреча прошла 30.12 в Париже.', '2026-01-05'), [['30.12', '2025-12-30']]);
  assert.deepEqual(pairs('Графік: 14.02, 15.02 і 16.02.', '2026-02-01').map(([, date]) => date), ['2026-02-14', '2026-02-15', '2026-02-16']);
  // With its year it is one mention, not two.
  assert.deepEqual(pairs('Встреча 20.02.2026 в Брюсселе.', '2026-02-18'), [['20.02.2026', '2026-02-20']]);
  assert.deepEqual(pairs('Засідання почнеться о 12.05 за київським часом.', '2026-02-18'), []);
  assert.deepEqual(pairs('Приёмная работает 10.00–18.00.', '2026-02-18'), []);
  assert.deepEqual(pairs('Пакет допомоги становить 20.02 млрд грн.', '2026-02-18'), []);
  assert.deepEqual(pairs('Пункт 3.12 соглашения не изменился.', '2026-02-18'), []);
  // A text that writes "1.5" writes decimals with a dot: its "20.02" may be a number.
  assert.deepEqual(pairs('Рост составил 1.5 процента, индекс 20.02.', '2026-02-18'), []);
  assert.deepEqual(pairs('Ни 32.01, ни 15.13 не бывает.', '2026-02-18'), []);
});

test('impossible dates are never produced', () => {
  assert.deepEqual(pairs('Дата 31 февраля и 30.02.2025', '2025-03-01'), []);
});

test('relative words are resolved against the publication date', () => {
  assert.deepEqual(pairs('Сегодня лидеры встретились, а накануне говорили по телефону.', '2025-11-23'), [
    ['Сегодня', '2025-11-23'],
    ['накануне', '2025-11-22'],
  ]);
  assert.deepEqual(pairs('Сьогодні прем’єр прибув, а вчора був у Лондоні, завтра поїде далі.', '2026-01-01'), [
    ['Сьогодні', '2026-01-01'],
    ['вчора', '2025-12-31'],
    ['завтра', '2026-01-02'],
  ]);
});

test('weekdays follow the tense of their sentence', () => {
  // 20 October 2025 was a Monday.
  assert.deepEqual(pairs('Зустріч коаліції відбудеться у п’ятницю в Лондоні.', '2025-10-20'), [['у п’ятницю', '2025-10-24']]);
  assert.deepEqual(pairs('Министр заявил в пятницу, что помощь будет.', '2025-10-20'), [['в пятницу', '2025-10-17']]);
  assert.deepEqual(pairs('Во вторник лидеры примут декларацию.', '2026-01-06'), [['Во вторник', '2026-01-06']]);
  assert.deepEqual(pairs('Президент заявил в среду журналистам.', '2025-09-04'), [['в среду', '2025-09-03']]);
  // The clause decides: the announcement is past, the meeting it announces is not.
  assert.deepEqual(pairs("Прем'єр оголосив, що в п'ятницю в Римі відбудеться саміт.", '2025-10-20'), [["в п'ятницю", '2025-10-24']]);
  assert.deepEqual(pairs('Посол сообщил в пятницу, что переговоры будут продолжены.', '2025-10-20'), [['в пятницу', '2025-10-17']]);
  // Ukrainian past tense with "і" before "л": зустрілися, сиділи, зустріла.
  assert.deepEqual(pairs('Делегації у вівторок зустрілися в Римі.', '2026-01-07'), [['у вівторок', '2026-01-06']]);
  assert.deepEqual(pairs('Міністри у вівторок сиділи над текстом.', '2026-01-07'), [['у вівторок', '2026-01-06']]);
  assert.deepEqual(pairs('Відділ у вівторок у Римі.', '2026-01-07'), [['у вівторок', '2026-01-13']], 'a noun in -іл is no verb');
  // A modal with "быть/бути" looks ahead even in a sentence told in the past.
  assert.deepEqual(pairs('Советники обсуждали тексты, которые могут быть подписаны в четверг.', '2025-10-20'), [['в четверг', '2025-10-23']]);
  assert.deepEqual(pairs('Міністри погодили, що угода має бути готова у п’ятницю.', '2025-10-20'), [['у п’ятницю', '2025-10-24']]);
  // An English passive after a modal: "signed" and "held" are participles there, not past verbs.
  assert.deepEqual(pairs('The declaration could be signed on Thursday.', '2025-10-20'), [['on Thursday', '2025-10-23']]);
  assert.deepEqual(pairs('The summit will be held on Thursday.', '2025-10-20'), [['on Thursday', '2025-10-23']]);
  assert.deepEqual(pairs('The leaders signed it on Thursday.', '2025-10-20'), [['on Thursday', '2025-10-16']]);
  // A reported clause in the future or present, after a verb of saying in the past: the clause decides.
  assert.deepEqual(pairs('Макрон заявил, что лидеры встретятся в четверг.', '2025-10-22'), [['в четверг', '2025-10-23']]);
  assert.deepEqual(pairs('Умєров повідомив, що делегації зустрінуться в четвер.', '2025-10-22'), [['в четвер', '2025-10-23']]);
  assert.deepEqual(pairs('Зеленский сообщил, что документы подпишут в четверг.', '2025-10-22'), [['в четверг', '2025-10-23']]);
  // A singular verb that is not past looks ahead too, even after a past verb in the sentence.
  assert.deepEqual(pairs('Президент прибыл в Берлин, где в четверг примет участие в саммите.', '2025-10-22'), [['в четверг', '2025-10-23']]);
  assert.deepEqual(pairs('Прем’єр прилетів до Риму, де в четвер зустрінеться з Мелоні.', '2025-10-22'), [['в четвер', '2025-10-23']]);
  assert.deepEqual(pairs('Посол повідомив, що в четвер візьме участь у нараді.', '2025-10-22'), [['в четвер', '2025-10-23']]);
  assert.deepEqual(pairs('Міністр заявив, що в четвер відвідує Варшаву.', '2025-10-22'), [['в четвер', '2025-10-23']]);
  // Nouns and particles that end like those verbs do not.
  assert.deepEqual(pairs('В четверг Совет ЕС утвердил бюджет.', '2025-10-22'), [['В четверг', '2025-10-16']]);
  assert.deepEqual(pairs('Дипломаты сообщили, что в четверг даже визит отменили.', '2025-10-22'), [['в четверг', '2025-10-16']]);
  // A participle of planning looks ahead: a Friday's report of Saturday's meeting.
  assert.deepEqual(pairs('На полях конференции в субботу запланирована встреча лидеров.', '2026-02-13'), [['в субботу', '2026-02-14']]);
  assert.deepEqual(pairs('На суботу заплановано зустріч міністрів.', '2026-02-13'), [['На суботу', '2026-02-14']]);
  // A present verb in another clause of the sentence says nothing of the date's.
  assert.deepEqual(pairs('У понеділок лідери тридцяти країн, які підтримують Україну, зустрілися в Парижі.', '2025-10-22'), [['У понеділок', '2025-10-20']]);
});

test('short past forms of "to be" and "earlier" put a weekday in the past', () => {
  // 9 January 2026 was a Friday; the Tuesday before it was the 6th.
  assert.deepEqual(pairs('Раніше, у вівторок, посол був на переговорах у Римі.', '2026-01-09'), [['у вівторок', '2026-01-06']]);
  assert.deepEqual(pairs('Ранее, во вторник, министры были в Берлине.', '2026-01-09'), [['во вторник', '2026-01-06']]);
  // Without a tense word the weekday ahead is meant.
  assert.deepEqual(pairs('Во вторник министры в Берлине.', '2026-01-09'), [['Во вторник', '2026-01-13']]);
});

test('a year-less date months away on the wrong side of the publication day follows its tense', () => {
  // Read in September 2025, the nearest 2 March is in 2026; "були" says it has passed.
  assert.deepEqual(pairs('Потім були консультації 2 березня у Варшаві.', '2025-09-05'), [['2 березня', '2025-03-02']]);
  assert.deepEqual(pairs('Совещание прошло 1 марта в Варшаве.', '2025-09-05'), [['1 марта', '2025-03-01']]);
  // Read in April, the nearest 20 December is last year's; "состоится" says it is still to come.
  assert.deepEqual(pairs('Следующее совещание состоится 20 декабря.', '2025-04-10'), [['20 декабря', '2025-12-20']]);
  // Close to the publication day the nearest year stands, whatever the tense.
  assert.deepEqual(pairs('Совещание прошло 15 сентября.', '2025-09-05'), [['15 сентября', '2025-09-15']]);
  // Told as done weeks ahead of the report, it is last year's: the Paris declaration, recalled in November.
  assert.deepEqual(pairs('Декларацію підписали в Парижі 6 січня.', '2026-11-20'), [['6 січня', '2026-01-06']]);
  assert.deepEqual(pairs('Leaders met in Paris on 6 Jan.', '2026-11-20'), [['6 Jan.', '2026-01-06']]);
  // Still to come, the same day is next year's.
  assert.deepEqual(pairs('Лідери зустрінуться в Парижі 6 січня.', '2026-11-20'), [['6 січня', '2027-01-06']]);
  // No tense: the nearest year.
  assert.deepEqual(pairs('Консультации: 2 березня, Варшава.', '2025-09-05'), [['2 березня', '2026-03-02']]);
});

test('a word for which week fixes a weekday: last week’s, next week’s, or the one the tense says', () => {
  // 12 March 2026 was a Thursday.
  assert.deepEqual(pairs('Министр в прошлую пятницу провёл переговоры, а в следующий понедельник проведёт новые.', '2026-03-12'), [
    ['в прошлую пятницу', '2026-03-06'],
    ['в следующий понедельник', '2026-03-16'],
  ]);
  assert.deepEqual(pairs('Минулого вівторка посли зустрілися, наступного четверга зустрінуться знову.', '2026-03-12'), [
    ['Минулого вівторка', '2026-03-10'],
    ['наступного четверга', '2026-03-19'],
  ]);
  assert.deepEqual(pairs('В минувший вторник послы встретились, в прошедшую среду — созвонились.', '2026-03-12'), [
    ['В минувший вторник', '2026-03-10'],
    ['в прошедшую среду', '2026-03-11'],
  ]);
  // Next week's Thursday, read on a Thursday, is a week ahead, not today.
  assert.deepEqual(pairs('Envoys will meet next Thursday.', '2026-03-12'), [['next Thursday', '2026-03-19']]);
  assert.deepEqual(pairs('У цю суботу відбудеться відеоконференція.', '2026-03-12'), [['У цю суботу', '2026-03-14']]);
  // "This week's" in the genitive, without a preposition.
  assert.deepEqual(pairs('Цієї суботи відбудеться відеоконференція.', '2026-03-12'), [['Цієї суботи', '2026-03-14']]);
  assert.deepEqual(pairs('Цього вівторка посли зустрілися.', '2026-03-12'), [['Цього вівторка', '2026-03-10']]);
  // "until next Tuesday" names a span.
  assert.deepEqual(pairs('Мораторий продлится до следующего вторника.', '2026-03-12'), []);
});

test('a weekday after a phrase naming its week is that calendar week’s day, counted from Monday', () => {
  // 12 March 2026 was a Thursday: its week ran from Monday 9 to Sunday 15 March.
  assert.deepEqual(pairs('Минулого тижня, у понеділок, радники зустрілися в Лондоні.', '2026-03-12'), [['у понеділок', '2026-03-02']]);
  assert.deepEqual(pairs('На прошлой неделе в субботу министры созвонились.', '2026-03-12'), [['в субботу', '2026-03-07']]);
  assert.deepEqual(pairs('Last week, on Friday, envoys met in Berlin.', '2026-03-12'), [['on Friday', '2026-03-06']]);
  assert.deepEqual(pairs('На следующей неделе, во вторник, лидеры проведут встречу.', '2026-03-12'), [['во вторник', '2026-03-17']]);
  assert.deepEqual(pairs('На наступному тижні у понеділок відбудеться саміт.', '2026-03-12'), [['у понеділок', '2026-03-16']]);
  // This week's Monday lies behind a Thursday even in the future tense of a schedule.
  assert.deepEqual(pairs('Цього тижня, у понеділок, мали зустрітися посли, а в неділю відбудеться саміт.', '2026-03-12'), [
    ['у понеділок', '2026-03-09'],
    ['в неділю', '2026-03-15'],
  ]);
  // The phrase fixes only the weekday right after it.
  assert.deepEqual(pairs('Минулого тижня лідери зустрілися, а у вівторок відбудеться нова зустріч.', '2026-03-12'), [['у вівторок', '2026-03-17']]);
});

test('English: regular past verbs put a weekday behind, "scheduled for" and "due to" ahead', () => {
  // 16 December 2025 was a Tuesday.
  assert.deepEqual(pairs('The chancellor hosted the leaders on Monday evening.', '2025-12-16'), [['on Monday', '2025-12-15']]);
  assert.deepEqual(pairs('The ministers signed the text on Friday.', '2025-12-16'), [['on Friday', '2025-12-12']]);
  assert.deepEqual(pairs('Envoys are due to resume talks on Friday.', '2025-12-16'), [['on Friday', '2025-12-19']]);
  assert.deepEqual(pairs('A call is scheduled for Thursday.', '2025-12-16'), [['for Thursday', '2025-12-18']]);
  // "United" is no verb: the future stands.
  assert.deepEqual(pairs('They will meet in the United Kingdom on Friday.', '2025-12-16'), [['on Friday', '2025-12-19']]);
  // A present verb of a happening is nearer the day than the past one before it.
  assert.deepEqual(pairs('The talks came a day before the contact group gathers on Friday.', '2025-12-16'), [['on Friday', '2025-12-19']]);
});

test('English: a capitalised weekday alone is a day, "late" or "early" before it too; a named thing is not', () => {
  // 8 October 2025 was a Wednesday.
  assert.deepEqual(pairs('Ministers met Tuesday in Oslo.', '2025-10-08'), [['Tuesday', '2025-10-07']]);
  assert.deepEqual(pairs('The text was signed in Oslo late Tuesday.', '2025-10-08'), [['late Tuesday', '2025-10-07']]);
  assert.deepEqual(pairs('Envoys travel to Oslo early Friday.', '2025-10-08'), [['early Friday', '2025-10-10']]);
  assert.deepEqual(pairs('Tuesday’s talks in Oslo ended without a text.', '2025-10-08'), [['Tuesday', '2025-10-07']]);
  assert.deepEqual(pairs('The Sunday Times said the plan was dropped.', '2025-10-08'), []);
  assert.deepEqual(pairs('Sales peaked at Black Friday.', '2025-10-08'), []);
});

test('an article’s own timestamp line', () => {
  assert.deepEqual(findTimestamp('Заголовок\n17:51 18.08.2025\nТекст'), { date: '2025-08-18', line: '17:51 18.08.2025' });
  assert.equal(findTimestamp('Title\nMarch 28,2025\nBody')?.date, '2025-03-28');
  assert.equal(findTimestamp('Встреча 18.08.2025 прошла в Вашингтоне, где лидеры обсудили многое.'), null, 'a date inside a sentence is not a timestamp');
});

test('"from" and "until" a weekday name a span and are left out', () => {
  assert.deepEqual(pairs('Переговоры продлятся с понедельника до среды.', '2025-10-20'), []);
  assert.deepEqual(pairs('Режим тиші діятиме з неділі.', '2025-10-20'), []);
});

test('a year word after a day and month counts from the publication year', () => {
  // Read in late November, "4 сентября" alone is this year's; "прошлого года" moves it back.
  assert.deepEqual(pairs('Принципы согласовали ещё 4 сентября прошлого года.', '2026-11-20'), [['4 сентября прошлого года', '2025-09-04']]);
  assert.deepEqual(pairs('Наступна зустріч — 12 лютого наступного року.', '2026-11-20'), [['12 лютого наступного року', '2027-02-12']]);
  assert.deepEqual(pairs('The pact was signed on March 3 last year.', '2026-11-20'), [['March 3 last year', '2025-03-03']]);
  assert.deepEqual(pairs('Это решили 4 сентября этого года.', '2026-01-10'), [['4 сентября этого года', '2026-09-04']]);
});

test('a weekday written before a year-less date picks the year it falls on', () => {
  // An undated text that names 2026 only once: 14 December fell on a Sunday in 2025, not in 2026.
  assert.deepEqual(pairs('В воскресенье, 14 декабря, в Берлине прошли переговоры. План на 2026 год.', null), [['14 декабря', '2025-12-14']]);
  assert.deepEqual(pairs('Переговоры 14 декабря в Берлине. План на 2026 год.', null), [['14 декабря', '2026-12-14']], 'without the weekday the nearer year stays');
});

test('a weekday followed by its date takes that date, whatever the tense around it', () => {
  // 5 January 2026 was a Monday; "примет" is a future the tense rules do not know.
  assert.deepEqual(pairs('Макрон примет во вторник, 6 января, глав правительств.', '2026-01-05'), [
    ['во вторник', '2026-01-06'],
    ['6 января', '2026-01-06'],
  ]);
  // A date on another weekday is not the weekday's own: the tense decides as before.
  assert.deepEqual(pairs('Министр заявил в пятницу, 6 января, что помощь будет.', '2026-01-05')[0], ['в пятницу', '2026-01-02']);
});

test('a date or weekday set off after a relative word is its day; "накануне" before a bare date is that date’s eve', () => {
  // "Накануне" tells the day before the happening the story is about, not before publication.
  assert.deepEqual(pairs('Саміт пройде у вівторок. Напередодні, 2 березня, у Варшаві зустрінуться радники.', '2026-02-27')[1], ['Напередодні', '2026-03-02']);
  assert.deepEqual(pairs('Накануне, 14 мая, министры говорили по телефону.', '2026-05-20')[0], ['Накануне', '2026-05-14']);
  // A reporter filing late: the written day stands.
  assert.deepEqual(pairs('Вчера 11 мая в Вильнюсе прошли консультации.', '2026-05-13')[0], ['Вчера', '2026-05-11']);
  // No comma: "накануне 9 мая" is the run-up to 9 May, not 9 May itself.
  assert.notEqual(pairs('Накануне 9 мая Кремль ужесточил риторику.', '2026-05-08').find(([text]) => text === 'Накануне')?.[1], '2026-05-09');
  // A weekday set off the same way: Saturday before a Monday's report, not the Sunday before it.
  assert.deepEqual(pairs('Саммит пройдет во вторник. Накануне, в субботу, в Вильнюсе встретились советники.', '2026-03-02').slice(1), [
    ['Накануне', '2026-02-28'],
    ['в субботу', '2026-02-28'],
  ]);
  assert.deepEqual(pairs('Напередодні, у п’ятницю, міністри говорили телефоном.', '2026-03-02')[0], ['Напередодні', '2026-02-27']);
});

test('"накануне" before a happening or a holiday is a preposition, no day', () => {
  assert.deepEqual(pairs('Премьер прилетел в Рим накануне переговоров министров, которые пройдут в пятницу.', '2026-04-08').map(([text]) => text), ['в пятницу']);
  assert.deepEqual(pairs('Напередодні засідання коаліції прем’єр провів консультації.', '2026-04-08'), []);
  assert.deepEqual(pairs('Напередодні важливого саміту лідери обмінялися листами.', '2026-04-08'), []);
  // The adverb keeps its day.
  assert.deepEqual(pairs('Накануне министры говорили по телефону.', '2026-04-08'), [['Накануне', '2026-04-07']]);
});

test('a labelled timestamp line gives the publication date; an update alone does not', () => {
  assert.deepEqual(findTimestamp('Заголовок\nОпубликовано: 05.01.2026, 09:12 | Обновлено: 05.01.2026, 11:40\nТекст'), {
    date: '2026-01-05',
    line: 'Опубликовано: 05.01.2026, 09:12 | Обновлено: 05.01.2026, 11:40',
  });
  assert.equal(findTimestamp('Заголовок\nОновлено: 06.01.2026, 11:40\nТекст'), null);
});

test('"6-го числа": a day of this month or a neighbouring one, on the side of its tense; a recurring day is none', () => {
  // 4 January 2026 was a Sunday; the Tuesday after it was the 6th.
  assert.deepEqual(pairs('Во вторник, 6-го числа, в Париже пройдет встреча.', '2026-01-04'), [['Во вторник', '2026-01-06'], ['6-го числа', '2026-01-06']]);
  assert.deepEqual(pairs('Зустріч відбудеться 30-го числа.', '2026-01-04'), [['30-го числа', '2026-01-30']]);
  assert.deepEqual(pairs('Зустріч відбулася 30 числа.', '2026-01-04'), [['30 числа', '2025-12-30']]);
  assert.deepEqual(pairs('Выплаты приходят 15 числа каждого месяца.', '2026-01-04'), []);
});

test('a day set off by commas is told in the clause after it; a longer aside does not lend its verbs', () => {
  const tense = (sentence: string, word: string): ReturnType<typeof toldTense> => toldTense(sentence, sentence.indexOf(word));
  assert.equal(tense('У понеділок, 11 травня, міністр підпише угоду.', 'понеділок'), 'future');
  assert.equal(tense('У понеділок, 11 травня, міністр підпише угоду.', '11 травня'), 'future');
  assert.equal(tense('В понедельник, 11 мая, министр подписал соглашение.', 'понедельник'), 'past');
  // Five words before the next comma: no date set off alone, and "посилається" is no verb of that day.
  assert.equal(tense('У понеділок, за даними видання, яке посилається на джерела, міністри зустрілися.', 'понеділок'), 'past');
});

test('a participle of what a happening produced tells its day in the past, unless "будет" or "бути" stands before it', () => {
  const tense = (sentence: string, word: string): ReturnType<typeof toldTense> => toldTense(sentence, sentence.indexOf(word));
  assert.equal(tense('Решения, принятые во вторник в Вене, требуют одобрения парламентов.', 'вторник'), 'past');
  assert.equal(tense('Декларація, підписана у вівторок у Празі, потребує ратифікації.', 'вівторок'), 'past');
  assert.equal(tense('Соглашение будет подписано во вторник.', 'вторник'), 'future');
  assert.equal(tense('Документ має бути схвалений у вівторок.', 'вівторок'), 'future');
  // Read on a Thursday: the Tuesday two days before, not the one five days ahead.
  assert.deepEqual(pairs('Решения, принятые во вторник в Вене, требуют одобрения парламентов.', '2026-05-14'), [['во вторник', '2026-05-12']]);
  // What an interview or a report was made: «записано», «опубліковано».
  assert.equal(tense('Интервью записано в пятницу в Риге.', 'пятницу'), 'past');
  assert.equal(tense('Звернення опубліковано в неділю ввечері.', 'неділю'), 'past');
  // A noun made from the verb tells no tense: "о проведении встречи во вторник" is still to come.
  assert.equal(tense('Стороны договорятся о проведении встречи во вторник.', 'вторник'), 'future');
});

test('"на следующий день", "a day earlier": a day counted from the date told just before, in the same paragraph', () => {
  // 4 May 2026 is a Monday.
  assert.deepEqual(pairs('Посланник прилетит в Вену в понедельник вечером, чтобы на следующий день принять участие во встрече.', '2026-05-04'), [
    ['в понедельник', '2026-05-04'],
    ['на следующий день', '2026-05-05'],
  ]);
  assert.deepEqual(pairs('The commissioner said on Wednesday that the union backed the plan agreed in Vienna a day earlier.', '2026-05-06'), [
    ['on Wednesday', '2026-05-06'],
    ['a day earlier', '2026-05-05'],
  ]);
  assert.deepEqual(pairs('Переговори почалися 12 травня. Наступного дня сторони підписали протокол.', '2026-05-20'), [
    ['12 травня', '2026-05-12'],
    ['Наступного дня', '2026-05-13'],
  ]);
  // The day after something that is no date, and a count with no date before it, date nothing.
  assert.deepEqual(pairs('Війська розгорнуть 12 травня або на наступний день після припинення вогню.', '2026-05-06'), [['12 травня', '2026-05-12']]);
  assert.deepEqual(pairs('На следующий день министры разъехались.', '2026-05-06'), []);
  // Another paragraph's date is too far back.
  assert.deepEqual(pairs('Встреча прошла 12 мая.\n\nДнем позже министры разъехались.', '2026-05-20'), [['12 мая', '2026-05-12']]);
});

test('a weekend phrase names a Saturday and a Sunday: the last one, the coming one, or the one the tense says', () => {
  const days = (text: string, published: string): [string, string, string] | null => {
    const weekend = namedWeekend(text, published);
    return weekend && [weekend.start, weekend.end, weekend.which];
  };
  // 26 May 2026 was a Tuesday, 30 May a Saturday, 31 May a Sunday.
  assert.deepEqual(days('Делегации встретились в минувшие выходные.', '2026-05-26'), ['2026-05-23', '2026-05-24', 'last']);
  assert.deepEqual(days('Минулих вихідних посли зустрілися.', '2026-05-31'), ['2026-05-23', '2026-05-24', 'last']);
  assert.deepEqual(days('Envoys met in Geneva over the weekend.', '2026-05-26'), ['2026-05-23', '2026-05-24', 'this']);
  // Read on the Sunday itself, a weekend told in the past is the one under way.
  assert.deepEqual(days('На выходных в Женеве прошли переговоры.', '2026-05-31'), ['2026-05-30', '2026-05-31', 'this']);
  // Told in the future, the coming one, even when read on a Sunday.
  assert.deepEqual(days('На вихідних відбудеться зустріч.', '2026-05-26'), ['2026-05-30', '2026-05-31', 'next']);
  assert.deepEqual(days('На выходных пройдут переговоры.', '2026-05-31'), ['2026-06-06', '2026-06-07', 'next']);
  assert.equal(days('Weekend talks in Geneva ended.', '2026-05-26'), null);
  assert.equal(days('Выходной день объявлен в пятницу.', '2026-05-26'), null);
});

test('"today" in a quotation is the day the lead tells of, when that is a few days before publication', () => {
  // 11 June 2026 was a Thursday; the report came out on Friday the 12th.
  const report = 'В четверг, 11 июня, министры обороны встретились в Риме.\n\n«Сегодня мы договорились о главном», — сказал министр. Сегодня делегации разъехались.';
  assert.deepEqual(pairs(report, '2026-06-12'), [
    ['В четверг', '2026-06-11'],
    ['11 июня', '2026-06-11'],
    ['Сегодня', '2026-06-11'],
    // Outside the quotation, the publication day.
    ['Сегодня', '2026-06-12'],
  ]);
  assert.deepEqual(pairs('“We agreed on the essentials today,” the minister said after talks in Rome on Thursday.', '2026-06-12'), [
    ['today', '2026-06-11'],
    ['on Thursday', '2026-06-11'],
  ]);
  // The lead tells of the publication day, of two days or of none: a quotation's "today" is the publication day.
  assert.deepEqual(pairs('Міністри зустрілися в Римі в п’ятницю.\n\n«Сьогодні ми домовилися», — сказав міністр.', '2026-06-12'), [
    ['в п’ятницю', '2026-06-12'],
    ['Сьогодні', '2026-06-12'],
  ]);
  assert.deepEqual(pairs('Министры встретились в Риме.\n\n«Сегодня мы договорились», — сказал министр.', '2026-06-12').at(-1), ['Сегодня', '2026-06-12']);
  assert.deepEqual(pairs('11 июня министры встретились в Риме, а 10 июня — в Милане.\n\n«Сегодня мы договорились», — сказал министр.', '2026-06-12').at(-1), ['Сегодня', '2026-06-12']);
  // A quoted name is no speech: the newspaper «Сегодня» is dated as before.
  assert.deepEqual(pairs('В четверг, 11 июня, министры встретились в Риме, сообщила газета «Сегодня».', '2026-06-12').at(-1), ['Сегодня', '2026-06-12']);
});
