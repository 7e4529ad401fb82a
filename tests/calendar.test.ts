import assert from 'node:assert/strict';
import { test } from 'node:test';
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
