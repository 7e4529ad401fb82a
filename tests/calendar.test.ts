import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { isExists } from 'date-fns/isExists';
import { addCalendarDays, daysBetween, formatLongDate, isoDate, parseIsoDate, weekdayOf } from '../src/calendar.ts';

test('impossible days are refused, never rolled over', () => {
  assert.equal(parseIsoDate('2025-02-30'), null);
  assert.equal(parseIsoDate('2025-13-45'), null);
  assert.equal(isoDate(2025, 2, 29), null);
  assert.equal(isoDate(2024, 2, 29), '2024-02-29');
  assert.deepEqual(parseIsoDate('2025-09-04'), { year: 2025, month: 9, day: 4 });
});

test('long dates in Russian, Ukrainian and English', () => {
  assert.equal(formatLongDate('2025-09-04', 'ru'), '4 сентября 2025 г.');
  assert.equal(formatLongDate('2025-09-04', 'uk'), '4 вересня 2025 р.');
  assert.equal(formatLongDate('2025-09-04', 'en'), '4 September 2025');
  assert.equal(formatLongDate('2026-01-06', 'pl'), '6 January 2026', 'other languages fall back to English');
});

test('day arithmetic crosses months, years and daylight-saving changes', () => {
  assert.equal(addCalendarDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addCalendarDays('2026-01-01', -1), '2025-12-31');
  assert.equal(addCalendarDays('2025-03-30', 1), '2025-03-31');
  assert.equal(addCalendarDays('2025-10-26', -1), '2025-10-25');
  assert.equal(daysBetween('2025-09-01', '2025-09-04'), 3);
  assert.equal(weekdayOf('2025-09-04'), 4, '4 September 2025 was a Thursday');
});

test('integer day arithmetic agrees with date-fns on every day from 1899 to 2101', () => {
  const noon = (date: string): Date => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
  const offsets = [-400, -366, -29, -1, 1, 28, 59, 365, 1461];
  let checked = 0;
  for (let year = 1899; year <= 2101; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = isoDate(year, month, day);
        assert.equal(date !== null, isExists(year, month - 1, day), `${year}-${month}-${day} exists`);
        if (date === null) continue;
        assert.equal(weekdayOf(date), getDay(noon(date)), `weekday of ${date}`);
        // A few offsets per day keep the test quick; every day still gets one of them.
        const offset = offsets[checked % offsets.length] ?? 1;
        const later = addCalendarDays(date, offset);
        assert.equal(later, format(addDays(noon(date), offset), 'yyyy-MM-dd'), `${date} + ${offset}`);
        assert.equal(daysBetween(date, later), differenceInCalendarDays(noon(later), noon(date)), `${date} to ${later}`);
        checked++;
      }
    }
  }
  assert.equal(checked, 74_144);
  // JavaScript reads years before 100 as 1900 and later, so they are not accepted.
  assert.equal(parseIsoDate('0099-12-31'), null);
  assert.deepEqual(parseIsoDate('0100-01-01'), { year: 100, month: 1, day: 1 });
});
