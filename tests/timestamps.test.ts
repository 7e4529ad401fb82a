import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTimestampLine, readTimestampLine } from '../src/timestamps.ts';

const published = (line: string): string | null | undefined => readTimestampLine(line)?.published;

test('a bare date with or without a time, in any order and language', () => {
  assert.equal(published('09:40 12.03.2026'), '2026-03-12');
  assert.equal(published('12.03.2026, 09:40'), '2026-03-12');
  assert.equal(published('12 березня 2026 р. о 09:40'), '2026-03-12');
  assert.equal(published('12 марта 2026 года, 09:40'), '2026-03-12');
  assert.equal(published('March 12, 2026 at 09:40'), '2026-03-12');
  assert.equal(published('Четверг, 12 марта 2026'), '2026-03-12');
  assert.equal(published('12/03/2026 09:40'), '2026-03-12', 'slashes, day first');
  assert.equal(published('03/25/2026 09:40'), '2026-03-25', 'month first only where day first is no date');
  assert.equal(published('12/03.2026 09:40'), undefined, 'one separator throughout');
});

test('an abbreviated weekday, a dotted or 12-hour time and a time zone', () => {
  assert.equal(published('Mon 9 Feb 2026 07.45 GMT'), '2026-02-09');
  assert.equal(published('Thu 12 March 2026 21.15 CET'), '2026-03-12');
  assert.equal(published('February 9, 2026 at 7:45 a.m. EST'), '2026-02-09');
  assert.equal(published('Feb 9, 2026, 7:45 PM ET'), '2026-02-09');
  assert.equal(published('Чт, 12.03.2026 21:15'), '2026-03-12');
  assert.equal(published('Ср, 11 березня 2026, 08:30'), '2026-03-11');
  // A zone is a word of its own; anything longer is not a timestamp.
  assert.equal(published('Mon 9 Feb 2026 07.45 GMTplus'), undefined);
  assert.equal(published('Mon 9 Feb 2026 07.45 Kyiv'), undefined);
});

test('a rubric before the time, set off by a slash or a bar', () => {
  assert.equal(published('Политика / 12.03.2026, 09:40'), '2026-03-12');
  assert.equal(published('Світ | 12 березня 2026, 09:40'), '2026-03-12');
  assert.equal(published('Новини / Світ / Європа'), undefined, 'breadcrumbs without a time');
  assert.equal(published('Политика / 12.03.2026 — итоги недели'), undefined, 'a rubric and a headline');
  // After the time, set off the same way: a rubric or a view counter.
  assert.equal(published('12 марта 2026, 09:40 • Политика'), '2026-03-12');
  assert.equal(published('12.03.2026 | 09:40 | 1 234 просмотра'), '2026-03-12');
  assert.equal(published('Политика | 09:40, 12.03.2026 | 👁 1 204'), '2026-03-12');
  assert.equal(published('Політика • 12.03.2026 • 💬 12'), '2026-03-12');
  assert.equal(published('Світ | 09:40, 12.03.2026 | 3 коментарі'), '2026-03-12');
  assert.equal(published('12.03.2026 | 09:40 | 30 стран подписали'), undefined, 'a number that counts something else');
  assert.equal(published('12 марта 2026 Политика'), undefined, 'no separator: the date runs into other words');
  assert.equal(published('12.03.2026 | Лидеры подписали декларацию о гарантиях безопасности'), undefined, 'a headline is no rubric');
});

test('an ISO timestamp gives the day it is written with, whatever its offset', () => {
  // 23:30 at UTC-05:00 is already the next day in UTC; the page meant the 12th.
  assert.equal(published('2026-03-12T23:30:00-05:00'), '2026-03-12');
  assert.equal(published('2026-03-12 08:05'), '2026-03-12');
});

test('labels: the publication day wins over an update, in either order', () => {
  assert.equal(published('Опубликовано: 11.03.2026, 18:02 | Обновлено: 12.03.2026, 07:15'), '2026-03-11');
  assert.equal(published('Оновлено 12.03.2026 о 07:15 • Опубліковано 11.03.2026 о 18:02'), '2026-03-11');
  assert.equal(published('Дата публикации: 11 марта 2026'), '2026-03-11');
  assert.equal(published('Posted Mar 11, 2026 · Updated Mar 12, 2026'), '2026-03-11');
  // An update alone says the article existed then, not when it appeared.
  assert.deepEqual(readTimestampLine('Обновлено: 12.03.2026, 07:15'), { published: null });
  // A labelled time alone is a timestamp line that states no day; a bare time or a label alone is not.
  assert.deepEqual(readTimestampLine('Оновлено о 19:40'), { published: null });
  assert.deepEqual(readTimestampLine('Updated 21:05 GMT'), { published: null });
  assert.equal(published('11.03.2026, 18:02 | Обновлено в 19:40'), '2026-03-11');
  assert.equal(isTimestampLine('19:40'), false);
  assert.equal(isTimestampLine('Оновлено о 19:40 у зв’язку з новими даними'), false);
});

test('a line that says more than a date is not a timestamp', () => {
  for (const line of [
    '11 марта 2026 года министры встретились в Брюсселе',
    '11.03.2026 Брюссель',
    'Опубликовано в разделе Политика',
    'Встреча 11.03.2026 прошла за закрытыми дверями.',
    '11.03.20265',
    '',
  ]) {
    assert.equal(isTimestampLine(line), false, line);
  }
});

test('an impossible day is still a timestamp line but states no day', () => {
  assert.deepEqual(readTimestampLine('31.02.2026 10:00'), { published: null });
});
