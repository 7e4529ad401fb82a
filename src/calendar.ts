// Calendar days as `YYYY-MM-DD` strings. Arithmetic counts whole days in
// integers (days since 1970-01-01 in the proleptic Gregorian calendar), so no
// time zone or daylight-saving jump can move a day; formatting goes through a
// Date set to local noon and read back in local time, for the same reason.
// Each function and locale from its own module: the package index would load every one of them.
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import type { IsoDate, LanguageCode } from './model.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether the day exists. Years before 100 are refused: a JavaScript Date, which
 * formatting needs, reads them as 1900 and later.
 */
function exists(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 100 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits `YYYY-MM-DD`; null when the text is not that shape or not a real day ("2025-02-30"). */
export function parseIsoDate(text: string): DayParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return exists(parts.year, parts.month, parts.day) ? parts : null;
}

const write = (year: number, month: number, day: number): IsoDate => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Builds `YYYY-MM-DD` from parts; null when the day does not exist (never rolled over). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  return exists(year, month, day) ? write(year, month, day) : null;
}

/**
 * A day written in numbers, day first as Russian and Ukrainian write it
 * ("06.01.2026", "06/01/2026"). With slashes, English copy may put the month
 * first; that order is taken when only it makes a date ("01/25/2026").
 */
export function numericDate(first: number, second: number, year: number, slashes: boolean): IsoDate | null {
  return isoDate(year, second, first) ?? (slashes ? isoDate(year, first, second) : null);
}

function partsOf(date: IsoDate): DayParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar day: ${date}`);
  return parts;
}

function toNoon(date: IsoDate): Date {
  const parts = partsOf(date);
  return new Date(parts.year, parts.month - 1, parts.day, 12);
}

// Day numbers, after Howard Hinnant's days_from_civil and civil_from_days: eras of 400 years, March-based years.
function dayNumber({ year, month, day }: DayParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(number: number): IsoDate {
  const shifted = number + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return write(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(partsOf(date)) + days);
}

/** 0 = Sunday … 6 = Saturday, as date-fns counts. 1970-01-01 was a Thursday. */
export function weekdayOf(date: IsoDate): number {
  return (((dayNumber(partsOf(date)) + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(partsOf(to)) - dayNumber(partsOf(from));
}

const LOCALES: Record<string, Locale> = { ru, uk, en: enGB };

/** Suffix that newspapers in these languages write after a year. */
const YEAR_SUFFIX: Record<string, string> = { ru: ' г.', uk: ' р.' };

/** "4 сентября 2025 г.", "4 вересня 2025 р.", "4 September 2025". Other languages get English. */
export function formatLongDate(date: IsoDate, language: LanguageCode): string {
  const key = `${date}|${language}`;
  let text = longDates.get(key);
  if (text === undefined) {
    text = format(toNoon(date), 'd MMMM yyyy', { locale: LOCALES[language] ?? enGB }) + (YEAR_SUFFIX[language] ?? '');
    longDates.set(key, text);
  }
  return text;
}

/**
 * The days of a happening: "14–15 December 2025", "30 ноября – 1 декабря 2025 г.",
 * "30 грудня 2025 р. – 2 січня 2026 р."; one day when `end` is null or the same day.
 */
export function formatLongDateSpan(start: IsoDate, end: IsoDate | null, language: LanguageCode): string {
  if (end === null || end <= start) return formatLongDate(start, language);
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${formatLongDate(start, language)} – ${formatLongDate(end, language)}`;
  if (start.slice(0, 7) !== end.slice(0, 7)) return `${formatDayMonth(start, language)} – ${formatLongDate(end, language)}`;
  return `${Number(start.slice(8))}–${formatLongDate(end, language)}`;
}

/** Memoised: a site shows the same few hundred days on thousands of cards. */
const longDates = new Map<string, string>();

/** "4 сентября", without the year, for lists inside one year. */
export function formatDayMonth(date: IsoDate, language: LanguageCode): string {
  return format(toNoon(date), 'd MMMM', { locale: LOCALES[language] ?? enGB });
}

/** Weekday name in the language ("четверг", "четвер", "Thursday"). */
export function formatWeekday(date: IsoDate, language: LanguageCode): string {
  return format(toNoon(date), 'EEEE', { locale: LOCALES[language] ?? enGB });
}

/** Short label for a chart axis: "4 Sep" for days and weeks, "Sep 2025" for months. */
export function formatAxisDate(date: IsoDate, language: LanguageCode, unit: 'day' | 'week' | 'month'): string {
  return format(toNoon(date), unit === 'month' ? 'LLL yyyy' : 'd MMM', { locale: LOCALES[language] ?? enGB });
}
